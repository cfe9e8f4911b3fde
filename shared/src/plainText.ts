import type { RichText, RichTextNode } from './schemas/richText'

/** The words of a rich-text document, for descriptions, calendar files and search excerpts. */
export function plainText(value: RichText | null, maxLength = Infinity): string {
  if (!value) return ''
  const parts: string[] = []
  const visit = (node: RichTextNode) => {
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
    node.children?.forEach(visit)
    if (node.type === 'paragraph' || node.type === 'heading') parts.push(' ')
  }
  value.root.children.forEach(visit)
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`
}
