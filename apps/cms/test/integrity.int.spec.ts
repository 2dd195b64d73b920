import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Aspect, Category, Comparison, Standard } from '../src/payload-types'
import { adapters, bootPayload, incomplete, shutdown, standardData, validationMessages } from './helpers'

/** The status and message of the error `run` throws (fails the test when it does not throw). */
async function refusal(run: () => Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await run()
  } catch (error) {
    // The name is what Payload's REST answer keys on to show the message (see lib/in-use.ts).
    const { name, status, message } = error as Error & { status?: number }
    return { name, status, message }
  }
  throw new Error('Expected the operation to be refused, but it succeeded.')
}

const slugsOf = (doc: { previousSlugs?: { slug: string }[] | null }) => (doc.previousSlugs ?? []).map((row) => row.slug)
const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value))

describe.each(adapters())('integrity on $name', (adapter) => {
  let payload: Payload
  let security: Category
  let privacy: Category
  let scope: Aspect
  let industry: Aspect
  let penalties: Aspect
  let iso27001: Standard
  let iso27002: Standard
  let nis2: Standard
  // A fresh object each time: Payload keeps per-operation state in the context it is given.
  const silent = () => ({ disableRevalidate: true })

  const createStandard = (shortName: string, overrides: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'standards',
      data: standardData({ shortName, category: security.id, ...overrides }),
      context: silent(),
    })
  const compare = (a: Standard, b: Standard, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'comparisons',
      data: { standardA: a.id, standardB: b.id, _status: status },
      draft: status === 'draft',
      context: silent(),
    })

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'integrity')
    security = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' }, context: silent() })
    privacy = await payload.create({ collection: 'categories', data: { name: 'Privacy', slug: 'privacy' }, context: silent() })
    scope = await payload.create({ collection: 'aspects', data: { name: 'Scope', slug: 'scope', order: 10 }, context: silent() })
    industry = await payload.create({
      collection: 'aspects',
      data: { name: 'Industry', slug: 'industry', order: 20 },
      context: silent(),
    })
    penalties = await payload.create({
      collection: 'aspects',
      data: { name: 'Penalties', slug: 'penalties', order: 30 },
      context: silent(),
    })
    iso27001 = await createStandard('ISO 27001', {
      aspectValues: [
        { aspect: scope.id, value: 'Information security' },
        { aspect: industry.id, value: 'Any' },
        { aspect: penalties.id, value: 'None' },
      ],
    })
    iso27002 = await createStandard('ISO 27002')
    nis2 = await createStandard('NIS2', { legalNature: 'directive', obligation: 'mandatory' })
    await compare(iso27001, iso27002)
    await compare(nis2, iso27001)
    await compare(iso27002, nis2, 'draft')
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  describe('deleting what others use', () => {
    it('refuses to delete a standard that comparisons use, naming them and their status', async () => {
      expect(await refusal(() => payload.delete({ collection: 'standards', id: iso27001.id }))).toEqual({
        name: 'InUseError',
        status: 409,
        message:
          'ISO 27001 is used by 2 comparisons: ISO 27001 vs ISO 27002 (published), NIS2 vs ISO 27001 (published). ' +
          'Unpublish and delete those comparisons first.',
      })
      // A draft comparison counts too.
      expect((await refusal(() => payload.delete({ collection: 'standards', id: iso27002.id }))).message).toBe(
        'ISO 27002 is used by 2 comparisons: ISO 27001 vs ISO 27002 (published), ISO 27002 vs NIS2 (draft). ' +
          'Unpublish and delete those comparisons first.',
      )
      const still = await payload.findByID({ collection: 'standards', id: iso27001.id, depth: 0 })
      expect(still.slug).toBe('iso-27001')
    })

    it('refuses the same through a delete by query, and deletes the standard once its comparisons are gone', async () => {
      const lonely = await createStandard('Lonely')
      const partner = await createStandard('Partner')
      const comparison = await compare(lonely, partner)
      const result = await payload.delete({ collection: 'standards', where: { slug: { equals: 'lonely' } } })
      expect(result.docs).toHaveLength(0)
      expect(result.errors.map((e) => e.message)).toEqual([
        'Lonely is used by 1 comparison: Lonely vs Partner (published). Unpublish and delete those comparisons first.',
      ])

      await payload.delete({ collection: 'comparisons', id: comparison.id, context: silent() })
      await payload.delete({ collection: 'standards', id: lonely.id, context: silent() })
      const { totalDocs } = await payload.count({ collection: 'standards', where: { slug: { equals: 'lonely' } } })
      expect(totalDocs).toBe(0)
    })

    it('refuses to delete a category that standards use, and deletes an unused one', async () => {
      expect(await refusal(() => payload.delete({ collection: 'categories', id: security.id }))).toEqual({
        name: 'InUseError',
        status: 409,
        message: expect.stringMatching(
          /^Security is used by \d+ standards: ISO 27001 \(published\), ISO 27002 \(published\), NIS2 \(published\), Partner \(published\)\. Move those standards to another category first\.$/,
        ) as unknown as string,
      })
      await payload.delete({ collection: 'categories', id: privacy.id, context: silent() })
      expect(await payload.count({ collection: 'categories' })).toEqual({ totalDocs: 1 })
    })

    it('deleting an aspect drops only its rows: the other values stay, in order', async () => {
      const overridden = await payload.update({
        collection: 'comparisons',
        where: { title: { equals: 'ISO 27001 vs ISO 27002' } },
        data: {
          aspectOverrides: [
            { aspect: industry.id, side: 'a', value: 'Override industry' },
            { aspect: penalties.id, side: 'b', value: 'Override penalties' },
          ],
        },
        context: silent(),
      })
      expect(overridden.errors).toEqual([])

      await payload.delete({ collection: 'aspects', id: industry.id, context: silent() })

      const known = new Set([String(scope.id), String(penalties.id)])
      const standard = await payload.findByID({ collection: 'standards', id: iso27001.id, depth: 0 })
      // SQLite sets the relation to null; MongoDB keeps the dangling id. Either way the row names no aspect.
      const values = (standard.aspectValues ?? []).filter((row) => row.aspect && known.has(idOf(row.aspect)))
      expect(values.map((row) => [idOf(row.aspect), row.value])).toEqual([
        [String(scope.id), 'Information security'],
        [String(penalties.id), 'None'],
      ])
      for (const row of standard.aspectValues ?? []) {
        if (!values.includes(row)) expect(row.aspect === null || idOf(row.aspect) === String(industry.id)).toBe(true)
      }

      const comparison = (
        await payload.find({ collection: 'comparisons', where: { title: { equals: 'ISO 27001 vs ISO 27002' } }, depth: 0 })
      ).docs[0] as Comparison
      const overrides = (comparison.aspectOverrides ?? []).filter((row) => row.aspect && known.has(idOf(row.aspect)))
      expect(overrides.map((row) => [idOf(row.aspect), row.side, row.value])).toEqual([
        [String(penalties.id), 'b', 'Override penalties'],
      ])

      // Depth 1, as the site reads it: the deleted aspect never comes back populated.
      const populated = await payload.findByID({ collection: 'standards', id: iso27001.id, depth: 1 })
      const names = (populated.aspectValues ?? []).map((row) => (row.aspect && typeof row.aspect === 'object' ? row.aspect.slug : null))
      expect(names.filter(Boolean)).toEqual(['scope', 'penalties'])
    })
  })

  describe('previous slugs', () => {
    it('keeps every earlier slug of a standard, once, and never the current one', async () => {
      const doc = await createStandard('Renamed', { slug: 'first' })
      expect(slugsOf(doc)).toEqual([])
      const rename = (slug: string) =>
        payload.update({ collection: 'standards', id: doc.id, data: { slug }, context: silent() })

      expect(slugsOf(await rename('second'))).toEqual(['first'])
      expect(slugsOf(await rename('third'))).toEqual(['first', 'second'])
      // Back to an earlier name: it leaves the list, the name left behind joins it.
      expect(slugsOf(await rename('first'))).toEqual(['second', 'third'])
      // A save without a rename leaves the list alone, and a client cannot write it.
      const untouched = await payload.update({
        collection: 'standards',
        id: doc.id,
        data: { tagline: 'Changed', previousSlugs: [{ slug: 'invented' }] },
        context: silent(),
      })
      expect(slugsOf(untouched)).toEqual(['second', 'third'])
    })

    it('lets another document take a previous slug, never a current one', async () => {
      const taker = await createStandard('Taker', { slug: 'third' })
      expect(taker.slug).toBe('third')
      expect(
        await validationMessages(() =>
          payload.update({ collection: 'standards', id: taker.id, data: { slug: 'first' }, context: silent() }),
        ),
      ).toEqual([{ path: 'slug', message: 'The slug "first" is already used by "Renamed".' }])
    })

    it('keeps the previous slugs of articles too, drafts included', async () => {
      const article = await payload.create({
        collection: 'articles',
        data: incomplete({ title: 'Old news', summary: 'S', _status: 'published' }),
        context: silent(),
      })
      const draft = await payload.update({
        collection: 'articles',
        id: article.id,
        draft: true,
        data: { slug: 'new-news', _status: 'draft' },
        context: silent(),
      })
      expect(slugsOf(draft)).toEqual(['old-news'])
      const published = await payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'published' },
        context: silent(),
      })
      expect(published.slug).toBe('new-news')
      expect(slugsOf(published)).toEqual(['old-news'])
    })
  })

  describe('restoring a version', () => {
    const versionWhere = async (collection: 'standards' | 'comparisons', id: number | string, match: (v: Record<string, unknown>) => boolean) => {
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 100,
        depth: 0,
      })
      const version = docs.find((doc) => match(doc.version as unknown as Record<string, unknown>))
      if (!version) throw new Error(`No matching version of ${collection} ${id} among ${docs.length}`)
      return version
    }

    it('brings back an earlier tagline of a standard, published', async () => {
      const doc = await createStandard('Restorable', { tagline: 'The first tagline.' })
      await payload.update({ collection: 'standards', id: doc.id, data: { tagline: 'The second tagline.' }, context: silent() })
      const first = await versionWhere('standards', doc.id, (v) => v.tagline === 'The first tagline.')

      const restored = await payload.restoreVersion({ collection: 'standards', id: first.id, context: silent() })
      expect(restored.tagline).toBe('The first tagline.')
      expect(restored._status).toBe('published')
      const live = await payload.find({
        collection: 'standards',
        where: { and: [{ slug: { equals: 'restorable' } }, { _status: { equals: 'published' } }] },
        depth: 0,
      })
      expect(live.docs.map((d) => d.tagline)).toEqual(['The first tagline.'])
      // The restore is itself a version, so it can be undone the same way.
      const versions = await payload.findVersions({ collection: 'standards', where: { parent: { equals: doc.id } } })
      expect(versions.totalDocs).toBe(3)
    })

    it('still checks the slug: a version whose slug another standard took cannot come back', async () => {
      const doc = await createStandard('Wanderer', { slug: 'wanderer' })
      await payload.update({ collection: 'standards', id: doc.id, data: { slug: 'wanderer-2' }, context: silent() })
      await createStandard('Newcomer', { slug: 'wanderer' })
      const old = await versionWhere('standards', doc.id, (v) => v.slug === 'wanderer')

      expect(
        await validationMessages(() => payload.restoreVersion({ collection: 'standards', id: old.id, context: silent() })),
      ).toEqual([{ path: 'slug', message: 'The slug "wanderer" is already used by "Newcomer".' }])
      const current = await payload.findByID({ collection: 'standards', id: doc.id, depth: 0 })
      expect(current.slug).toBe('wanderer-2')
    })

    it('restoring an older slug records the one it replaces as a previous slug', async () => {
      const doc = await createStandard('Roundtrip', { slug: 'roundtrip-a' })
      await payload.update({ collection: 'standards', id: doc.id, data: { slug: 'roundtrip-b' }, context: silent() })
      const old = await versionWhere('standards', doc.id, (v) => v.slug === 'roundtrip-a')
      const restored = await payload.restoreVersion({ collection: 'standards', id: old.id, context: silent() })
      expect(restored.slug).toBe('roundtrip-a')
      expect(slugsOf(restored)).toEqual(['roundtrip-b'])
    })

    it('still checks the pair: a version naming a pair that now exists cannot come back', async () => {
      const a = await createStandard('Pair A')
      const b = await createStandard('Pair B')
      const c = await createStandard('Pair C')
      const comparison = await compare(a, b)
      await payload.update({ collection: 'comparisons', id: comparison.id, data: { standardB: c.id }, context: silent() })
      await compare(b, a)
      const old = await versionWhere('comparisons', comparison.id, (v) => idOf(v.standardB) === String(b.id))

      expect(
        await validationMessages(() => payload.restoreVersion({ collection: 'comparisons', id: old.id, context: silent() })),
      ).toEqual([{ path: 'standardB', message: 'Pair B vs Pair A already exists.' }])
      const current = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0 })
      expect(current.title).toBe('Pair A vs Pair C')
    })
  })
})
