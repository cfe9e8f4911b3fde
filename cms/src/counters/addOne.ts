import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { AnySQLiteColumn, SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'

export type CounterCollection = 'toolkit-downloads' | 'placement-visits'

type CounterTable = SQLiteTable & {
  id: AnySQLiteColumn
  key: AnySQLiteColumn
  count: AnySQLiteColumn
}

/** Fields written alongside the count; dates are stored as each database stores them. */
export type CounterFields = Record<string, string | Date>

/**
 * Adds one to the count of the row with this key, in one atomic statement of the database
 * (`$inc` on MongoDB, `count = count + 1` on SQLite), so concurrent requests never lose a count.
 * False when there is no such row yet.
 */
export async function addOne(
  payload: Payload,
  collection: CounterCollection,
  key: string,
  also: CounterFields,
): Promise<boolean> {
  const updatedAt = new Date()
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongooseAdapter).collections[collection]!
    const result = await model.updateOne(
      { key },
      { $inc: { count: 1 }, $set: { ...also, updatedAt } },
    )
    return result.matchedCount > 0
  }
  const db = payload.db as unknown as SQLiteAdapter
  const table = db.tables[collection.replace(/-/g, '_')] as unknown as CounterTable
  const stored = Object.fromEntries(
    Object.entries(also).map(([name, value]) => [
      name,
      value instanceof Date ? value.toISOString() : value,
    ]),
  )
  const rows = await db.drizzle
    .update(table)
    .set({ ...stored, count: sql`${table.count} + 1`, updatedAt: updatedAt.toISOString() })
    .where(eq(table.key, key))
    .returning({ id: table.id })
  return rows.length > 0
}
