import type { CollectionConfig } from 'payload'

import { locales } from '@talentregion/shared/locales'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { submitLead } from '../endpoints/submitLead'

/**
 * People who said "we are thinking of moving – contact us" on a campaign page. Personal data:
 * only editors read it, it arrives only through the form endpoint, and it is deleted after the
 * retention period set in site settings.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: {
    singular: { nb: 'Henvendelse', sv: 'Intresseanmälan', en: 'Lead' },
    plural: { nb: 'Henvendelser', sv: 'Intresseanmälningar', en: 'Leads' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'campaign', 'createdAt'],
    group: { nb: 'Kampanjer', sv: 'Kampanjer', en: 'Campaigns' },
    description: {
      nb: 'Slettes automatisk etter oppbevaringstiden i nettstedsinnstillingene.',
      sv: 'Raderas automatiskt efter lagringstiden i webbplatsinställningarna.',
      en: 'Deleted automatically after the retention period in site settings.',
    },
  },
  defaultSort: '-createdAt',
  endpoints: [submitLead],
  access: { read: isStaff, create: nobody, update: isStaff, delete: isStaff },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text' },
    { name: 'profession', type: 'text' },
    { name: 'partnerProfession', type: 'text' },
    { name: 'message', type: 'textarea' },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
    { name: 'placement', type: 'relationship', relationTo: 'placements' },
    { name: 'locale', type: 'select', options: [...locales] },
    {
      name: 'consentText',
      type: 'textarea',
      required: true,
      admin: { readOnly: true, description: 'The consent the person ticked, word for word.' },
    },
  ],
}
