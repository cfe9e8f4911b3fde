import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, lt, or } from '@payloadcms/db-sqlite/drizzle'
import type { AnySQLiteColumn, SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'

type LockTable = SQLiteTable & {
  id: AnySQLiteColumn
  name: AnySQLiteColumn
  holder: AnySQLiteColumn
  expiresAt: AnySQLiteColumn
}

export interface LockClaim {
  name: string
  /** Who claims it. */
  holder: string
  /** Until when; null gives it up. */
  expiresAt: Date
  /** Whether a lock someone else holds may be taken once it has expired (false: renew own only). */
  takeExpired: boolean
}

/**
 * Claims the lock row `name` in one conditional update of the database: it is written only when
 * `holder` already holds it or (with `takeExpired`) its holder let it expire, so of two
 * processes claiming at once exactly one matches. False when the row is held by another or does
 * not exist yet.
 */
export async function claimLock(payload: Payload, claim: LockClaim): Promise<boolean> {
  const now = new Date()
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongooseAdapter).collections.locks!
    const result = await model.updateOne(
      {
        name: claim.name,
        $or: [
          { holder: claim.holder },
          ...(claim.takeExpired ? [{ expiresAt: { $lt: now } }] : []),
        ],
      },
      { $set: { holder: claim.holder, expiresAt: claim.expiresAt, updatedAt: now } },
    )
    return result.matchedCount > 0
  }
  const db = payload.db as unknown as SQLiteAdapter
  const table = db.tables.locks as unknown as LockTable
  const held = eq(table.holder, claim.holder)
  // Payload stores dates as ISO text in SQLite, which compares in time order.
  const claimable = claim.takeExpired ? or(held, lt(table.expiresAt, now.toISOString())) : held
  const rows = await db.drizzle
    .update(table)
    .set({
      holder: claim.holder,
      expiresAt: claim.expiresAt.toISOString(),
      updatedAt: now.toISOString(),
    })
    .where(and(eq(table.name, claim.name), claimable))
    .returning({ id: table.id })
  return rows.length > 0
}
