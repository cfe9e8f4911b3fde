import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_stories_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_employers_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_employers_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_toolkits_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` DROP COLUMN \`autosave\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_stories_v_autosave_idx\` ON \`_stories_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_employers_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_employers_v_autosave_idx\` ON \`_employers_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_autosave_idx\` ON \`_toolkits_v\` (\`autosave\`);`)
}
