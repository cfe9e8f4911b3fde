import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`cause\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`change\` text;`)
  // Builds from before keep what their free-text trigger said, shown as it was written.
  await db.run(
    sql`UPDATE \`site_builds\` SET \`change\` = json_object('note', \`trigger\`) WHERE \`trigger\` IS NOT NULL;`,
  )
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`trigger\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`trigger\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`cause\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`change\`;`)
}
