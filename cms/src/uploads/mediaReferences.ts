import type { Field } from 'payload'

import { relationId } from '@talentregion/shared/relationId'
import { richTextBlocks } from '../fields/richText'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A localized field read with `locale: 'all'` is `{ nb, sv, en }`; otherwise the value itself. */
function eachLocale(field: Field, value: unknown): unknown[] {
  return 'localized' in field && field.localized && isRecord(value) ? Object.values(value) : [value]
}

function relatesToMedia(field: Field): boolean {
  if (field.type !== 'upload' && field.type !== 'relationship') return false
  return Array.isArray(field.relationTo)
    ? field.relationTo.includes('media')
    : field.relationTo === 'media'
}

function addRelation(ids: Set<string>, value: unknown) {
  for (const item of Array.isArray(value) ? value : [value]) {
    // Polymorphic relations arrive as { relationTo, value }.
    if (isRecord(item) && 'relationTo' in item) {
      if (item.relationTo === 'media') addRelation(ids, item.value)
      continue
    }
    const id = relationId(item)
    if (id) ids.add(id)
  }
}

/** Image blocks inside a Lexical document, found by walking its nodes. */
function collectFromRichText(ids: Set<string>, node: unknown) {
  if (!isRecord(node)) return
  const fields = node.fields
  if ((node.type === 'block' || node.type === 'inlineBlock') && isRecord(fields)) {
    const block = richTextBlocks.find(({ slug }) => slug === fields.blockType)
    if (block) collect(ids, block.fields, fields)
  }
  if (node.type === 'upload' && node.relationTo === 'media') addRelation(ids, node.value)
  const children = isRecord(node.root) ? [node.root] : node.children
  if (Array.isArray(children)) for (const child of children) collectFromRichText(ids, child)
}

function collect(ids: Set<string>, fields: Field[], data: unknown) {
  if (!isRecord(data)) return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        collect(ids, tab.fields, 'name' in tab && tab.name ? data[tab.name] : data)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) collect(ids, field.fields, data)
      continue
    }
    for (const value of eachLocale(field, data[field.name])) {
      if (relatesToMedia(field)) addRelation(ids, value)
      else if (field.type === 'group') collect(ids, field.fields, value)
      else if (field.type === 'array' && Array.isArray(value))
        for (const row of value) collect(ids, field.fields, row)
      else if (field.type === 'blocks' && Array.isArray(value))
        for (const row of value) {
          const block = isRecord(row)
            ? field.blocks.find(({ slug }) => slug === row.blockType)
            : undefined
          if (block) collect(ids, block.fields, row)
        }
      else if (field.type === 'richText') collectFromRichText(ids, value)
    }
  }
}

/**
 * The ids of every image a document uses: uploads and relationships to media at any depth
 * (groups, tabs, arrays, blocks) and image blocks inside rich text, in every locale present.
 */
export function mediaIdsIn(fields: Field[], data: unknown): Set<string> {
  const ids = new Set<string>()
  collect(ids, fields, data)
  return ids
}
