/**
 * Upgrading a database an earlier release made loses nothing. For every
 * earlier release (the migrations up to each one), the test builds that
 * release's database — its schema by running exactly its migrations, its
 * content copied, table by table and column by column, from a database of the
 * current release holding seeded and edited content, users, a session and
 * admin preferences — then runs the remaining migrations the way production
 * does and checks that every row is still there with the same values, every
 * document is reachable through the Local API, users still sign in, and (from
 * the release just before this one) the content exports byte for byte as it
 * was written.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { migrations } from '../src/migrations'
import { exportContent, serializeFile } from '../src/transfer/export'
import { editorialHistory } from './editorial-history'
import { incomplete, runMigrations } from './helpers'

type Row = Record<string, unknown>

interface SQLiteDB {
  all<T = Row>(query: ReturnType<typeof sql.raw>): Promise<T[]>
  run(query: ReturnType<typeof sql.raw>): Promise<unknown>
}

const dbOf = (payload: Payload) => payload.db.drizzle as unknown as SQLiteDB
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function bootMigratedTo(file: string, count: number): Promise<Payload> {
  const config = createConfig({ databaseURI: `file:${file}`, schema: 'none' })
  const payload = await getPayload({ config, key: `migrations-${path.basename(file)}-${Math.random().toString(36).slice(2)}` })
  await runMigrations(payload, migrations.slice(0, count))
  return payload
}

async function tables(db: SQLiteDB): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    sql.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`),
  )
  return rows.map((row) => row.name)
}

async function columns(db: SQLiteDB, table: string): Promise<string[]> {
  return (await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(${quote(table)})`))).map((row) => row.name)
}

/** Every row of every table but Payload's own migration log, by table, sorted by all columns. */
async function contentRows(db: SQLiteDB): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>()
  for (const table of await tables(db)) {
    if (table === 'payload_migrations') continue
    const rows = await db.all(sql.raw(`SELECT * FROM ${quote(table)}`))
    out.set(table, rows.map((row) => ({ ...row })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)))
  }
  return out
}

/** The rows as they were, limited to the columns they had: what is still there must match them exactly. */
function project(rows: Row[], keep: string[]): string[] {
  return rows.map((row) => JSON.stringify(keep.map((column) => row[column]))).sort()
}

describe('migrating a database made by an earlier release', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versus-migrations-'))
  const currentFile = path.join(dir, 'current.db')
  let current: Payload
  let currentExport: string
  const password = 'migration-test-password-1'

  beforeAll(async () => {
    current = await bootMigratedTo(currentFile, migrations.length)
    await editorialHistory(current)
    const admin = await current.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password, name: 'Ada' }) })
    await current.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password, name: 'Ed' }) })
    await current.login({ collection: 'users', data: { email: 'admin@example.test', password } })
    await current.create({
      collection: 'payload-preferences',
      data: { key: 'collection-standards', value: { limit: 25 }, user: { relationTo: 'users', value: admin.id } },
      // The field takes its value from the signed-in user, as in the admin.
      user: { ...admin, collection: 'users' },
    })
    currentExport = serializeFile((await exportContent(current, { history: true })).file)
  })

  afterAll(async () => {
    await current?.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('the fixture holds what a migration could lose: sessions, preferences, versions, previous slugs', async () => {
    const rows = await contentRows(dbOf(current))
    for (const table of ['users_sessions', 'payload_preferences_rels', '_standards_v', 'standards_previous_slugs', 'comparisons_aspect_overrides']) {
      expect(rows.get(table)?.length ?? 0, table).toBeGreaterThan(0)
    }
  })

  const releases = migrations.slice(0, -1).map((migration, index) => ({ release: migration.name, count: index + 1 }))

  it.each(releases)('from the release whose last migration is $release', async ({ release, count }) => {
    const file = path.join(dir, `${release}.db`)
    const previous = await bootMigratedTo(file, count)
    try {
      const db = dbOf(previous)
      // That release's database: its own schema, the current content in every column it had.
      await db.run(sql.raw(`ATTACH DATABASE '${currentFile.replace(/'/g, "''")}' AS source`))
      await db.run(sql.raw('PRAGMA foreign_keys=OFF'))
      let sameColumns = (await tables(db)).length === (await tables(dbOf(current))).length
      for (const table of await tables(db)) {
        if (table === 'payload_migrations') continue
        const sourceColumns = new Set(
          (await db.all<{ name: string }>(sql.raw(`PRAGMA source.table_info(${quote(table)})`))).map((row) => row.name),
        )
        expect(sourceColumns.size, `${table} exists in the current schema`).toBeGreaterThan(0)
        const own = await columns(db, table)
        if (own.length !== sourceColumns.size) sameColumns = false
        const shared = own.filter((column) => sourceColumns.has(column)).map(quote).join(', ')
        await db.run(sql.raw(`INSERT INTO ${quote(table)} (${shared}) SELECT ${shared} FROM source.${quote(table)}`))
      }
      await db.run(sql.raw('PRAGMA foreign_keys=ON'))
      await db.run(sql.raw('DETACH DATABASE source'))
      const before = await contentRows(db)
      expect(before.get('standards')?.length).toBeGreaterThan(0)

      await runMigrations(previous, migrations)
      const applied = await db.all<{ name: string }>(sql.raw('SELECT name FROM payload_migrations ORDER BY name'))
      expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name).sort())

      // Every row of every table, with the values it had in every column it had.
      const after = await contentRows(db)
      for (const [table, rows] of before) {
        const kept = Object.keys(rows[0] ?? {})
        expect(project(after.get(table) ?? [], kept), `${table}: rows lost or changed`).toEqual(project(rows, kept))
      }

      // Every document reachable as the admin and the site reach it.
      for (const collection of ['categories', 'aspects', 'standards', 'comparisons', 'articles', 'users'] as CollectionSlug[]) {
        const ids = (before.get(collection) ?? []).map((row) => row.id as number)
        for (const id of ids) {
          const doc = await previous.findByID({ collection, id, draft: true, depth: 1 })
          expect(doc.id, `${collection} ${id}`).toBe(id)
        }
        expect((await previous.count({ collection })).totalDocs).toBe(ids.length)
      }
      for (const row of before.get('standards') ?? []) {
        if (row._status !== 'published') continue
        const { docs } = await previous.find({
          collection: 'standards',
          where: { and: [{ slug: { equals: row.slug } }, { _status: { equals: 'published' } }] },
          overrideAccess: false,
          depth: 0,
        })
        expect(docs.map((doc) => doc.id), `published standard ${String(row.slug)}`).toEqual([row.id])
      }
      const login = await previous.login({ collection: 'users', data: { email: 'admin@example.test', password } })
      expect(login.user?.role).toBe('admin')

      if (sameColumns) {
        // The later migrations changed no columns (only indexes): the content exports byte for byte.
        expect(serializeFile((await exportContent(previous, { history: true })).file) === currentExport).toBe(true)
      }
    } finally {
      await previous.destroy()
    }
  })
})
