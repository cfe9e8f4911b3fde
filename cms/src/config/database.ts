import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { localesParentIndex } from '../database/localesParentIndex'
import { migrations } from '../migrations'
import { dataDir, workspaceRoot } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

/**
 * Which database a `DATABASE_URL` names: unset or `file:` → the embedded SQLite file;
 * `mongodb://` or `mongodb+srv://` → MongoDB. Anything else is a configuration error.
 */
export function databaseKind(url: string | undefined): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "mongodb://" / "mongodb+srv://" (MongoDB); got "${url.split(':')[0]}:…".`,
  )
}

/** The SQLite file used when DATABASE_URL is unset. */
export const defaultSqliteUrl = `file:${path.join(dataDir, 'talentregion.db')}`

/** The Payload database adapter for a `DATABASE_URL`. */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({ url: url as string })
  }
  return sqliteAdapter({
    client: { url: url || defaultSqliteUrl },
    wal: true,
    busyTimeout: 5000,
    // The committed migrations are the schema, in development as in production.
    push: false,
    migrationDir: path.join(workspaceRoot, 'cms', 'src', 'migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [localesParentIndex],
  })
}
