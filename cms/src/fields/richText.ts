import type { RichTextField } from 'payload'

import {
  BlocksFeature,
  HeadingFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { ImageBlock } from '../blocks/ImageBlock'
import { blockText } from '../config/adminLanguage'
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

// The toolbar offers what the site renders and nothing else: uploads and relationships would
// bypass our image block and could point anywhere; the quote block is the one quote style (no
// second, plain blockquote); h1 is the page title, so headings start at h2; alignment, indents,
// checklists and inline code have no place in a story.
const droppedDefaults = new Set([
  'upload',
  'relationship',
  'link',
  'blockquote',
  'heading',
  'align',
  'indent',
  'checklist',
  'inlineCode',
])

/** The Lexical editor with the features editors need and nothing that leaks data. */
export function richTextEditor({ blocks = false }: { blocks?: boolean } = {}) {
  return lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !droppedDefaults.has(feature.key)),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
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
