import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Aspect, Category, Comparison, Standard } from '../src/payload-types'
import { adapters, bootPayload, incomplete, shutdown, standardData } from './helpers'

const quiet = { disableRevalidate: true }

// The comparisons list shows and filters on `staleOverrides`: it must follow the standards, not
// only the comparison's own saves.
describe.each(adapters())('stored stale-override counts on $name', (adapter) => {
  let payload: Payload
  let scope: Aspect
  let category: Category
  let alpha: Standard
  let beta: Standard
  let comparison: Comparison

  const values = (scopeValue: string) => [{ aspect: scope.id, value: scopeValue }]

  /** The count as the document stores it and as its latest version (what the admin list reads) stores it. */
  async function counts(): Promise<{ document: number | null | undefined; latest: number | null | undefined }> {
    const document = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0 })
    const latest = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0, draft: true })
    return { document: document.staleOverrides, latest: latest.staleOverrides }
  }

  async function listed(where: Where): Promise<(number | string)[]> {
    const { docs } = await payload.find({ collection: 'comparisons', where, draft: true, depth: 0, pagination: false })
    return docs.map((doc) => doc.id)
  }

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'stale-counts')
    scope = await payload.create({ collection: 'aspects', data: { name: 'Scope', slug: 'scope', order: 1 } })
    category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    alpha = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Alpha', category: category.id, aspectValues: values('Alpha scope') }),
    })
    beta = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Beta', category: category.id, aspectValues: values('Beta scope') }),
    })
    comparison = await payload.create({
      collection: 'comparisons',
      context: quiet,
      data: incomplete({
        standardA: alpha.id,
        standardB: beta.id,
        verdict: 'The editor’s verdict.',
        aspectOverrides: [{ aspect: scope.id, side: 'a', value: 'Alpha scope, as the editor puts it' }],
        _status: 'published',
      }),
    })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('starts at zero: overrides written against what is generated now', async () => {
    expect(await counts()).toEqual({ document: 0, latest: 0 })
    expect(await listed({ staleOverrides: { greater_than: 0 } })).toEqual([])
  })

  it('counts the overrides a standard’s published edit made stale, and the list filter finds them', async () => {
    await payload.update({
      collection: 'standards',
      id: alpha.id,
      context: quiet,
      data: { tagline: 'A widened standard.', aspectValues: values('Alpha scope, widened') },
    })
    // The verdict (the tagline and scope feed it) and the scope cell.
    expect(await counts()).toEqual({ document: 2, latest: 2 })
    expect(await listed({ staleOverrides: { greater_than: 0 } })).toEqual([comparison.id])
    // The recount rewrote the count only: the overrides and their bases are as they were.
    const saved = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0, draft: true })
    expect(saved.aspectOverrides?.[0]).toMatchObject({ value: 'Alpha scope, as the editor puts it', basis: 'Alpha scope' })
    expect(saved.verdict).toBe('The editor’s verdict.')
    const { totalDocs } = await payload.findVersions({ collection: 'comparisons', where: { parent: { equals: comparison.id } } })
    expect(totalDocs).toBe(1)
  })

  it('ignores a count sent by the client, and clears it when the editor accepts', async () => {
    const forged = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: { staleOverrides: 0, summary: 'An unrelated edit.' },
    })
    expect(forged.staleOverrides).toBe(2)
    const accepted = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: { verdictAccept: true, aspectOverrides: forged.aspectOverrides?.map((row) => ({ ...row, accept: true })) },
    })
    expect(accepted.staleOverrides).toBe(0)
    expect(await counts()).toEqual({ document: 0, latest: 0 })
  })

  it('follows a draft of a standard into the latest version, as editors see it', async () => {
    await payload.update({
      collection: 'standards',
      id: beta.id,
      draft: true,
      context: quiet,
      data: { tagline: 'A narrowed draft.', _status: 'draft' },
    })
    expect(await counts()).toEqual({ document: 1, latest: 1 })
  })

  it('a standard whose comparisons hold no override is saved without reading the standards for a count', async () => {
    const gamma = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Gamma', category: category.id, aspectValues: values('Gamma scope') }),
    })
    const plain = await payload.create({
      collection: 'comparisons',
      context: quiet,
      data: incomplete({ standardA: alpha.id, standardB: gamma.id, _status: 'published' }),
    })
    const find = vi.spyOn(payload.db, 'find')
    try {
      await payload.update({ collection: 'standards', id: gamma.id, context: quiet, data: { aspectValues: values('Gamma scope, rewritten') } })
      // A count reads the catalog: every aspect and category (validation reads only the ones named, by id).
      const whole = find.mock.calls.filter(([args]) => ['aspects', 'categories'].includes(args.collection) && !JSON.stringify(args.where ?? {}).includes('"id"'))
      expect(whole).toEqual([])
    } finally {
      find.mockRestore()
    }
    expect((await payload.findByID({ collection: 'comparisons', id: plain.id, depth: 0 })).staleOverrides ?? 0).toBe(0)
    // A count left wrong on such a comparison is still put right.
    await payload.db.updateOne({ collection: 'comparisons', id: plain.id, data: { staleOverrides: 3 }, returning: false })
    await payload.update({ collection: 'standards', id: gamma.id, context: quiet, data: { aspectValues: values('Gamma scope, again') } })
    expect((await payload.findByID({ collection: 'comparisons', id: plain.id, depth: 0 })).staleOverrides).toBe(0)
  })

  it('recounts every comparison when an aspect changes', async () => {
    // A count left wrong (as by a write that skipped the hooks) is put right by the next aspect save.
    await payload.db.updateOne({ collection: 'comparisons', id: comparison.id, data: { staleOverrides: 5 }, returning: false })
    expect((await counts()).document).toBe(5)
    await payload.update({ collection: 'aspects', id: scope.id, context: quiet, data: { name: 'Scope of application' } })
    expect(await counts()).toEqual({ document: 1, latest: 1 })
  })
})
