import type { Block } from 'payload'

/** The questions people moving here ask: housing, schools, a job for a partner. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'CampaignFaqBlock',
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', required: true },
      ],
    },
  ],
}
