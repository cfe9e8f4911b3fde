import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { CollectionSlug, Payload } from 'payload'

/**
 * Waits until a collection's unique indexes exist. On MongoDB Payload has them built in the
 * background after connecting, and until they exist two inserts of one key both succeed; code
 * that lets a unique key settle a race waits for them (immediately after the first time). On
 * SQLite they come with the migrations.
 */
export async function uniqueKeyReady(payload: Payload, collection: CollectionSlug): Promise<void> {
  if (payload.db.name !== 'mongoose') return
  await (payload.db as unknown as MongooseAdapter).collections[collection]!.init()
}
