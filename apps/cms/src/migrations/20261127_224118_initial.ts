import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`standards_key_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_key_features_order_idx\` ON \`standards_key_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_key_features_parent_id_idx\` ON \`standards_key_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`standards_key_components\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_key_components_order_idx\` ON \`standards_key_components\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_key_components_parent_id_idx\` ON \`standards_key_components\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`standards_aspect_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`aspect_id\` integer,
  	\`value\` text,
  	FOREIGN KEY (\`aspect_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_aspect_values_order_idx\` ON \`standards_aspect_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_aspect_values_parent_id_idx\` ON \`standards_aspect_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`standards_aspect_values_aspect_idx\` ON \`standards_aspect_values\` (\`aspect_id\`);`)
  await db.run(sql`CREATE TABLE \`standards_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_faq_order_idx\` ON \`standards_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_faq_parent_id_idx\` ON \`standards_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`standards_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_sources_order_idx\` ON \`standards_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_sources_parent_id_idx\` ON \`standards_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`standards_related\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`standard_id\` integer,
  	\`relation\` text,
  	FOREIGN KEY (\`standard_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_related_order_idx\` ON \`standards_related\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_related_parent_id_idx\` ON \`standards_related\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`standards_related_standard_idx\` ON \`standards_related\` (\`standard_id\`);`)
  await db.run(sql`CREATE TABLE \`standards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`short_name\` text,
  	\`official_title\` text,
  	\`edition_year\` numeric,
  	\`legal_nature\` text,
  	\`obligation\` text,
  	\`jurisdiction\` text,
  	\`publisher\` text,
  	\`category_id\` integer,
  	\`tagline\` text,
  	\`cost_band\` numeric,
  	\`complexity\` text,
  	\`implementation_months_min\` numeric,
  	\`implementation_months_max\` numeric,
  	\`what_it_is\` text,
  	\`why_organizations_use_it\` text,
  	\`implementation_overview\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_category_idx\` ON \`standards\` (\`category_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`standards_slug_idx\` ON \`standards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`standards_updated_at_idx\` ON \`standards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`standards_created_at_idx\` ON \`standards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`standards__status_idx\` ON \`standards\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_key_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_key_features_order_idx\` ON \`_standards_v_version_key_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_key_features_parent_id_idx\` ON \`_standards_v_version_key_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_key_components\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_key_components_order_idx\` ON \`_standards_v_version_key_components\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_key_components_parent_id_idx\` ON \`_standards_v_version_key_components\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_aspect_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`aspect_id\` integer,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`aspect_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_aspect_values_order_idx\` ON \`_standards_v_version_aspect_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_aspect_values_parent_id_idx\` ON \`_standards_v_version_aspect_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_aspect_values_aspect_idx\` ON \`_standards_v_version_aspect_values\` (\`aspect_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_faq_order_idx\` ON \`_standards_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_faq_parent_id_idx\` ON \`_standards_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_sources_order_idx\` ON \`_standards_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_sources_parent_id_idx\` ON \`_standards_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_related\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`standard_id\` integer,
  	\`relation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`standard_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_related_order_idx\` ON \`_standards_v_version_related\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_related_parent_id_idx\` ON \`_standards_v_version_related\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_related_standard_idx\` ON \`_standards_v_version_related\` (\`standard_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_short_name\` text,
  	\`version_official_title\` text,
  	\`version_edition_year\` numeric,
  	\`version_legal_nature\` text,
  	\`version_obligation\` text,
  	\`version_jurisdiction\` text,
  	\`version_publisher\` text,
  	\`version_category_id\` integer,
  	\`version_tagline\` text,
  	\`version_cost_band\` numeric,
  	\`version_complexity\` text,
  	\`version_implementation_months_min\` numeric,
  	\`version_implementation_months_max\` numeric,
  	\`version_what_it_is\` text,
  	\`version_why_organizations_use_it\` text,
  	\`version_implementation_overview\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_parent_idx\` ON \`_standards_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_category_idx\` ON \`_standards_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_slug_idx\` ON \`_standards_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_updated_at_idx\` ON \`_standards_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_created_at_idx\` ON \`_standards_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version__status_idx\` ON \`_standards_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_created_at_idx\` ON \`_standards_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_updated_at_idx\` ON \`_standards_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_latest_idx\` ON \`_standards_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`comparisons_aspect_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`aspect_id\` integer,
  	\`side\` text,
  	\`value\` text,
  	FOREIGN KEY (\`aspect_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comparisons_aspect_overrides_order_idx\` ON \`comparisons_aspect_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_aspect_overrides_parent_id_idx\` ON \`comparisons_aspect_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_aspect_overrides_aspect_idx\` ON \`comparisons_aspect_overrides\` (\`aspect_id\`);`)
  await db.run(sql`CREATE TABLE \`comparisons_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comparisons_faq_order_idx\` ON \`comparisons_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_faq_parent_id_idx\` ON \`comparisons_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comparisons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`standard_a_id\` integer,
  	\`standard_b_id\` integer,
  	\`summary\` text,
  	\`verdict\` text,
  	\`featured\` integer DEFAULT false,
  	\`title\` text,
  	\`pair_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`standard_a_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`standard_b_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comparisons_standard_a_idx\` ON \`comparisons\` (\`standard_a_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_standard_b_idx\` ON \`comparisons\` (\`standard_b_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comparisons_pair_key_idx\` ON \`comparisons\` (\`pair_key\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_updated_at_idx\` ON \`comparisons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_created_at_idx\` ON \`comparisons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons__status_idx\` ON \`comparisons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_aspect_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`aspect_id\` integer,
  	\`side\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`aspect_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_aspect_overrides_order_idx\` ON \`_comparisons_v_version_aspect_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_aspect_overrides_parent_id_idx\` ON \`_comparisons_v_version_aspect_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_aspect_overrides_aspect_idx\` ON \`_comparisons_v_version_aspect_overrides\` (\`aspect_id\`);`)
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_faq_order_idx\` ON \`_comparisons_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_faq_parent_id_idx\` ON \`_comparisons_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comparisons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_standard_a_id\` integer,
  	\`version_standard_b_id\` integer,
  	\`version_summary\` text,
  	\`version_verdict\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_title\` text,
  	\`version_pair_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_standard_a_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_standard_b_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_comparisons_v_parent_idx\` ON \`_comparisons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_standard_a_idx\` ON \`_comparisons_v\` (\`version_standard_a_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_standard_b_idx\` ON \`_comparisons_v\` (\`version_standard_b_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_pair_key_idx\` ON \`_comparisons_v\` (\`version_pair_key\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_updated_at_idx\` ON \`_comparisons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_created_at_idx\` ON \`_comparisons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version__status_idx\` ON \`_comparisons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_created_at_idx\` ON \`_comparisons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_updated_at_idx\` ON \`_comparisons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_latest_idx\` ON \`_comparisons_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`standards_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`standards_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_standards_id_idx\` ON \`articles_rels\` (\`standards_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`standards_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`standards_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_standards_id_idx\` ON \`_articles_v_rels\` (\`standards_id\`);`)
  await db.run(sql`CREATE TABLE \`aspects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`description\` text,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`aspects_slug_idx\` ON \`aspects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`aspects_updated_at_idx\` ON \`aspects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`aspects_created_at_idx\` ON \`aspects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`standards_id\` integer,
  	\`comparisons_id\` integer,
  	\`articles_id\` integer,
  	\`aspects_id\` integer,
  	\`categories_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`standards_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aspects_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_standards_id_idx\` ON \`payload_locked_documents_rels\` (\`standards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aspects_id_idx\` ON \`payload_locked_documents_rels\` (\`aspects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_footer_links_order_idx\` ON \`site_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_footer_links_parent_id_idx\` ON \`site_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text,
  	\`tagline\` text,
  	\`cta_heading\` text,
  	\`cta_body\` text,
  	\`cta_link_label\` text,
  	\`cta_link_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`standards_key_features\`;`)
  await db.run(sql`DROP TABLE \`standards_key_components\`;`)
  await db.run(sql`DROP TABLE \`standards_aspect_values\`;`)
  await db.run(sql`DROP TABLE \`standards_faq\`;`)
  await db.run(sql`DROP TABLE \`standards_sources\`;`)
  await db.run(sql`DROP TABLE \`standards_related\`;`)
  await db.run(sql`DROP TABLE \`standards\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_key_features\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_key_components\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_aspect_values\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_related\`;`)
  await db.run(sql`DROP TABLE \`_standards_v\`;`)
  await db.run(sql`DROP TABLE \`comparisons_aspect_overrides\`;`)
  await db.run(sql`DROP TABLE \`comparisons_faq\`;`)
  await db.run(sql`DROP TABLE \`comparisons\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_aspect_overrides\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`aspects\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
}
