import type { Migration, Payload } from 'payload'

import { databaseKind } from './config/database'
import { migrations } from './migrations'

/**
 * Applies the committed SQLite migrations that have not run yet (a no-op when all have).
 * MongoDB has no schema to migrate.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (databaseKind(process.env.DATABASE_URL) !== 'sqlite') return
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
