import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`employers\` ADD \`english_at_work\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_employers_v\` ADD \`version_english_at_work\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`employers\` DROP COLUMN \`english_at_work\`;`)
  await db.run(sql`ALTER TABLE \`_employers_v\` DROP COLUMN \`version_english_at_work\`;`)
}
