import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'nb';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`lead_digest_email\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_lead_digest_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`lead_digest_email\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_lead_digest_email\`;`)
}
