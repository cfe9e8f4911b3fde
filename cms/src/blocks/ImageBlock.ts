import type { Block } from 'payload'

/** A picture inside a story's body, with an optional caption for this language. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: {
    singular: { nb: 'Bilde', sv: 'Bild', en: 'Image' },
    plural: { nb: 'Bilder', sv: 'Bilder', en: 'Images' },
  },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
    {
      name: 'width',
      type: 'select',
      defaultValue: 'text',
      options: [
        { value: 'text', label: { nb: 'Tekstbredde', sv: 'Textbredd', en: 'Text width' } },
        { value: 'wide', label: { nb: 'Bred', sv: 'Bred', en: 'Wide' } },
      ],
    },
  ],
}
