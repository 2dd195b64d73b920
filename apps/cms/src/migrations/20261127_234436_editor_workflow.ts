import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`standards_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`standards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`standards_previous_slugs_order_idx\` ON \`standards_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`standards_previous_slugs_parent_id_idx\` ON \`standards_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_standards_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_standards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_standards_v_version_previous_slugs_order_idx\` ON \`_standards_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_previous_slugs_parent_id_idx\` ON \`_standards_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_previous_slugs_order_idx\` ON \`articles_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_previous_slugs_parent_id_idx\` ON \`articles_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_previous_slugs_order_idx\` ON \`_articles_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_previous_slugs_parent_id_idx\` ON \`_articles_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor',
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
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`comparisons_aspect_overrides\` ADD \`basis\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons_aspect_overrides\` ADD \`accept\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`verdict_basis\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`verdict_accept\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v_version_aspect_overrides\` ADD \`basis\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v_version_aspect_overrides\` ADD \`accept\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_verdict_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_verdict_accept\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`standards_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_standards_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`articles_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_previous_slugs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
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
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`comparisons_aspect_overrides\` DROP COLUMN \`basis\`;`)
  await db.run(sql`ALTER TABLE \`comparisons_aspect_overrides\` DROP COLUMN \`accept\`;`)
  await db.run(sql`ALTER TABLE \`comparisons\` DROP COLUMN \`verdict_basis\`;`)
  await db.run(sql`ALTER TABLE \`comparisons\` DROP COLUMN \`verdict_accept\`;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v_version_aspect_overrides\` DROP COLUMN \`basis\`;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v_version_aspect_overrides\` DROP COLUMN \`accept\`;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` DROP COLUMN \`version_verdict_basis\`;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` DROP COLUMN \`version_verdict_accept\`;`)
}
