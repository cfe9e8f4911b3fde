import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_order_idx\` ON \`campaigns_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_parent_id_idx\` ON \`campaigns_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_path_idx\` ON \`campaigns_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_locale_idx\` ON \`campaigns_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_image_idx\` ON \`campaigns_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_figures_order_idx\` ON \`campaigns_blocks_key_figures_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_figures_parent_id_idx\` ON \`campaigns_blocks_key_figures_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_figures_locale_idx\` ON \`campaigns_blocks_key_figures_figures\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_order_idx\` ON \`campaigns_blocks_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_parent_id_idx\` ON \`campaigns_blocks_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_path_idx\` ON \`campaigns_blocks_key_figures\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_locale_idx\` ON \`campaigns_blocks_key_figures\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_story_teasers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teasers_order_idx\` ON \`campaigns_blocks_story_teasers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teasers_parent_id_idx\` ON \`campaigns_blocks_story_teasers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teasers_path_idx\` ON \`campaigns_blocks_story_teasers\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teasers_locale_idx\` ON \`campaigns_blocks_story_teasers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_employer_teasers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_employer_teasers_order_idx\` ON \`campaigns_blocks_employer_teasers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_employer_teasers_parent_id_idx\` ON \`campaigns_blocks_employer_teasers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_employer_teasers_path_idx\` ON \`campaigns_blocks_employer_teasers\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_employer_teasers_locale_idx\` ON \`campaigns_blocks_employer_teasers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_event_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`event_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_event_teaser_order_idx\` ON \`campaigns_blocks_event_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_event_teaser_parent_id_idx\` ON \`campaigns_blocks_event_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_event_teaser_path_idx\` ON \`campaigns_blocks_event_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_event_teaser_locale_idx\` ON \`campaigns_blocks_event_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_event_teaser_event_idx\` ON \`campaigns_blocks_event_teaser\` (\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`label\` text,
  	\`href\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_order_idx\` ON \`campaigns_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_parent_id_idx\` ON \`campaigns_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_path_idx\` ON \`campaigns_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_locale_idx\` ON \`campaigns_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_items_order_idx\` ON \`campaigns_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_items_parent_id_idx\` ON \`campaigns_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_items_locale_idx\` ON \`campaigns_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_order_idx\` ON \`campaigns_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_parent_id_idx\` ON \`campaigns_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_path_idx\` ON \`campaigns_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_locale_idx\` ON \`campaigns_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_interest_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`ask_partner_profession\` integer DEFAULT true,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_interest_form_order_idx\` ON \`campaigns_blocks_interest_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_interest_form_parent_id_idx\` ON \`campaigns_blocks_interest_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_interest_form_path_idx\` ON \`campaigns_blocks_interest_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_interest_form_locale_idx\` ON \`campaigns_blocks_interest_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`default_locale\` text DEFAULT 'nb',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`follow_up_heading\` text,
  	\`follow_up_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_slug_idx\` ON \`campaigns_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`stories_id\` integer,
  	\`employers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`employers_id\`) REFERENCES \`employers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_locale_idx\` ON \`campaigns_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_stories_id_idx\` ON \`campaigns_rels\` (\`stories_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_employers_id_idx\` ON \`campaigns_rels\` (\`employers_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_order_idx\` ON \`_campaigns_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_parent_id_idx\` ON \`_campaigns_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_path_idx\` ON \`_campaigns_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_locale_idx\` ON \`_campaigns_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_image_idx\` ON \`_campaigns_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_figures_order_idx\` ON \`_campaigns_v_blocks_key_figures_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_figures_parent_id_idx\` ON \`_campaigns_v_blocks_key_figures_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_figures_locale_idx\` ON \`_campaigns_v_blocks_key_figures_figures\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_order_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_parent_id_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_path_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_locale_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_story_teasers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teasers_order_idx\` ON \`_campaigns_v_blocks_story_teasers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teasers_parent_id_idx\` ON \`_campaigns_v_blocks_story_teasers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teasers_path_idx\` ON \`_campaigns_v_blocks_story_teasers\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teasers_locale_idx\` ON \`_campaigns_v_blocks_story_teasers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_employer_teasers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_employer_teasers_order_idx\` ON \`_campaigns_v_blocks_employer_teasers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_employer_teasers_parent_id_idx\` ON \`_campaigns_v_blocks_employer_teasers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_employer_teasers_path_idx\` ON \`_campaigns_v_blocks_employer_teasers\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_employer_teasers_locale_idx\` ON \`_campaigns_v_blocks_employer_teasers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_event_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`event_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_event_teaser_order_idx\` ON \`_campaigns_v_blocks_event_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_event_teaser_parent_id_idx\` ON \`_campaigns_v_blocks_event_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_event_teaser_path_idx\` ON \`_campaigns_v_blocks_event_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_event_teaser_locale_idx\` ON \`_campaigns_v_blocks_event_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_event_teaser_event_idx\` ON \`_campaigns_v_blocks_event_teaser\` (\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_order_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_parent_id_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_path_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_locale_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_items_order_idx\` ON \`_campaigns_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_items_parent_id_idx\` ON \`_campaigns_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_items_locale_idx\` ON \`_campaigns_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_order_idx\` ON \`_campaigns_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_parent_id_idx\` ON \`_campaigns_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_path_idx\` ON \`_campaigns_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_locale_idx\` ON \`_campaigns_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_interest_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`ask_partner_profession\` integer DEFAULT true,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_interest_form_order_idx\` ON \`_campaigns_v_blocks_interest_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_interest_form_parent_id_idx\` ON \`_campaigns_v_blocks_interest_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_interest_form_path_idx\` ON \`_campaigns_v_blocks_interest_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_interest_form_locale_idx\` ON \`_campaigns_v_blocks_interest_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
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
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_follow_up_heading\` text,
  	\`version_follow_up_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`stories_id\` integer,
  	\`employers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`employers_id\`) REFERENCES \`employers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_locale_idx\` ON \`_campaigns_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_stories_id_idx\` ON \`_campaigns_v_rels\` (\`stories_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_employers_id_idx\` ON \`_campaigns_v_rels\` (\`employers_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`placements\` (
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
  await db.run(sql`CREATE INDEX \`placements_campaign_idx\` ON \`placements\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`placements_code_idx\` ON \`placements\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`placements_updated_at_idx\` ON \`placements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`placements_created_at_idx\` ON \`placements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`placement_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`placement_id\` integer NOT NULL,
  	\`campaign_id\` integer,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`placement_id\`) REFERENCES \`placements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`placement_visits_placement_idx\` ON \`placement_visits\` (\`placement_id\`);`)
  await db.run(sql`CREATE INDEX \`placement_visits_campaign_idx\` ON \`placement_visits\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`placement_visits_day_idx\` ON \`placement_visits\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`placement_visits_updated_at_idx\` ON \`placement_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`placement_visits_created_at_idx\` ON \`placement_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`leads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`profession\` text,
  	\`partner_profession\` text,
  	\`message\` text,
  	\`campaign_id\` integer,
  	\`placement_id\` integer,
  	\`locale\` text,
  	\`consent_text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`placement_id\`) REFERENCES \`placements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`leads_campaign_idx\` ON \`leads\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_placement_idx\` ON \`leads\` (\`placement_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_updated_at_idx\` ON \`leads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_created_at_idx\` ON \`leads\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`placements_id\` integer REFERENCES placements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`placement_visits_id\` integer REFERENCES placement_visits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leads_id\` integer REFERENCES leads(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_placements_id_idx\` ON \`payload_locked_documents_rels\` (\`placements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_placement_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`placement_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leads_id_idx\` ON \`payload_locked_documents_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`lead_retention_days\` numeric DEFAULT 180 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`lead_consent\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_lead_retention_days\` numeric DEFAULT 180 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_lead_consent\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures_figures\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_story_teasers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_employer_teasers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_event_teaser\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_interest_form\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures_figures\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_story_teasers\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_employer_teasers\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_event_teaser\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_interest_form\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`placements\`;`)
  await db.run(sql`DROP TABLE \`placement_visits\`;`)
  await db.run(sql`DROP TABLE \`leads\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`employers_id\` integer,
  	\`events_id\` integer,
  	\`municipalities_id\` integer,
  	\`media_id\` integer,
  	\`toolkits_id\` integer,
  	\`files_id\` integer,
  	\`toolkit_downloads_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`employers_id\`) REFERENCES \`employers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`toolkits_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`toolkit_downloads_id\`) REFERENCES \`toolkit_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "employers_id", "events_id", "municipalities_id", "media_id", "toolkits_id", "files_id", "toolkit_downloads_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "stories_id", "employers_id", "events_id", "municipalities_id", "media_id", "toolkits_id", "files_id", "toolkit_downloads_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_employers_id_idx\` ON \`payload_locked_documents_rels\` (\`employers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_toolkits_id_idx\` ON \`payload_locked_documents_rels\` (\`toolkits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_toolkit_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`toolkit_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`lead_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`lead_consent\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_lead_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_lead_consent\`;`)
}
