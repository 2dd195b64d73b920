import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { migrations } from '../migrations'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** `DATA_DIR`, else `<repo root>/.data`; created when missing. */
export function dataDir(): string {
  const dir = path.resolve(process.env.DATA_DIR || path.join(repoRoot, '.data'))
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

export function isMongoURI(uri: string): boolean {
  return uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')
}

/**
 * The SQLite file when `DATABASE_URI` names none. Production (and the seed,
 * run with NODE_ENV=production) uses the migrated `versus.db`; `next dev` a
 * separate, schema-pushed `versus-dev.db`, so the two never mix.
 */
export function defaultSQLiteURI(production = process.env.NODE_ENV === 'production'): string {
  return `file:${path.join(dataDir(), production ? 'versus.db' : 'versus-dev.db')}`
}

/**
 * `mongodb://` / `mongodb+srv://` selects MongoDB; anything else is SQLite
 * (`file:…`, or the default file above). IDs are numbers on SQLite and
 * strings on MongoDB: code compares them as strings.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): Config['db'] {
  const url = uri?.trim() || defaultSQLiteURI()
  if (isMongoURI(url)) return mongooseAdapter({ url })

  const production = process.env.NODE_ENV === 'production'
  return sqliteAdapter({
    client: { url },
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations'),
    push: !production,
    prodMigrations: migrations,
  })
}
