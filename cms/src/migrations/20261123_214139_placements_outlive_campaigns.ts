import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_placements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`medium\` text NOT NULL,
  	\`code\` text,
  	\`target\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_placements\`("id", "name", "campaign_id", "medium", "code", "target", "updated_at", "created_at") SELECT "id", "name", "campaign_id", "medium", "code", "target", "updated_at", "created_at" FROM \`placements\`;`)
  await db.run(sql`DROP TABLE \`placements\`;`)
  await db.run(sql`ALTER TABLE \`__new_placements\` RENAME TO \`placements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`placements_campaign_idx\` ON \`placements\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`placements_code_idx\` ON \`placements\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`placements_updated_at_idx\` ON \`placements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`placements_created_at_idx\` ON \`placements\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_placements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`medium\` text NOT NULL,
  	\`code\` text,
  	\`target\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_placements\`("id", "name", "campaign_id", "medium", "code", "target", "updated_at", "created_at") SELECT "id", "name", "campaign_id", "medium", "code", "target", "updated_at", "created_at" FROM \`placements\`;`)
  await db.run(sql`DROP TABLE \`placements\`;`)
  await db.run(sql`ALTER TABLE \`__new_placements\` RENAME TO \`placements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`placements_campaign_idx\` ON \`placements\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`placements_code_idx\` ON \`placements\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`placements_updated_at_idx\` ON \`placements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`placements_created_at_idx\` ON \`placements\` (\`created_at\`);`)
}
