import type { Block } from 'payload'

/** "We are thinking of moving – contact us": a short form whose answers reach the editors. */
export const InterestFormBlock: Block = {
  slug: 'interestForm',
  interfaceName: 'CampaignInterestFormBlock',
  labels: {
    singular: { nb: 'Interesseskjema', sv: 'Intresseformulär', en: 'Interest form' },
    plural: { nb: 'Interesseskjemaer', sv: 'Intresseformulär', en: 'Interest forms' },
  },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'intro', type: 'textarea' },
    {
      name: 'askPartnerProfession',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        description: {
          nb: 'Spør om partnerens yrke, så relokaliseringstjenesten kan hjelpe begge til jobb.',
          sv: 'Fråga om partnerns yrke, så att flyttservicen kan hjälpa båda till jobb.',
          en: "Ask for the partner's profession, so the relocation service can help both find work.",
        },
      },
    },
  ],
}
