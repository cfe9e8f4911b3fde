import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq } from '@payloadcms/db-sqlite/drizzle'
import type { AnySQLiteColumn, SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'

type LockTable = SQLiteTable & {
  id: AnySQLiteColumn
  name: AnySQLiteColumn
  holder: AnySQLiteColumn
  expiresAt: AnySQLiteColumn
}

export interface LockRenewal {
  name: string
  holder: string
  /** Until when; the past gives it up. */
  expiresAt: Date
}

/**
 * Moves the expiry of a lock `holder` holds, in one update of the database matching name and
 * holder. False when the row is no longer theirs: it expired and another process took it.
 */
export async function renewLock(payload: Payload, renewal: LockRenewal): Promise<boolean> {
  const now = new Date()
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongooseAdapter).collections.locks!
    const result = await model.updateOne(
      { name: renewal.name, holder: renewal.holder },
      { $set: { expiresAt: renewal.expiresAt, updatedAt: now } },
    )
    return result.matchedCount > 0
  }
  const db = payload.db as unknown as SQLiteAdapter
  const table = db.tables.locks as unknown as LockTable
  const rows = await db.drizzle
    .update(table)
    .set({ expiresAt: renewal.expiresAt.toISOString(), updatedAt: now.toISOString() })
    .where(and(eq(table.name, renewal.name), eq(table.holder, renewal.holder)))
    .returning({ id: table.id })
  return rows.length > 0
}
