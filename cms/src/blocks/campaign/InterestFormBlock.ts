import type { Block } from 'payload'

/** "We are thinking of moving – contact us": a short form whose answers reach the editors. */
export const InterestFormBlock: Block = {
  slug: 'interestForm',
  interfaceName: 'CampaignInterestFormBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'intro', type: 'textarea' },
    {
      name: 'askPartnerProfession',
      type: 'checkbox',
      defaultValue: true,
    },
  ],
}
