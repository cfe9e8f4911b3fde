import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index, type IndexColumn } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/** Payload's name ending for the tables that hold a document's translated fields. */
const localesSuffix = '_locales'

/**
 * Indexes every translations table by its parent document. Payload gives them only a unique
 * index on (locale, parent), which a lookup by parent alone cannot use: each document read
 * then scanned the whole translations table, so reading n stories took time in n² (3,000
 * localized stories: seconds of SQLite for what an index answers in milliseconds).
 */
export const localesParentIndex: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith(localesSuffix) || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        parentIndex: index(`${name}_parent_idx`).on(columns._parentID as IndexColumn),
      }),
    })
  }
  return schema
}
