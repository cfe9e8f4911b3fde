import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`locks_name_idx\` ON \`locks\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`locks_updated_at_idx\` ON \`locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locks_created_at_idx\` ON \`locks\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`built_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`locks\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`built_by\`;`)
}
