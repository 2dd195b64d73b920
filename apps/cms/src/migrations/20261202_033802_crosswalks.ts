import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editions_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_amendments_order_idx\` ON \`editions_amendments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_amendments_parent_id_idx\` ON \`editions_amendments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`standard_id\` integer NOT NULL,
  	\`slug\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`status\` text DEFAULT 'current' NOT NULL,
  	\`supersedes_id\` integer,
  	\`transition_deadline\` text,
  	\`text_licence\` text DEFAULT 'ids-only' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`standard_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_standard_idx\` ON \`editions\` (\`standard_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_slug_idx\` ON \`editions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`editions_status_idx\` ON \`editions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`editions_supersedes_idx\` ON \`editions\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_updated_at_idx\` ON \`editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_created_at_idx\` ON \`editions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`requirements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`ref_id\` text NOT NULL,
  	\`kind\` text,
  	\`parent_id\` integer,
  	\`title\` text,
  	\`summary\` text,
  	\`text\` text,
  	\`assessable\` integer DEFAULT true,
  	\`order\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`requirements_edition_idx\` ON \`requirements\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`requirements_parent_idx\` ON \`requirements\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`requirements_slug_idx\` ON \`requirements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`requirements_updated_at_idx\` ON \`requirements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`requirements_created_at_idx\` ON \`requirements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_refId_idx\` ON \`requirements\` (\`edition_id\`,\`ref_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_slug_idx\` ON \`requirements\` (\`edition_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`mapping_sets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`source_edition_id\` integer NOT NULL,
  	\`target_edition_id\` integer NOT NULL,
  	\`publisher\` text NOT NULL,
  	\`author\` text,
  	\`method\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`comprehensive\` integer DEFAULT false,
  	\`licence\` text,
  	\`source_url\` text,
  	\`reviewed_at\` text,
  	\`file_hash\` text,
  	\`covered_targets\` text,
  	\`covered_sources\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mapping_sets_slug_idx\` ON \`mapping_sets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mapping_sets_source_edition_idx\` ON \`mapping_sets\` (\`source_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`mapping_sets_target_edition_idx\` ON \`mapping_sets\` (\`target_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`mapping_sets_status_idx\` ON \`mapping_sets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mapping_sets_updated_at_idx\` ON \`mapping_sets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mapping_sets_created_at_idx\` ON \`mapping_sets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mappings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`set_id\` integer NOT NULL,
  	\`relationship\` text NOT NULL,
  	\`rationale\` text,
  	\`strength\` numeric,
  	\`gap_note\` text,
  	\`review_status\` text DEFAULT 'unreviewed' NOT NULL,
  	\`stale\` integer DEFAULT false,
  	\`reviewed_at\` text,
  	\`stale_reason\` text,
  	\`stale_since\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`set_id\`) REFERENCES \`mapping_sets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mappings_set_idx\` ON \`mappings\` (\`set_id\`);`)
  await db.run(sql`CREATE INDEX \`mappings_stale_idx\` ON \`mappings\` (\`stale\`);`)
  await db.run(sql`CREATE INDEX \`mappings_updated_at_idx\` ON \`mappings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mappings_created_at_idx\` ON \`mappings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mappings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`requirements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mappings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mappings_rels_order_idx\` ON \`mappings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mappings_rels_parent_idx\` ON \`mappings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mappings_rels_path_idx\` ON \`mappings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mappings_rels_requirements_id_idx\` ON \`mappings_rels\` (\`requirements_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editions_id\` integer REFERENCES editions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`requirements_id\` integer REFERENCES requirements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mapping_sets_id\` integer REFERENCES mapping_sets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mappings_id\` integer REFERENCES mappings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requirements_id_idx\` ON \`payload_locked_documents_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mapping_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`mapping_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mappings_id_idx\` ON \`payload_locked_documents_rels\` (\`mappings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editions_amendments\`;`)
  await db.run(sql`DROP TABLE \`editions\`;`)
  await db.run(sql`DROP TABLE \`requirements\`;`)
  await db.run(sql`DROP TABLE \`mapping_sets\`;`)
  await db.run(sql`DROP TABLE \`mappings\`;`)
  await db.run(sql`DROP TABLE \`mappings_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`users_id\` integer,
  	\`site_refresh_outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`standards_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aspects_id\`) REFERENCES \`aspects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_refresh_outbox_id\`) REFERENCES \`site_refresh_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "standards_id", "comparisons_id", "articles_id", "aspects_id", "categories_id", "users_id", "site_refresh_outbox_id") SELECT "id", "order", "parent_id", "path", "standards_id", "comparisons_id", "articles_id", "aspects_id", "categories_id", "users_id", "site_refresh_outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_standards_id_idx\` ON \`payload_locked_documents_rels\` (\`standards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aspects_id_idx\` ON \`payload_locked_documents_rels\` (\`aspects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_refresh_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`site_refresh_outbox_id\`);`)
}
