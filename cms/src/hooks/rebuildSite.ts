import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { documentChange } from './documentChange'
import { personName, queueSiteBuild } from './queueSiteBuild'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

const liveStatusKey = (collection: string, id: unknown) => `liveStatus:${collection}:${String(id)}`

/** Notes whether the document is live before an update, so the change can be classified after. */
export const rememberLiveStatus: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !collection.versions?.drafts) return args
  const live = await req.payload.findByID({
    collection: collection.slug,
    id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  req.context[liveStatusKey(collection.slug, id)] = (live as Versioned | null)?._status
  return args
}

/**
 * After a change the public site shows: publishing, unpublishing, editing a published document
 * or a document without drafts. Saving or autosaving a draft changes nothing on the site (the
 * published version stays as it was), so it builds nothing.
 */
export const rebuildAfterChange: CollectionAfterChangeHook<Versioned> = async ({
  collection,
  doc,
  req,
}) => {
  const versioned = Boolean(collection.versions?.drafts)
  let cause: 'changed' | 'published' | 'unpublished' = 'changed'
  if (versioned && doc._status === 'published') {
    cause = 'published'
  } else if (versioned) {
    if (req.context[liveStatusKey(collection.slug, doc.id)] !== 'published') return doc
    const live = await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    // A draft saved on top of a published document leaves the published one in place.
    if ((live as Versioned | null)?._status === 'published') return doc
    cause = 'unpublished'
  }
  await queueSiteBuild(req, { cause, change: documentChange(req, collection, doc) })
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({
  collection,
  doc,
  req,
}) => {
  const wasPublished = !collection.versions?.drafts || doc._status === 'published'
  if (wasPublished) {
    await queueSiteBuild(req, { cause: 'deleted', change: documentChange(req, collection, doc) })
  }
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await queueSiteBuild(req, {
    cause: 'changed',
    change: { person: personName(req), collection: global.slug },
  })
  return doc as unknown
}
