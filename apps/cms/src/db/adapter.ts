import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { migrations } from '../migrations'
import { atomicMigrations } from './atomic-migrations'
import { withCommitHooks } from './commit-hooks'

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

export interface AdapterOptions {
  /**
   * SQLite only. `'auto'` (the default): push the schema in development, run
   * every migration on boot in production. `'none'`: neither, so a caller
   * (the migration test) runs `payload.db.migrate()` itself.
   */
  schema?: 'auto' | 'none'
}

/**
 * `mongodb://` / `mongodb+srv://` selects MongoDB; anything else is SQLite
 * (`file:…`, or the default file above). IDs are numbers on SQLite and
 * strings on MongoDB: code compares them as strings.
 *
 * MongoDB: every index the collections declare (`index`, `unique`) is built
 * before the first request (`ensureIndexes`), not left to Mongoose's
 * background build. Transactions are on when the server is a replica set (the
 * adapter looks for `replicaSet` in the connection options, which a
 * `mongodb+srv://` address supplies, else add `?replicaSet=<name>`); on a
 * standalone server the adapter turns them off by itself and writes run
 * one by one. On SQLite the content collections' writes run in one
 * transaction each (hooks/writeInTransaction.ts, db/commit-hooks.ts). A transaction's writes are acknowledged by a majority of the
 * set, so a commit survives a failover.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI, options: AdapterOptions = {}): Config['db'] {
  const url = uri?.trim() || defaultSQLiteURI()
  if (isMongoURI(url)) {
    return withCommitHooks(
      mongooseAdapter({
        url,
        ensureIndexes: true,
        transactionOptions: { writeConcern: { w: 'majority' }, readConcern: { level: 'majority' } },
      }),
    )
  }

  const production = process.env.NODE_ENV === 'production'
  const managed = options.schema !== 'none'
  // Transactions take turns through a write lock, and commits run what waits for them (db/commit-hooks.ts).
  return withCommitHooks(
    sqliteAdapter({
      client: { url },
      migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations'),
      push: managed && !production,
      prodMigrations: managed ? atomicMigrations(migrations) : undefined,
    }),
  )
}
