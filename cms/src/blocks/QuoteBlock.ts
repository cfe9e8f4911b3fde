import type { Block } from 'payload'

/** A pull quote: what the person said, and who said it. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: {
    singular: { nb: 'Sitat', sv: 'Citat', en: 'Quote' },
    plural: { nb: 'Sitater', sv: 'Citat', en: 'Quotes' },
  },
  fields: [
    { name: 'quote', type: 'textarea', required: true },
    { name: 'attribution', type: 'text' },
  ],
}
