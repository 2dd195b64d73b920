/**
 * Every lookup the site and the admin make has an index on both adapters: on
 * SQLite as the migrations build it (the production path, not a pushed
 * schema), on MongoDB as the adapter builds it at connect (`ensureIndexes`).
 * The lookups come from apps/web/src/lib/cms/requests.ts (`where` by slug,
 * pair key and `_status`; sorts by slug, pair key, order, name, publishedAt)
 * and from the CMS's hooks (`where` by category, standardA / standardB,
 * pairKey, slug; sorts by title and shortName).
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { migrations } from '../src/migrations'
import { adapters, runMigrations, shutdown } from './helpers'
import type { AdapterCase } from './helpers'

interface Lookup {
  collection: string
  field: string
  unique?: boolean
}

const LOOKUPS: Lookup[] = [
  { collection: 'standards', field: 'slug', unique: true },
  { collection: 'standards', field: '_status' },
  { collection: 'standards', field: 'category' },
  { collection: 'standards', field: 'shortName' },
  { collection: 'comparisons', field: 'pairKey', unique: true },
  { collection: 'comparisons', field: '_status' },
  { collection: 'comparisons', field: 'standardA' },
  { collection: 'comparisons', field: 'standardB' },
  { collection: 'comparisons', field: 'title' },
  { collection: 'articles', field: 'slug', unique: true },
  { collection: 'articles', field: '_status' },
  { collection: 'articles', field: 'publishedAt' },
  { collection: 'aspects', field: 'slug', unique: true },
  { collection: 'aspects', field: 'order' },
  { collection: 'categories', field: 'slug', unique: true },
  { collection: 'categories', field: 'name' },
  { collection: 'users', field: 'email', unique: true },
]

/** Draft reads and the Versions tab look versions up by document and by "latest". */
const VERSION_LOOKUPS = ['standards', 'comparisons', 'articles'].flatMap((collection) => [
  { collection, field: 'parent' },
  { collection, field: 'latest' },
])

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
const relationColumns = new Set(['category', 'standardA', 'standardB', 'parent'])
const sqliteColumn = (field: string) => `${snake(field)}${relationColumns.has(field) ? '_id' : ''}`

interface IndexInfo {
  /** Indexed fields (SQLite columns, MongoDB key paths), in order. */
  keys: string[]
  unique: boolean
}

async function sqliteIndexes(payload: Payload, table: string): Promise<IndexInfo[]> {
  const db = payload.db.drizzle as unknown as { all<T>(query: ReturnType<typeof sql>): Promise<T[]> }
  const list = await db.all<{ name: string; unique: number }>(sql.raw(`PRAGMA index_list(\`${table}\`)`))
  return Promise.all(
    list.map(async ({ name, unique }) => {
      const columns = await db.all<{ name: string }>(sql.raw(`PRAGMA index_info(\`${name}\`)`))
      return { keys: columns.map((column) => column.name), unique: unique === 1 }
    }),
  )
}

interface MongoIndex {
  key: Record<string, number>
  unique?: boolean
}

async function mongoIndexes(payload: Payload, collection: string): Promise<IndexInfo[]> {
  const connection = (payload.db as unknown as {
    connection: { db: { collection(name: string): { listIndexes(): { toArray(): Promise<MongoIndex[]> } } } }
  }).connection
  const indexes = await connection.db.collection(collection).listIndexes().toArray()
  return indexes.map((index) => ({ keys: Object.keys(index.key), unique: index.unique === true }))
}

describe.each(adapters())('indexes on $name', (adapter: AdapterCase) => {
  let payload: Payload
  const sqlite = adapter.name === 'sqlite'

  beforeAll(async () => {
    const config = createConfig({ databaseURI: adapter.databaseURI('indexes'), schema: sqlite ? 'none' : 'auto' })
    payload = await getPayload({ config, key: `indexes-${adapter.name}-${Math.random().toString(36).slice(2)}` })
    if (sqlite) {
      await runMigrations(payload, migrations)
    }
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  /** The indexes of a collection (or its versions), keyed by the field name as this adapter stores it. */
  async function indexesOf(collection: string, versions: boolean): Promise<IndexInfo[]> {
    if (sqlite) return sqliteIndexes(payload, versions ? `_${collection}_v` : collection)
    const model = versions
      ? (payload.db as unknown as { versions: Record<string, { collection: { name: string } }> }).versions[collection]
      : (payload.db as unknown as { collections: Record<string, { collection: { name: string } }> }).collections[collection]
    if (!model) throw new Error(`no MongoDB model for ${collection}`)
    return mongoIndexes(payload, model.collection.name)
  }

  it.each(LOOKUPS)('$collection.$field is indexed', async ({ collection, field, unique }) => {
    const key = sqlite ? sqliteColumn(field) : field
    const indexes = await indexesOf(collection, false)
    const leading = indexes.filter((index) => index.keys[0] === key)
    expect(leading, `${collection} indexes: ${JSON.stringify(indexes)}`).not.toHaveLength(0)
    if (unique) expect(leading.some((index) => index.unique)).toBe(true)
  })

  it.each(VERSION_LOOKUPS)('versions of $collection are indexed by $field', async ({ collection, field }) => {
    const key = sqlite ? sqliteColumn(field) : field
    const indexes = await indexesOf(collection, true)
    expect(indexes.some((index) => index.keys[0] === key), JSON.stringify(indexes)).toBe(true)
  })

  // The application refuses duplicates with its own message on every adapter (integrity.int.spec.ts); underneath,
  // SQLite and a real MongoDB hold the unique index too, so a write that bypasses the hooks is refused as well.
  // The stand-in lists unique indexes but does not enforce them.
  it.skipIf(adapter.name === 'mongodb-standin')('the database itself refuses a duplicate slug written past the hooks', async () => {
    const data = { name: 'Twice', slug: 'twice' }
    await payload.db.create({ collection: 'categories', data })
    await expect(payload.db.create({ collection: 'categories', data })).rejects.toThrow()
    expect((await payload.db.count({ collection: 'categories', where: { slug: { equals: 'twice' } } })).totalDocs).toBe(1)
  })
})
