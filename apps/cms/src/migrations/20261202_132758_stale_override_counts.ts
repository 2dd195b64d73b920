import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshStaleCounts } from '../lib/stale-counts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`stale_overrides\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`comparisons_stale_overrides_idx\` ON \`comparisons\` (\`stale_overrides\`);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_stale_overrides\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_stale_overrides_idx\` ON \`_comparisons_v\` (\`version_stale_overrides\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`comparisons_stale_overrides_idx\`;`)
  await db.run(sql`ALTER TABLE \`comparisons\` DROP COLUMN \`stale_overrides\`;`)
  await db.run(sql`DROP INDEX \`_comparisons_v_version_version_stale_overrides_idx\`;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` DROP COLUMN \`version_stale_overrides\`;`)
}
