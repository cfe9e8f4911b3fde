import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`toolkit_downloads\` ADD \`zip\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`toolkit_downloads_zip_idx\` ON \`toolkit_downloads\` (\`zip\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`toolkit_downloads_zip_idx\`;`)
  await db.run(sql`ALTER TABLE \`toolkit_downloads\` DROP COLUMN \`zip\`;`)
}
