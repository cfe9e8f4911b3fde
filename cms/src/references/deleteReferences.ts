import type { CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { clearReferences } from './clearReferences'

/**
 * What happens to a relationship when its target is deleted is the same for every relationship:
 * a single one is emptied, a list loses the entry. SQLite's foreign keys do it; on MongoDB this
 * hook does, so both databases keep the same content.
 */
const clearOnMongo: CollectionAfterDeleteHook = async ({ req, id, collection }) => {
  if (req.payload.db.name !== 'mongoose') return
  await clearReferences(req.payload, collection.slug, String(id))
}

/** The collections, each clearing references to its deleted documents on MongoDB. */
export const withDeleteReferences = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterDelete: [...(collection.hooks?.afterDelete ?? []), clearOnMongo],
    },
  }))
