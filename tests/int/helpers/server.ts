import type { Payload } from 'payload'

import { databaseKind } from '../../../cms/src/config/database'

interface MongoConnection {
  connection: { db: { admin(): { command(command: object): Promise<Record<string, unknown>> } } }
}

/**
 * Whether the tests run against FerretDB, which says so in `buildInfo`. FerretDB 1.x serves the
 * MongoDB wire protocol without a few commands Payload uses; tests that need those are skipped
 * there, and only there, each naming what is missing.
 */
export async function isFerretDB(payload: Payload): Promise<boolean> {
  if (databaseKind(process.env.DATABASE_URL) !== 'mongodb') return false
  const { connection } = payload.db as unknown as MongoConnection
  const info = await connection.db.admin().command({ buildInfo: 1 })
  return 'ferretdbVersion' in info
}

/** Why login lockout cannot be tested on FerretDB. */
export const lockoutOnFerretDB =
  "FerretDB 1.x does not implement findAndModify with `fields`, which Payload's login lockout uses"

/** Why Payload's key-value store cannot be tested on FerretDB. */
export const keyValueOnFerretDB =
  'FerretDB 1.x does not implement findAndModify with `fields`, which payload.kv uses to write'

/** Why concurrent counting cannot be tested on FerretDB (measured: 20 concurrent `$inc` gave 8). */
export const atomicIncOnFerretDB =
  'FerretDB 1.x applies $inc by reading and rewriting the document, so concurrent increments are lost; MongoDB applies it atomically'
