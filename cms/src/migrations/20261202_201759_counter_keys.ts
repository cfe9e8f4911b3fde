import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`placement_visits\` ADD \`key\` text;`)
  // Existing rows get the key counters/counterKey.ts writes; rows the old read-then-write counter
  // created twice for one placement and day are merged, their counts added, before the key is unique.
  await db.run(
    sql`UPDATE \`placement_visits\` SET \`key\` = 'placement:' || coalesce(\`placement_id\`, '') || '|day:' || coalesce(\`day\`, '');`,
  )
  await db.run(
    sql`UPDATE \`placement_visits\` SET \`count\` = (SELECT SUM(\`other\`.\`count\`) FROM \`placement_visits\` AS \`other\` WHERE \`other\`.\`key\` = \`placement_visits\`.\`key\`) WHERE \`id\` IN (SELECT MIN(\`id\`) FROM \`placement_visits\` GROUP BY \`key\`);`,
  )
  await db.run(
    sql`DELETE FROM \`placement_visits\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`placement_visits\` GROUP BY \`key\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`placement_visits_key_idx\` ON \`placement_visits\` (\`key\`);`)
  await db.run(sql`ALTER TABLE \`toolkit_downloads\` ADD \`key\` text;`)
  await db.run(
    sql`UPDATE \`toolkit_downloads\` SET \`key\` = 'toolkit:' || coalesce(\`toolkit_id\`, '') || '|organisation:' || coalesce(\`organisation_id\`, '') || '|file:' || coalesce(\`file_id\`, '') || '|image:' || coalesce(\`image_id\`, '') || '|zip:' || coalesce(\`zip\`, 0);`,
  )
  await db.run(
    sql`UPDATE \`toolkit_downloads\` SET \`count\` = (SELECT SUM(\`other\`.\`count\`) FROM \`toolkit_downloads\` AS \`other\` WHERE \`other\`.\`key\` = \`toolkit_downloads\`.\`key\`), \`last_downloaded_on\` = (SELECT MAX(\`other\`.\`last_downloaded_on\`) FROM \`toolkit_downloads\` AS \`other\` WHERE \`other\`.\`key\` = \`toolkit_downloads\`.\`key\`) WHERE \`id\` IN (SELECT MIN(\`id\`) FROM \`toolkit_downloads\` GROUP BY \`key\`);`,
  )
  await db.run(
    sql`DELETE FROM \`toolkit_downloads\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`toolkit_downloads\` GROUP BY \`key\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`toolkit_downloads_key_idx\` ON \`toolkit_downloads\` (\`key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`placement_visits_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`placement_visits\` DROP COLUMN \`key\`;`)
  await db.run(sql`DROP INDEX \`toolkit_downloads_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`toolkit_downloads\` DROP COLUMN \`key\`;`)
}
