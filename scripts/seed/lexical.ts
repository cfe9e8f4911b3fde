import { randomBytes } from 'node:crypto'

/** The parts of a story body the seed writes: paragraphs, subheadings and blocks. */
export type BodyPart =
  | string
  | { heading: string }
  | { quote: string; attribution?: string }
  | { figures: { value: string; label: string }[] }

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

function blockNode(fields: Record<string, unknown>) {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: randomBytes(12).toString('hex'), blockName: '', ...fields },
  }
}

function node(part: BodyPart) {
  if (typeof part === 'string') {
    return {
      type: 'paragraph',
      ...element,
      textFormat: 0,
      textStyle: '',
      children: [textNode(part)],
    }
  }
  if ('heading' in part) {
    return { type: 'heading', tag: 'h2', ...element, children: [textNode(part.heading)] }
  }
  if ('quote' in part) {
    return blockNode({ blockType: 'quote', quote: part.quote, attribution: part.attribution ?? '' })
  }
  return blockNode({
    blockType: 'keyFigures',
    figures: part.figures.map((figure) => ({ id: randomBytes(12).toString('hex'), ...figure })),
  })
}

/** A Lexical editor state for Payload's rich-text fields, built from plain parts. */
export function lexical(parts: BodyPart[]) {
  return { root: { type: 'root', ...element, children: parts.map(node) } }
}
