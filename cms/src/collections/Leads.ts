import type { CollectionConfig } from 'payload'

import { locales } from '@talentregion/shared/locales'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { submitLead } from '../endpoints/submitLead'
import { adminText } from '../i18n/adminText'

/**
 * People who said "we are thinking of moving – contact us" on a campaign page. Personal data:
 * only editors read it, it arrives only through the form endpoint, and it is deleted after the
 * retention period set in site settings.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'campaign', 'createdAt'],
    group: adminText('group.campaigns'),
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
      admin: { readOnly: true },
    },
  ],
}
