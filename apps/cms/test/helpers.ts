import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { createConfig } from '../src/config'
import { atomicMigrations } from '../src/db/atomic-migrations'
import type { Migration } from '../src/db/atomic-migrations'
import { exportContent, serializeFile } from '../src/transfer/export'

export interface AdapterCase {
  name: 'sqlite' | 'mongodb-standin' | 'mongodb'
  /** A fresh, empty database for one suite. */
  databaseURI: (label: string) => string
}

function uniqueName(label: string): string {
  return `versus_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
}

function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

/** Every database the suites can run on here: SQLite always, MongoDB when available. */
export function adapters(): AdapterCase[] {
  const cases: AdapterCase[] = [
    {
      name: 'sqlite',
      databaseURI: (label) =>
        `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), `versus-cms-${label}-`)), 'test.db')}`,
    },
  ]
  const standin = inject('mongoStandinURI')
  if (standin) cases.push({ name: 'mongodb-standin', databaseURI: (label) => withDatabase(standin, uniqueName(label)) })
  const real = process.env.MONGODB_URI
  if (real) cases.push({ name: 'mongodb', databaseURI: (label) => withDatabase(real, uniqueName(label)) })
  return cases
}

export async function bootPayload(adapter: AdapterCase, label: string): Promise<Payload> {
  const config = createConfig({ databaseURI: adapter.databaseURI(label) })
  return getPayload({ config, key: `${label}-${adapter.name}-${Math.random().toString(36).slice(2)}` })
}

export async function shutdown(payload: Payload | undefined, adapter: AdapterCase): Promise<void> {
  if (!payload) return
  if (adapter.name !== 'sqlite') {
    const connection = (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection
    await connection?.dropDatabase().catch(() => undefined)
  }
  await payload.destroy()
}

/** The field messages of the ValidationError `run` throws (fails the test when it does not throw). */
export async function validationMessages(run: () => Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await run()
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (!errors) throw error
    return errors.map(({ path, message }) => ({ path, message }))
  }
  throw new Error('Expected a validation error, but the operation succeeded.')
}

/** A standard that passes every validation; override what a test needs. */
export function standardData(overrides: Record<string, unknown> & { shortName: string; category: unknown }) {
  return {
    officialTitle: `${overrides.shortName} official title`,
    editionYear: 2022,
    legalNature: 'certifiable-standard',
    obligation: 'voluntary',
    jurisdiction: 'International',
    publisher: 'ISO/IEC',
    tagline: 'A test standard.',
    costBand: 2,
    complexity: 'medium',
    implementationMonths: { min: 3, max: 12 },
    keyFeatures: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }],
    sources: [{ label: 'Publisher', url: 'https://example.org/standard' }],
    _status: 'published',
    ...overrides,
  } as never
}

/**
 * Create data that leaves out what the CMS fills in itself (a slug derived
 * from the title, a user's role): the generated types call those required.
 */
export function incomplete(data: Record<string, unknown>): never {
  return data as never
}

/**
 * Runs SQLite migrations the way production does (each in one transaction),
 * on a Payload booted with `schema: 'none'`. Migrations already recorded in
 * the database are skipped, as `payload migrate` does.
 */
export async function runMigrations(payload: Payload, list: readonly Migration[]): Promise<void> {
  type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']
  await payload.db.migrate({ migrations: atomicMigrations(list) as unknown as Migrations })
}

/** Payload on the migrated SQLite database a `DATA_DIR` holds (what `npm run seed` / `npm start` use), without migrating it. */
export async function openDataDir(dataDir: string): Promise<Payload> {
  const config = createConfig({ databaseURI: `file:${path.join(dataDir, 'versus.db')}`, schema: 'none' })
  return getPayload({ config, key: `data-dir-${Math.random().toString(36).slice(2)}` })
}

/**
 * SHA-256 of a history export (every document, relation, version, override).
 * Without `timestamps`, every `createdAt` / `updatedAt` is left out, so two
 * runs of the same writes at different times hash the same.
 */
export async function contentHash(payload: Payload, options: { timestamps: boolean }): Promise<string> {
  const { file } = await exportContent(payload, { history: true })
  const text = options.timestamps
    ? serializeFile(file)
    : JSON.stringify(file, (key, value: unknown) => (key === 'createdAt' || key === 'updatedAt' ? undefined : value))
  return createHash('sha256').update(text).digest('hex')
}
