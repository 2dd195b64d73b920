/**
 * A write that fails part-way leaves nothing behind, on every adapter (issue 14): a failure is
 * injected after the main row (and its arrays and versions) is written, from an afterChange hook of
 * the collection, and the document must read as before (update) or not exist (create).
 */
import type { CollectionAfterChangeHook, CollectionSlug, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed/seed'
import { writeBundle } from '../src/crosswalk/write-bundle'
import { smallBundle } from './crosswalk-fixtures'
import { adapters, bootPayload, shutdown, standardData } from './helpers'

const CONTENT: CollectionSlug[] = ['standards', 'comparisons', 'articles', 'aspects', 'categories', 'editions', 'requirements', 'mapping-sets', 'mappings']

class InjectedFailure extends Error {}

/** Fails the write it runs in when the operation's context asks for it: after the main row is written. */
const failWhenAsked: CollectionAfterChangeHook = ({ context, doc }) => {
  if (context.failAfterWrite) throw new InjectedFailure('injected after the main row')
  return doc
}

/** A top-level text field an update can change freely (not unique, not the slug). */
function freeTextField(fields: FlattenedField[]): string | undefined {
  const field = fields.find(
    (f) => (f.type === 'text' || f.type === 'textarea') && 'name' in f && f.name !== 'slug' && !('unique' in f && f.unique) && !f.hooks?.beforeChange?.length,
  )
  return field && 'name' in field ? field.name : undefined
}

// The MongoDB stand-in, like a standalone MongoDB, has no transactions: there a failed write keeps
// what it wrote (docs/deploy.md: production MongoDB must be a replica set). Set MONGODB_URI to a
// replica set to run these on real MongoDB.
const withTransactions = adapters().filter((adapter) => {
  if (adapter.name !== 'mongodb-standin') return true
  console.warn('atomic-writes: skipped on the MongoDB stand-in, which has no transactions (a standalone server has none either).')
  return false
})

describe.each(withTransactions)('atomic writes on $name', (adapter) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'atomic')
    payload.logger.level = 'fatal'
    await seed(payload)
    await writeBundle(payload, smallBundle())
    for (const slug of CONTENT) {
      const hooks = payload.collections[slug].config.hooks
      hooks.afterChange = [...(hooks.afterChange ?? []), failWhenAsked]
    }
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it.each(CONTENT)('an update of %s that fails after its row is written changes nothing', async (slug) => {
    const field = freeTextField(payload.collections[slug].config.flattenedFields)
    expect(field, `${slug} has a free text field`).toBeDefined()
    const { docs } = await payload.find({ collection: slug, limit: 1, depth: 0, draft: true })
    const before = docs[0] as unknown as Record<string, unknown>
    expect(before, `${slug} has documents`).toBeDefined()
    await expect(
      payload.update({ collection: slug, id: before.id as never, data: { [field!]: 'changed by a write that fails' } as never, context: { failAfterWrite: true } }),
    ).rejects.toBeInstanceOf(InjectedFailure)
    const after = (await payload.findByID({ collection: slug, id: before.id as never, depth: 0, draft: true })) as unknown as Record<string, unknown>
    expect(after[field!]).toEqual(before[field!])
    expect(after.updatedAt).toEqual(before.updatedAt)
  })

  it('a create that fails after its row is written leaves no row, no version and no slug taken', async () => {
    const category = (await payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs[0]!
    const count = async () => ({
      standards: (await payload.count({ collection: 'standards' })).totalDocs,
      versions: (await payload.countVersions({ collection: 'standards' })).totalDocs,
      categories: (await payload.count({ collection: 'categories' })).totalDocs,
    })
    const before = await count()
    const data = standardData({ shortName: 'Half Written', slug: 'half-written', category: category.id })
    await expect(payload.create({ collection: 'standards', data, context: { failAfterWrite: true } })).rejects.toBeInstanceOf(InjectedFailure)
    await expect(
      payload.create({ collection: 'categories', data: { name: 'Half category', slug: 'half-category' } as never, context: { failAfterWrite: true } }),
    ).rejects.toBeInstanceOf(InjectedFailure)
    expect(await count()).toEqual(before)
    expect((await payload.create({ collection: 'standards', data })).slug).toBe('half-written')
  })
})
