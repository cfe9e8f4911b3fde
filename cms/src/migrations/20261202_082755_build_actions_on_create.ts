import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text DEFAULT 'build',
  	\`rollback_to_id\` integer,
  	\`confirm_page_loss\` integer DEFAULT false,
  	\`status\` text DEFAULT 'queued',
  	\`trigger\` text,
  	\`changes\` numeric DEFAULT 1,
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`pages\` numeric,
  	\`release_id\` text,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rollback_to_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_builds\`("id", "action", "rollback_to_id", "confirm_page_loss", "status", "trigger", "changes", "requested_by_id", "started_at", "finished_at", "duration_ms", "pages", "release_id", "error", "log", "updated_at", "created_at") SELECT "id", "action", "rollback_to_id", "confirm_page_loss", "status", "trigger", "changes", "requested_by_id", "started_at", "finished_at", "duration_ms", "pages", "release_id", "error", "log", "updated_at", "created_at" FROM \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_builds\` RENAME TO \`site_builds\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_builds_rollback_to_idx\` ON \`site_builds\` (\`rollback_to_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_requested_by_idx\` ON \`site_builds\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_release_id_idx\` ON \`site_builds\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text DEFAULT 'build' NOT NULL,
  	\`rollback_to_id\` integer,
  	\`confirm_page_loss\` integer DEFAULT false,
  	\`status\` text DEFAULT 'queued',
  	\`trigger\` text,
  	\`changes\` numeric DEFAULT 1,
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`pages\` numeric,
  	\`release_id\` text,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rollback_to_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_builds\`("id", "action", "rollback_to_id", "confirm_page_loss", "status", "trigger", "changes", "requested_by_id", "started_at", "finished_at", "duration_ms", "pages", "release_id", "error", "log", "updated_at", "created_at") SELECT "id", "action", "rollback_to_id", "confirm_page_loss", "status", "trigger", "changes", "requested_by_id", "started_at", "finished_at", "duration_ms", "pages", "release_id", "error", "log", "updated_at", "created_at" FROM \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_builds\` RENAME TO \`site_builds\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_builds_rollback_to_idx\` ON \`site_builds\` (\`rollback_to_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_requested_by_idx\` ON \`site_builds\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_release_id_idx\` ON \`site_builds\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
}
