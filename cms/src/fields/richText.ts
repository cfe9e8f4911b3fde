import type { RichTextField } from 'payload'

import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { ImageBlock } from '../blocks/ImageBlock'
import { blockText } from '../config/withAdminText'
import { KeyFiguresBlock } from '../blocks/KeyFiguresBlock'
import { QuoteBlock } from '../blocks/QuoteBlock'

interface RichTextOptions {
  name: string
  localized?: boolean
  required?: boolean
  /** Story bodies get image, quote and key-figure blocks; short texts stay plain. */
  blocks?: boolean
  overrides?: Partial<RichTextField>
}

/** The blocks a story's body may hold, with their texts from the admin's tables. */
export const richTextBlocks = [ImageBlock, QuoteBlock, KeyFiguresBlock].map(blockText)

// Uploads and relationships inside text would bypass our image block and could point at any
// collection; links may point at the public collections only.
const droppedDefaults = new Set(['upload', 'relationship', 'link'])

/** The Lexical editor with the features editors need and nothing that leaks data. */
export function richTextEditor({ blocks = false }: { blocks?: boolean } = {}) {
  return lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !droppedDefaults.has(feature.key)),
      LinkFeature({ enabledCollections: ['stories', 'employers', 'events'] }),
      ...(blocks ? [BlocksFeature({ blocks: richTextBlocks })] : []),
    ],
  })
}

/** A localized rich-text field using that editor. */
export function richTextField({
  name,
  localized = true,
  required = false,
  blocks = false,
  overrides = {},
}: RichTextOptions): RichTextField {
  return {
    name,
    type: 'richText',
    localized,
    required,
    editor: richTextEditor({ blocks }),
    ...overrides,
  }
}
