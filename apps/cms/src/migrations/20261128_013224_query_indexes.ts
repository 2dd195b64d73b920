import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`standards_short_name_idx\` ON \`standards\` (\`short_name\`);`)
  await db.run(sql`CREATE INDEX \`_standards_v_version_version_short_name_idx\` ON \`_standards_v\` (\`version_short_name\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_title_idx\` ON \`comparisons\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_title_idx\` ON \`_comparisons_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`aspects_order_idx\` ON \`aspects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`categories_name_idx\` ON \`categories\` (\`name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`standards_short_name_idx\`;`)
  await db.run(sql`DROP INDEX \`_standards_v_version_version_short_name_idx\`;`)
  await db.run(sql`DROP INDEX \`comparisons_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_comparisons_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`aspects_order_idx\`;`)
  await db.run(sql`DROP INDEX \`categories_name_idx\`;`)
}
