import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Columns added by `ALTER TABLE … ADD … REFERENCES` got no ON DELETE action, so SQLite refused to
 * delete what they point at: a story chosen as the home page story could not be deleted, and a
 * document open in the admin (locked) not either. SQLite cannot change a constraint in place:
 * each table is rebuilt from its own definition with the action Payload's schema declares
 * (SET NULL for a relationship, CASCADE for a row of a relations table), its rows copied over.
 */
const tables: Record<string, 'set null' | 'cascade'> = {
  site_settings: 'set null',
  _site_settings_v: 'set null',
  payload_locked_documents_rels: 'cascade',
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  for (const [table, action] of Object.entries(tables)) {
    const [definition] = await db.all<{ sql: string }>(
      sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
    )
    if (!definition) continue
    const indexes = await db.all<{ sql: string }>(
      sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL`,
    )
    const columns = (await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(\`${table}\`)`)))
      .map(({ name }) => `\`${name}\``)
      .join(', ')
    const rebuilt = definition.sql
      .replace(/^CREATE TABLE\s+[`"]?\w+[`"]?/, `CREATE TABLE \`__new_${table}\``)
      .replace(
        /REFERENCES\s+[`"]?\w+[`"]?\s*\(\s*[`"]?id[`"]?\s*\)(?!\s+ON\s)/g,
        (reference) => `${reference} ON DELETE ${action}`,
      )
    await db.run(sql.raw(rebuilt))
    await db.run(
      sql.raw(`INSERT INTO \`__new_${table}\` (${columns}) SELECT ${columns} FROM \`${table}\``),
    )
    await db.run(sql.raw(`DROP TABLE \`${table}\``))
    await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\``))
    for (const index of indexes) await db.run(sql.raw(index.sql))
  }
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The missing actions were the bug; going back does not bring it back.
}
