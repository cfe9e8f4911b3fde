import type { CollectionConfig } from 'payload'

import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { counterKeyField } from '../../counters/counterKey'
import { adminText } from '../../i18n/adminText'

/**
 * How often each partner company has downloaded each file of a toolkit through the partner
 * portal: one row per toolkit, company and file, counted up. No IP addresses or times of day.
 */
export const ToolkitDownloads: CollectionConfig = {
  slug: 'toolkit-downloads',
  admin: {
    hidden: hiddenFromPartners,
    defaultColumns: [
      'toolkit',
      'organisation',
      'file',
      'image',
      'zip',
      'count',
      'lastDownloadedOn',
    ],
    group: adminText('group.toolkits'),
  },
  defaultSort: '-count',
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    {
      name: 'toolkit',
      type: 'relationship',
      relationTo: 'toolkits',
      required: true,
      index: true,
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'employers',
      index: true,
    },
    {
      name: 'file',
      type: 'relationship',
      relationTo: 'files',
    },
    {
      name: 'image',
      type: 'relationship',
      relationTo: 'media',
    },
    // The whole toolkit as one zip: a row with neither a file nor an image.
    { name: 'zip', type: 'checkbox', defaultValue: false, index: true },
    {
      name: 'count',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
    },
    counterKeyField,
    {
      name: 'lastDownloadedOn',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
