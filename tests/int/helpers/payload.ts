import { randomUUID } from 'node:crypto'
import fs from 'node:fs'

import { databaseKind } from '../../../cms/src/config/database'
import { migrateDatabase } from '@talentregion/cms/migrate'
import { getPayload, type Payload } from 'payload'

/** This test file's Payload instance key, for the REST handler to find the same instance. */
export const payloadKey = randomUUID()

/** A Payload instance on this test file's own database, migrated the way production is. */
export async function startPayload(): Promise<Payload> {
  const { default: config } = await import('@talentregion/cms/config')
  const payload = await getPayload({ config, key: payloadKey })
  await migrateDatabase(payload)
  return payload
}

/** Drops this file's database, closes it and removes the throw-away data folder. */
export async function stopPayload(payload: Payload): Promise<void> {
  if (databaseKind(process.env.DATABASE_URL) === 'mongodb') {
    const { connection } = payload.db as unknown as {
      connection: { dropDatabase(): Promise<unknown> }
    }
    await connection.dropDatabase()
  }
  await payload.destroy()
  const dir = process.env.DATA_DIR
  if (dir?.includes('talentregion-int-')) fs.rmSync(dir, { recursive: true, force: true })
}
