import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { beginWriteTransaction } from './transaction'

export interface Migration {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}

interface SQLiteInternals {
  client: { execute(statement: string): Promise<unknown> }
  sessions: Record<string, { db: MigrateUpArgs['db'] } | undefined>
}

/**
 * Runs each SQLite migration, and the row that records it in
 * `payload_migrations`, in one transaction, so a process killed part-way
 * (`npm run seed`, `next start` migrate on boot) leaves the database as it was
 * before that migration and the next start simply runs it again. Payload runs
 * SQLite migrations without one when the adapter has transactions off, as ours
 * does for ordinary requests.
 *
 * Foreign keys are switched off first, as the generated table rebuilds expect
 * (`PRAGMA foreign_keys` is a no-op inside a transaction: left on, dropping a
 * rebuilt table would cascade into the rows that point at it). The transaction
 * gets the connection the pragma ran on, and libsql opens a fresh one for
 * everything else. Before committing, `PRAGMA foreign_key_check` must come back
 * empty.
 */
export function atomicMigrations(migrations: readonly Migration[]): Migration[] {
  return migrations.map((migration) => ({
    ...migration,
    up: async (args) => {
      const { payload, req } = args
      // Payload stores the (awaited) result of its own attempt to open one: null for our SQLite adapter.
      if (await req.transactionID) return migration.up(args)
      const internals = payload.db as unknown as SQLiteInternals
      await internals.client.execute('PRAGMA foreign_keys=OFF')
      const id = await beginWriteTransaction(payload as Payload)
      const db = id === null ? undefined : internals.sessions[String(id)]?.db
      if (id === null || !db) throw new Error(`Could not open a transaction for migration ${migration.name}.`)
      // runMigrationFile records the migration with this req, then commits (or rolls back) it.
      req.transactionID = id
      await migration.up({ ...args, db })
      const broken = await db.all(sql`PRAGMA foreign_key_check`)
      if (broken.length > 0) {
        throw new Error(`Migration ${migration.name} left ${broken.length} rows pointing at missing rows: ${JSON.stringify(broken.slice(0, 5))}`)
      }
    },
  }))
}
