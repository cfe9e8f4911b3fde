import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`audience\` text DEFAULT 'public';`)
  await db.run(sql`CREATE INDEX \`media_audience_idx\` ON \`media\` (\`audience\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_audience_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audience\`;`)
}
