import type { Block } from 'payload'

/** Large numerals with a short label ("10 000 — new green jobs by 2030"). */
export const KeyFiguresBlock: Block = {
  slug: 'keyFigures',
  interfaceName: 'KeyFiguresBlock',
  fields: [
    {
      name: 'figures',
      type: 'array',
      minRows: 1,
      maxRows: 4,
      required: true,
      fields: [
        {
          name: 'value',
          type: 'text',
          required: true,
        },
        { name: 'label', type: 'text', required: true },
      ],
    },
  ],
}
