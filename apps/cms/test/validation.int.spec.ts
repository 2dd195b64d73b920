import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Aspect, Category, Standard } from '../src/payload-types'
import { adapters, bootPayload, incomplete, shutdown, standardData, validationMessages } from './helpers'

// The exact strings are the contract (docs/content-model.md): every adapter must produce them.
describe.each(adapters())('validation on $name', (adapter) => {
  let payload: Payload
  let category: Category
  let aspect: Aspect
  let iso: Standard
  let nis2: Standard
  let gdpr: Standard

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'validation')
    category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' } })
    aspect = await payload.create({ collection: 'aspects', data: incomplete({ name: 'Scope', order: 10 }) })
    iso = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'ISO 27001', category: category.id }),
    })
    nis2 = await payload.create({ collection: 'standards', data: standardData({ shortName: 'NIS2', category: category.id }) })
    gdpr = await payload.create({ collection: 'standards', data: standardData({ shortName: 'GDPR', category: category.id }) })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('derives the slug from the short name when empty', () => {
    expect(iso.slug).toBe('iso-27001')
    expect(aspect.slug).toBe('scope')
  })

  it('refuses a duplicate slug, naming the holder', async () => {
    expect(
      await validationMessages(() =>
        payload.create({
          collection: 'standards',
          data: standardData({ shortName: 'ISO/IEC 27001', slug: 'iso-27001', category: category.id }),
        }),
      ),
    ).toEqual([{ path: 'slug', message: 'The slug "iso-27001" is already used by "ISO 27001".' }])

    expect(
      await validationMessages(() =>
        payload.update({ collection: 'standards', id: nis2.id, data: { slug: 'iso-27001' } }),
      ),
    ).toEqual([{ path: 'slug', message: 'The slug "iso-27001" is already used by "ISO 27001".' }])

    // Drafts too: Payload skips field validation on drafts, the slug check still runs.
    expect(
      await validationMessages(() =>
        payload.create({
          collection: 'standards',
          draft: true,
          data: { shortName: 'ISO 27001', category: category.id, _status: 'draft' } as never,
        }),
      ),
    ).toEqual([{ path: 'slug', message: 'The slug "iso-27001" is already used by "ISO 27001".' }])

    for (const [collection, data, holder] of [
      ['categories', { name: 'Other', slug: 'security' }, 'Security'],
      ['aspects', { name: 'Scope again', slug: 'scope', order: 20 }, 'Scope'],
    ] as const) {
      expect(await validationMessages(() => payload.create({ collection, data: data as never }))).toEqual([
        { path: 'slug', message: `The slug "${data.slug}" is already used by "${holder}".` },
      ])
    }

    await payload.create({
      collection: 'articles',
      data: incomplete({ title: 'Hello', summary: 'S', _status: 'published' }),
    })
    expect(
      await validationMessages(() =>
        payload.create({ collection: 'articles', data: incomplete({ title: 'Hello', summary: 'S', _status: 'published' }) }),
      ),
    ).toEqual([{ path: 'slug', message: 'The slug "hello" is already used by "Hello".' }])
  })

  it('keeps a document’s own slug on update', async () => {
    const updated = await payload.update({ collection: 'standards', id: iso.id, data: { tagline: 'Changed.' } })
    expect(updated.slug).toBe('iso-27001')
  })

  it('refuses a malformed slug', async () => {
    const [error] = await validationMessages(() =>
      payload.create({ collection: 'categories', data: { name: 'X', slug: 'iso-vs-nis' } }),
    )
    expect(error?.path).toBe('slug')
    expect(error?.message).toMatch(/^The slug "iso-vs-nis" is invalid/)
  })

  it('refuses a comparison of a standard with itself', async () => {
    expect(
      await validationMessages(() =>
        payload.create({
          collection: 'comparisons',
          data: { standardA: iso.id, standardB: iso.id, _status: 'published' },
        }),
      ),
    ).toEqual([{ path: 'standardB', message: 'A comparison needs two different standards.' }])
  })

  it('refuses the same pair twice, in either order', async () => {
    const first = await payload.create({
      collection: 'comparisons',
      data: { standardA: iso.id, standardB: nis2.id, _status: 'published' },
    })
    expect(first.pairKey).toBe([String(iso.id), String(nis2.id)].sort().join(':'))
    expect(first.title).toBe('ISO 27001 vs NIS2')

    for (const [a, b] of [
      [nis2.id, iso.id],
      [iso.id, nis2.id],
    ] as const) {
      expect(
        await validationMessages(() =>
          payload.create({ collection: 'comparisons', data: { standardA: a, standardB: b, _status: 'published' } }),
        ),
      ).toEqual([{ path: 'standardB', message: 'ISO 27001 vs NIS2 already exists.' }])
    }

    const other = await payload.create({
      collection: 'comparisons',
      data: { standardA: gdpr.id, standardB: nis2.id, _status: 'published' },
    })
    expect(
      await validationMessages(() =>
        payload.update({ collection: 'comparisons', id: other.id, data: { standardA: iso.id } }),
      ),
    ).toEqual([{ path: 'standardB', message: 'ISO 27001 vs NIS2 already exists.' }])
    // Saving an existing comparison unchanged is not a duplicate of itself.
    await expect(
      payload.update({ collection: 'comparisons', id: first.id, data: { summary: 'Both.' } }),
    ).resolves.toMatchObject({ summary: 'Both.' })
  })

  it('checks the facts of a standard', async () => {
    const messages = await validationMessages(() =>
      payload.create({
        collection: 'standards',
        data: standardData({
          shortName: 'Broken',
          category: category.id,
          officialTitle: 'Broken:2019',
          editionYear: 2022,
          implementationMonths: { min: 12, max: 6 },
          keyFeatures: [{ text: 'Only one' }],
          sources: [{ label: 'Bad', url: 'ftp://example.org/file' }],
          aspectValues: [
            { aspect: aspect.id, value: 'a' },
            { aspect: aspect.id, value: 'b' },
          ],
        }),
      }),
    )
    const byPath = Object.fromEntries(messages.map(({ path, message }) => [path, message]))
    expect(byPath).toMatchObject({
      editionYear: 'The official title mentions 2019, not the edition year 2022.',
      'implementationMonths.max': 'The maximum must be at least the minimum (12 months).',
      'sources.0.url': 'Use a full web address starting with http:// or https://.',
      aspectValues: 'Each aspect may have only one value: remove the repeated aspect.',
    })
    expect(byPath.keyFeatures).toBeTruthy()

    const [year] = await validationMessages(() =>
      payload.create({
        collection: 'standards',
        data: standardData({ shortName: 'Old', category: category.id, editionYear: 1850 }),
      }),
    )
    expect(year?.path).toBe('editionYear')
  })

  it('refuses a standard related to itself', async () => {
    expect(
      await validationMessages(() =>
        payload.update({
          collection: 'standards',
          id: iso.id,
          data: { related: [{ standard: iso.id, relation: 'extends' }] },
        }),
      ),
    ).toEqual([{ path: 'related.0.standard', message: 'A standard cannot be related to itself.' }])
    const ok = await payload.update({
      collection: 'standards',
      id: iso.id,
      data: { related: [{ standard: nis2.id, relation: 'maps-to' }] },
    })
    expect(ok.related).toHaveLength(1)
  })
})
