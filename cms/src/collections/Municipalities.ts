import type { CollectionConfig } from 'payload'

import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSite'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { slugField } from '../fields/slug'

/** The places stories, employers and events belong to; the site filters by them. */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: { nb: 'Kommune', sv: 'Kommun', en: 'Municipality' },
    plural: { nb: 'Kommuner', sv: 'Kommuner', en: 'Municipalities' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'country'],
    group: { nb: 'Innhold', sv: 'Innehåll', en: 'Content' },
  },
  hooks: { afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    slugField({ from: 'name' }),
    {
      name: 'region',
      type: 'text',
      required: true,
      admin: { description: 'e.g. Innlandet, Dalarna' },
    },
    {
      name: 'country',
      type: 'select',
      required: true,
      options: [
        { value: 'NO', label: { nb: 'Norge', sv: 'Norge', en: 'Norway' } },
        { value: 'SE', label: { nb: 'Sverige', sv: 'Sverige', en: 'Sweden' } },
      ],
    },
  ],
}
