import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`visitor_suggestions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`standard_a\` text,
  	\`standard_b\` text,
  	\`message\` text,
  	\`email\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`editor_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_suggestions_status_idx\` ON \`visitor_suggestions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`visitor_suggestions_updated_at_idx\` ON \`visitor_suggestions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_suggestions_created_at_idx\` ON \`visitor_suggestions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`standards\` ADD \`cost_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`standards\` ADD \`effort_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`standards\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`standards\` ADD \`reviewed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`standards\` ADD \`reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`standards_last_reviewed_at_idx\` ON \`standards\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`standards_reviewed_by_idx\` ON \`standards\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_standards_v\` ADD \`version_cost_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_standards_v\` ADD \`version_effort_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_standards_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_standards_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_standards_v\` ADD \`version_reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_last_reviewed_at_idx\` ON \`_standards_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_reviewed_by_idx\` ON \`_standards_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`reviewed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`comparisons_last_reviewed_at_idx\` ON \`comparisons\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_reviewed_by_idx\` ON \`comparisons\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_last_reviewed_at_idx\` ON \`_comparisons_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_reviewed_by_idx\` ON \`_comparisons_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`display_name\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visitor_suggestions_id\` integer REFERENCES visitor_suggestions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_suggestions_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_suggestions_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contact_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`visitor_suggestions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_standards\` (
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
  await db.run(sql`INSERT INTO \`__new_standards\`("id", "short_name", "official_title", "edition_year", "legal_nature", "obligation", "jurisdiction", "publisher", "category_id", "tagline", "cost_band", "complexity", "implementation_months_min", "implementation_months_max", "what_it_is", "why_organizations_use_it", "implementation_overview", "slug", "updated_at", "created_at", "_status") SELECT "id", "short_name", "official_title", "edition_year", "legal_nature", "obligation", "jurisdiction", "publisher", "category_id", "tagline", "cost_band", "complexity", "implementation_months_min", "implementation_months_max", "what_it_is", "why_organizations_use_it", "implementation_overview", "slug", "updated_at", "created_at", "_status" FROM \`standards\`;`)
  await db.run(sql`DROP TABLE \`standards\`;`)
  await db.run(sql`ALTER TABLE \`__new_standards\` RENAME TO \`standards\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`standards_short_name_idx\` ON \`standards\` (\`short_name\`);`)
  await db.run(sql`CREATE INDEX \`standards_category_idx\` ON \`standards\` (\`category_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`standards_slug_idx\` ON \`standards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`standards_updated_at_idx\` ON \`standards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`standards_created_at_idx\` ON \`standards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`standards__status_idx\` ON \`standards\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__standards_v\` (
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
  await db.run(sql`INSERT INTO \`__new__standards_v\`("id", "parent_id", "version_short_name", "version_official_title", "version_edition_year", "version_legal_nature", "version_obligation", "version_jurisdiction", "version_publisher", "version_category_id", "version_tagline", "version_cost_band", "version_complexity", "version_implementation_months_min", "version_implementation_months_max", "version_what_it_is", "version_why_organizations_use_it", "version_implementation_overview", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_short_name", "version_official_title", "version_edition_year", "version_legal_nature", "version_obligation", "version_jurisdiction", "version_publisher", "version_category_id", "version_tagline", "version_cost_band", "version_complexity", "version_implementation_months_min", "version_implementation_months_max", "version_what_it_is", "version_why_organizations_use_it", "version_implementation_overview", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_standards_v\`;`)
  await db.run(sql`DROP TABLE \`_standards_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__standards_v\` RENAME TO \`_standards_v\`;`)
  await db.run(sql`CREATE INDEX \`_standards_v_parent_idx\` ON \`_standards_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_short_name_idx\` ON \`_standards_v\` (\`version_short_name\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_category_idx\` ON \`_standards_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_slug_idx\` ON \`_standards_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_updated_at_idx\` ON \`_standards_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_created_at_idx\` ON \`_standards_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version__status_idx\` ON \`_standards_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_created_at_idx\` ON \`_standards_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_updated_at_idx\` ON \`_standards_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_latest_idx\` ON \`_standards_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_comparisons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`standard_a_id\` integer,
  	\`standard_b_id\` integer,
  	\`summary\` text,
  	\`verdict\` text,
  	\`verdict_basis\` text,
  	\`verdict_accept\` integer DEFAULT false,
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
  await db.run(sql`INSERT INTO \`__new_comparisons\`("id", "standard_a_id", "standard_b_id", "summary", "verdict", "verdict_basis", "verdict_accept", "featured", "title", "pair_key", "updated_at", "created_at", "_status") SELECT "id", "standard_a_id", "standard_b_id", "summary", "verdict", "verdict_basis", "verdict_accept", "featured", "title", "pair_key", "updated_at", "created_at", "_status" FROM \`comparisons\`;`)
  await db.run(sql`DROP TABLE \`comparisons\`;`)
  await db.run(sql`ALTER TABLE \`__new_comparisons\` RENAME TO \`comparisons\`;`)
  await db.run(sql`CREATE INDEX \`comparisons_standard_a_idx\` ON \`comparisons\` (\`standard_a_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_standard_b_idx\` ON \`comparisons\` (\`standard_b_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_title_idx\` ON \`comparisons\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comparisons_pair_key_idx\` ON \`comparisons\` (\`pair_key\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_updated_at_idx\` ON \`comparisons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_created_at_idx\` ON \`comparisons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons__status_idx\` ON \`comparisons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__comparisons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_standard_a_id\` integer,
  	\`version_standard_b_id\` integer,
  	\`version_summary\` text,
  	\`version_verdict\` text,
  	\`version_verdict_basis\` text,
  	\`version_verdict_accept\` integer DEFAULT false,
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
  await db.run(sql`INSERT INTO \`__new__comparisons_v\`("id", "parent_id", "version_standard_a_id", "version_standard_b_id", "version_summary", "version_verdict", "version_verdict_basis", "version_verdict_accept", "version_featured", "version_title", "version_pair_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_standard_a_id", "version_standard_b_id", "version_summary", "version_verdict", "version_verdict_basis", "version_verdict_accept", "version_featured", "version_title", "version_pair_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_comparisons_v\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__comparisons_v\` RENAME TO \`_comparisons_v\`;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_parent_idx\` ON \`_comparisons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_standard_a_idx\` ON \`_comparisons_v\` (\`version_standard_a_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_standard_b_idx\` ON \`_comparisons_v\` (\`version_standard_b_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_title_idx\` ON \`_comparisons_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_pair_key_idx\` ON \`_comparisons_v\` (\`version_pair_key\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_updated_at_idx\` ON \`_comparisons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_created_at_idx\` ON \`_comparisons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version__status_idx\` ON \`_comparisons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_created_at_idx\` ON \`_comparisons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_updated_at_idx\` ON \`_comparisons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_latest_idx\` ON \`_comparisons_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`standards_id\` integer,
  	\`comparisons_id\` integer,
  	\`articles_id\` integer,
  	\`aspects_id\` integer,
  	\`categories_id\` integer,
  	\`editions_id\` integer,
  	\`requirements_id\` integer,
  	\`mapping_sets_id\` integer,
  	\`mappings_id\` integer,
  	\`users_id\` integer,
  	\`site_refresh_outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`standards_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aspects_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mapping_sets_id\`) REFERENCES \`mapping_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mappings_id\`) REFERENCES \`mappings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_refresh_outbox_id\`) REFERENCES \`site_refresh_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "standards_id", "comparisons_id", "articles_id", "aspects_id", "categories_id", "editions_id", "requirements_id", "mapping_sets_id", "mappings_id", "users_id", "site_refresh_outbox_id") SELECT "id", "order", "parent_id", "path", "standards_id", "comparisons_id", "articles_id", "aspects_id", "categories_id", "editions_id", "requirements_id", "mapping_sets_id", "mappings_id", "users_id", "site_refresh_outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_standards_id_idx\` ON \`payload_locked_documents_rels\` (\`standards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aspects_id_idx\` ON \`payload_locked_documents_rels\` (\`aspects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requirements_id_idx\` ON \`payload_locked_documents_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mapping_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`mapping_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mappings_id_idx\` ON \`payload_locked_documents_rels\` (\`mappings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_refresh_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`site_refresh_outbox_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`display_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contact_email\`;`)
}
