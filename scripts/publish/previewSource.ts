import type { PreviewRequest } from '@talentregion/shared/builder'
import type { Payload } from 'payload'

import { localSource } from '../export/localSource'
import type { ContentSource, ExportedCollection, RawDoc } from '../export/source'

/**
 * The published content with one document replaced by its latest draft. Only the preview
 * build reads it; the live site and its search index never see the draft.
 */
export function previewSource(
  payload: Payload,
  collection: PreviewRequest['collection'],
  id: string,
): ContentSource {
  const base = localSource(payload)
  return {
    ...base,
    async findAll(name: ExportedCollection, where) {
      const docs = await base.findAll(name, where)
      if (name !== collection) return docs
      const draft = (await payload.findByID({
        collection,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
      })) as unknown as RawDoc
      return [...docs.filter((doc) => String(doc.id) !== id), { ...draft, _status: 'published' }]
    },
  }
}
