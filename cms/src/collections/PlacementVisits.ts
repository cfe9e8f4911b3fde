import type { CollectionConfig } from 'payload'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { visitsCsv } from '../endpoints/visitsCsv'
import { counterKeyField } from '../counters/counterKey'
import { adminText } from '../i18n/adminText'

/**
 * Visits per placement per day, counted when a landing page opened from a code reports in.
 * Only the count is kept: no IP address, no browser, no cookie, nothing about the person.
 */
export const PlacementVisits: CollectionConfig = {
  slug: 'placement-visits',
  admin: {
    hidden: hiddenFromPartners,
    defaultColumns: ['day', 'placement', 'campaign', 'count'],
    group: adminText('group.campaigns'),
    components: { beforeListTable: ['/components/VisitsCsvLink#VisitsCsvLink'] },
  },
  defaultSort: '-day',
  endpoints: [visitsCsv],
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    {
      name: 'placement',
      type: 'relationship',
      relationTo: 'placements',
      required: true,
      index: true,
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0 },
    counterKeyField,
  ],
}
