import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { type BuildChange, personName } from './queueSiteBuild'

/** The changed document as a build remembers it: where it lives and its title at the time. */
export function documentChange(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: { id: number | string },
): BuildChange {
  const title = (doc as Record<string, unknown>)[collection.admin.useAsTitle ?? 'id']
  return {
    person: personName(req),
    collection: collection.slug,
    id: String(doc.id),
    ...(typeof title === 'string' && title.trim() !== '' && { title: title.trim() }),
  }
}
