import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as content from '../src/seed/content'
import { seed } from '../src/seed/seed'
import { adapters, bootPayload, shutdown } from './helpers'

const collections = ['categories', 'aspects', 'standards', 'comparisons', 'articles', 'users'] as const

async function snapshot(payload: Payload) {
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection] = (await payload.count({ collection })).totalDocs
  }
  for (const collection of ['standards', 'comparisons', 'articles'] as CollectionSlug[]) {
    counts[`${collection} versions`] = (await payload.findVersions({ collection, limit: 1, depth: 0 })).totalDocs
  }
  return counts
}

describe.each(adapters())('seed on $name', (adapter) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'seed')
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('creates the demo content, published, and no users', async () => {
    const report = await seed(payload)
    expect(report.standards).toEqual({ created: content.standards.length, updated: 0, unchanged: 0 })
    expect(report.comparisons?.created).toBe(content.comparisons.length)

    const counts = await snapshot(payload)
    expect(counts).toMatchObject({
      categories: content.categories.length,
      aspects: content.aspects.length,
      standards: content.standards.length,
      comparisons: content.comparisons.length,
      articles: content.articles.length,
      users: 0,
    })

    const visible = await payload.find({ collection: 'standards', overrideAccess: false, limit: 0 })
    expect(visible.totalDocs).toBe(content.standards.length)

    const first = content.standards.find((standard) => standard.related.length > 0)!
    const { docs } = await payload.find({
      collection: 'standards',
      where: { slug: { equals: first.slug } },
      depth: 1,
    })
    const stored = docs[0]!
    expect(stored._status).toBe('published')
    expect(stored.related?.map((row) => (typeof row.standard === 'object' ? row.standard.slug : null))).toEqual(
      first.related.map((row) => row.standard),
    )
    expect(stored.whatItIs?.root.children.length).toBe(first.whatItIs.length)

    const site = await payload.findGlobal({ slug: 'site' })
    expect(site.siteName).toBe(content.site.siteName)
  })

  it('changes nothing when run again', async () => {
    const before = await snapshot(payload)
    const report = await seed(payload)
    for (const counts of Object.values(report)) {
      expect(counts).toMatchObject({ created: 0, updated: 0 })
    }
    expect(await snapshot(payload)).toEqual(before)
  })
})
