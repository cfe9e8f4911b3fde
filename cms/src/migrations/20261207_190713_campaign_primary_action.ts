import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`primary_action_type\` text DEFAULT 'form';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`primary_action_municipality_id\` integer REFERENCES municipalities(id);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`primary_action_industry\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`primary_action_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`primary_action_href\` text;`)
  await db.run(sql`CREATE INDEX \`campaigns_primary_action_primary_action_municipality_idx\` ON \`campaigns\` (\`primary_action_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_primary_action_primary_action_event_idx\` ON \`campaigns\` (\`primary_action_event_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` ADD \`menu_label\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` ADD \`primary_action_label\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_primary_action_type\` text DEFAULT 'form';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_primary_action_municipality_id\` integer REFERENCES municipalities(id);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_primary_action_industry\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_primary_action_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_primary_action_href\` text;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_primary_action_version_primary_acti_idx\` ON \`_campaigns_v\` (\`version_primary_action_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_primary_action_version_primary_ac_1_idx\` ON \`_campaigns_v\` (\`version_primary_action_event_id\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` ADD \`version_menu_label\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` ADD \`version_primary_action_label\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`default_locale\` text DEFAULT 'nb',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "starts_on", "ends_on", "default_locale", "updated_at", "created_at", "_status") SELECT "id", "starts_on", "ends_on", "default_locale", "updated_at", "created_at", "_status" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_starts_on\` text,
  	\`version_ends_on\` text,
  	\`version_default_locale\` text DEFAULT 'nb',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__campaigns_v\`("id", "parent_id", "version_starts_on", "version_ends_on", "version_default_locale", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_starts_on", "version_ends_on", "version_default_locale", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__campaigns_v\` RENAME TO \`_campaigns_v\`;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` DROP COLUMN \`menu_label\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` DROP COLUMN \`primary_action_label\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` DROP COLUMN \`version_menu_label\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` DROP COLUMN \`version_primary_action_label\`;`)
}
