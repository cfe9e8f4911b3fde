import type { CollectionConfig } from 'payload'

import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'

/**
 * How often each partner company has downloaded each file of a toolkit through the partner
 * portal: one row per toolkit, company and file, counted up. No IP addresses or times of day.
 */
export const ToolkitDownloads: CollectionConfig = {
  slug: 'toolkit-downloads',
  labels: {
    singular: { nb: 'Nedlasting', sv: 'Nedladdning', en: 'Download' },
    plural: { nb: 'Nedlastinger', sv: 'Nedladdningar', en: 'Downloads' },
  },
  admin: {
    hidden: hiddenFromPartners,
    defaultColumns: ['toolkit', 'organisation', 'file', 'image', 'count', 'lastDownloadedOn'],
    group: { nb: 'Verktøykasser', sv: 'Verktygslådor', en: 'Toolkits' },
    description: {
      nb: 'Nedlastinger fra partnerportalen, per verktøykasse, partnerbedrift og fil.',
      sv: 'Nedladdningar från partnerportalen, per verktygslåda, partnerföretag och fil.',
      en: 'Downloads from the partner portal, per toolkit, partner company and file.',
    },
  },
  defaultSort: '-count',
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    {
      name: 'toolkit',
      label: { nb: 'Verktøykasse', sv: 'Verktygslåda', en: 'Toolkit' },
      type: 'relationship',
      relationTo: 'toolkits',
      required: true,
      index: true,
    },
    {
      name: 'organisation',
      label: { nb: 'Partnerbedrift', sv: 'Partnerföretag', en: 'Partner company' },
      type: 'relationship',
      relationTo: 'employers',
      index: true,
    },
    {
      name: 'file',
      label: { nb: 'Fil', sv: 'Fil', en: 'File' },
      type: 'relationship',
      relationTo: 'files',
    },
    {
      name: 'image',
      label: { nb: 'Bilde', sv: 'Bild', en: 'Image' },
      type: 'relationship',
      relationTo: 'media',
    },
    {
      name: 'count',
      label: { nb: 'Antall', sv: 'Antal', en: 'Count' },
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
    },
    {
      name: 'lastDownloadedOn',
      label: { nb: 'Sist lastet ned', sv: 'Senast nedladdad', en: 'Last downloaded' },
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
