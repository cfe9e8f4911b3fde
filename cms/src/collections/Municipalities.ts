import type { CollectionConfig } from 'payload'

import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSite'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { slugField } from '../fields/slug'
import { adminText } from '../i18n/adminText'

/** The places stories, employers and events belong to; the site filters by them. */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'country'],
    group: adminText('group.content'),
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
    },
    {
      name: 'country',
      type: 'select',
      required: true,
      options: ['NO', 'SE'],
    },
  ],
}
