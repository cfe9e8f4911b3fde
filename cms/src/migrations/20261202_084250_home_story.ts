import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`home_story_id\` integer REFERENCES stories(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_home_story_idx\` ON \`site_settings\` (\`home_story_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_home_story_id\` integer REFERENCES stories(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_home_story_idx\` ON \`_site_settings_v\` (\`version_home_story_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`default_social_image_id\` integer,
  	\`graphic_profile_id\` integer,
  	\`contact_organisation\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`lead_retention_days\` numeric DEFAULT 180 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_social_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`graphic_profile_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "default_social_image_id", "graphic_profile_id", "contact_organisation", "contact_email", "contact_phone", "contact_address", "lead_retention_days", "updated_at", "created_at") SELECT "id", "default_social_image_id", "graphic_profile_id", "contact_organisation", "contact_email", "contact_phone", "contact_address", "lead_retention_days", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_settings_default_social_image_idx\` ON \`site_settings\` (\`default_social_image_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_graphic_profile_idx\` ON \`site_settings\` (\`graphic_profile_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_default_social_image_id\` integer,
  	\`version_graphic_profile_id\` integer,
  	\`version_contact_organisation\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_lead_retention_days\` numeric DEFAULT 180 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`version_default_social_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_graphic_profile_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_default_social_image_id", "version_graphic_profile_id", "version_contact_organisation", "version_contact_email", "version_contact_phone", "version_contact_address", "version_lead_retention_days", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "version_default_social_image_id", "version_graphic_profile_id", "version_contact_organisation", "version_contact_email", "version_contact_phone", "version_contact_address", "version_lead_retention_days", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_default_social_image_idx\` ON \`_site_settings_v\` (\`version_default_social_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_graphic_profile_idx\` ON \`_site_settings_v\` (\`version_graphic_profile_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
}
