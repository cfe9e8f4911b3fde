import type { Block } from 'payload'

/** The questions people moving here ask: housing, schools, a job for a partner. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'CampaignFaqBlock',
  labels: {
    singular: { nb: 'Spørsmål og svar', sv: 'Frågor och svar', en: 'FAQ' },
    plural: { nb: 'Spørsmål og svar', sv: 'Frågor och svar', en: 'FAQs' },
  },
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
