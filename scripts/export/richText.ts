import { relationId } from '@talentregion/shared/relationId'
import type { RichText } from '@talentregion/shared/schemas/richText'

/**
 * Copies a Lexical document for the snapshot: relation ids become strings (SQLite numbers and
 * MongoDB ObjectIds alike) and every image the text embeds is reported, so it gets exported.
 */
export function normaliseRichText(value: unknown, onImage: (id: string) => void): RichText | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (!node || typeof node !== 'object') return node
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) copy[key] = visit(child)
    const fields = copy.fields as Record<string, unknown> | undefined
    if (copy.type === 'block' && fields?.blockType === 'image' && fields.image != null) {
      const imageId = relationId(fields.image)
      fields.image = imageId
      if (imageId) onImage(imageId)
    }
    const doc = fields?.doc as { relationTo?: unknown; value?: unknown } | undefined
    if (copy.type === 'link' && doc?.value != null) {
      doc.value = relationId(doc.value)
    }
    return copy
  }
  const copy = visit(value) as RichText
  const hasText = JSON.stringify(copy.root.children).match(/"text":"\s*[^"\s]/)
  const hasBlock = JSON.stringify(copy.root.children).includes('"type":"block"')
  return hasText || hasBlock ? copy : null
}

/** The same document without image blocks whose image is not in `keep` (e.g. an expired licence). */
export function withoutImages(value: RichText | null, keep: ReadonlySet<string>): RichText | null {
  if (!value) return null
  const visit = (nodes: RichText['root']['children']): RichText['root']['children'] =>
    nodes
      .filter((node) => {
        const fields = node.fields as { blockType?: unknown; image?: unknown } | undefined
        return !(
          node.type === 'block' &&
          fields?.blockType === 'image' &&
          !keep.has(String(fields.image))
        )
      })
      .map((node) => (node.children ? { ...node, children: visit(node.children) } : node))
  return { root: { ...value.root, children: visit(value.root.children) } }
}
