import type { Block } from 'payload'

/** A picture inside a story's body, with an optional caption for this language. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
    {
      name: 'width',
      type: 'select',
      defaultValue: 'text',
      options: ['text', 'wide'],
    },
  ],
}
