import { compareStandards } from '@versus/engine'
import { beforeEach, describe, expect, it } from 'vitest'
import { installFakeCms } from '@/test/fake-cms'
import { installWorld, rawComparison, world } from '@/test/fixtures'
import { getComparisonList, getComparisonPage, getComparisonParams } from './comparisons'
import { buildIndex } from './site-index'
import { createMapContext, mapAspect, mapComparison, mapStandard } from '@versus/content'
import { RawAspectSchema, RawComparisonSchema, RawStandardSchema } from './raw'

beforeEach(() => {
  installWorld()
})

describe('getComparisonPage', () => {
  it('renders the canonical pair from the two standards and the pair document', async () => {
    const result = await getComparisonPage('iso-27032-vs-iso-27701')
    expect(result.kind).toBe('ok')
    if (result.kind !== 'ok') return
    expect(result.model.pair.slug).toBe('iso-27032-vs-iso-27701')
    expect(result.model.headers.map((h) => h.slug)).toEqual(['iso-27032', 'iso-27701'])
    expect(result.model.differences.map((row) => [row.aspect.slug, row.values])).toEqual([
      ['scope', ['Internet security', 'Privacy']],
      ['penalties', ['—', '—']],
    ])
    expect(result.model.seo.canonicalUrl).toBe('https://versus.example/compare/iso-27032-vs-iso-27701')
    expect(result.site.name).toBe('Versus')
  })

  it('takes the verdict from the pair document', async () => {
    const result = await getComparisonPage('iso-27001-vs-nis2')
    expect(result.kind === 'ok' && result.model.verdict).toEqual({ text: 'NIS2 is law; ISO 27001 is a choice.', generated: false })
  })

  it('redirects the reversed order to the canonical path', async () => {
    expect(await getComparisonPage('iso-27701-vs-iso-27032')).toEqual({ kind: 'redirect', path: '/compare/iso-27032-vs-iso-27701' })
  })

  it('marks a pair with a published comparison as reviewed, JSON-LD Article and all', async () => {
    const result = await getComparisonPage('iso-27032-vs-iso-27701')
    if (result.kind !== 'ok') throw new Error('iso-27032-vs-iso-27701 did not render')
    expect(result.reviewed).toBe(true)
    expect(result.model.seo.jsonLd.map((x) => x['@type'])).toContain('Article')
  })

  it('generates a page for two published standards nobody has compared, from their records alone', async () => {
    const result = await getComparisonPage('iso-27002-vs-iso-27032')
    if (result.kind !== 'ok') throw new Error('iso-27002-vs-iso-27032 did not render')
    expect(result.reviewed).toBe(false)
    expect(result.model.pair.slug).toBe('iso-27002-vs-iso-27032')
    expect(result.model.headers.map((h) => h.shortName)).toEqual(['ISO 27002', 'ISO 27032'])
    expect(result.model.differences.map((row) => [row.aspect.slug, row.values])).toEqual([
      ['scope', ['Controls', 'Internet security']],
      ['penalties', ['—', '—']],
    ])
    // No editor's verdict to take: the engine's own.
    expect(result.model.verdict.generated).toBe(true)
    expect(result.model.seo.canonicalUrl).toBe('https://versus.example/compare/iso-27002-vs-iso-27032')
    // Nothing claims a reviewed article: breadcrumbs only.
    expect(result.model.seo.jsonLd.map((x) => x['@type'])).toEqual(['BreadcrumbList'])
    // "Other comparisons" links reviewed pairs only.
    const reviewed = new Set(['iso-27001-vs-iso-27002', 'iso-27032-vs-iso-27701', 'iso-27001-vs-nis2'])
    expect(result.model.related.length).toBeGreaterThan(0)
    for (const r of result.model.related) expect(reviewed.has(r.pair.slug), r.pair.slug).toBe(true)
  })

  it('redirects a generated pair in the reversed order to the canonical path', async () => {
    expect(await getComparisonPage('iso-27032-vs-iso-27002')).toEqual({ kind: 'redirect', path: '/compare/iso-27002-vs-iso-27032' })
  })

  describe("a reviewed pair in its editor's order", () => {
    // NIS2 (5) chosen first, against the canonical iso-27001-vs-nis2
    const chosen = () => {
      const base = world()
      installFakeCms({
        ...base,
        comparisons: base.comparisons.map((c) => (c.id === 13 ? rawComparison(13, 5, 1, { verdict: 'NIS2 is law; ISO 27001 is a choice.' }) : c)),
      })
    }

    it('serves the page at the chosen address, names, columns and SEO in that order', async () => {
      chosen()
      const result = await getComparisonPage('nis2-vs-iso-27001')
      if (result.kind !== 'ok') throw new Error(`nis2-vs-iso-27001: ${result.kind}`)
      expect(result.reviewed).toBe(true)
      expect(result.model.title).toBe('NIS2 vs ISO 27001')
      expect(result.model.headers.map((h) => h.slug)).toEqual(['nis2', 'iso-27001'])
      expect(result.model.seo.canonicalUrl).toBe('https://versus.example/compare/nis2-vs-iso-27001')
    })

    it('redirects the other order, canonical as it is, to the chosen one', async () => {
      chosen()
      expect(await getComparisonPage('iso-27001-vs-nis2')).toEqual({ kind: 'redirect', path: '/compare/nis2-vs-iso-27001' })
    })

    it('links the pair from other pages in the chosen order; generated pairs stay canonical', async () => {
      chosen()
      const list = await getComparisonList()
      expect(list.comparisons.map((c) => c.path)).toContain('/compare/nis2-vs-iso-27001')
      expect(list.comparisons.map((c) => c.title)).toContain('NIS2 vs ISO 27001')
      expect(await getComparisonParams()).toContainEqual({ pair: 'nis2-vs-iso-27001' })
      expect(await getComparisonPage('iso-27032-vs-iso-27002')).toEqual({ kind: 'redirect', path: '/compare/iso-27002-vs-iso-27032' })
    })
  })

  it('is not found for a pair naming an unknown or unpublished standard, even with a comparison document', async () => {
    // draft-only-vs-nis2 has a comparison document (14) joining a draft standard.
    for (const param of ['draft-only-vs-nis2', 'nis2-vs-draft-only', 'iso-27032-vs-nope', 'nope-vs-iso-27032', 'nope-vs-zzz']) {
      expect(await getComparisonPage(param), param).toEqual({ kind: 'not-found' })
    }
  })

  it('is not found for a self-pair or malformed slugs', async () => {
    for (const param of ['iso-27032-vs-iso-27032', 'iso-27032', 'ISO-27032-vs-iso-27701', 'iso-27032-vs-iso-27701-vs-iso-9001', '-vs-iso-27701', '']) {
      expect(await getComparisonPage(param), param).toEqual({ kind: 'not-found' })
    }
  })

  it('links related comparisons and articles from the slim indexes exactly as from the full records', async () => {
    // The engine reads only index fields of the catalog's records; if it ever reads more, this fails.
    const data = world()
    const index = buildIndex({ standards: { docs: data.standards }, categories: { docs: data.categories }, comparisons: { docs: data.comparisons }, articles: { docs: data.articles } })
    const context = { ...index.context, aspectSlugs: createMapContext({ standards: [], aspects: data.aspects.map((a) => RawAspectSchema.parse(a)), categories: [] }).aspectSlugs }
    const full = data.standards
      .filter((s) => s._status === 'published')
      .map((s) => mapStandard(RawStandardSchema.parse(s), context))
    const comparisons = data.comparisons.flatMap((c) => mapComparison(RawComparisonSchema.parse(c), context) ?? [])
    for (const pair of ['iso-27001-vs-iso-27002', 'iso-27032-vs-iso-27701', 'iso-27001-vs-nis2']) {
      const result = await getComparisonPage(pair)
      if (result.kind !== 'ok') throw new Error(`${pair} did not render`)
      const [a, b] = result.model.pair.standards.map((slug) => full.find((s) => s.slug === slug)!)
      const expected = compareStandards({
        standards: [a!, b!],
        aspects: data.aspects.map((raw) => mapAspect(RawAspectSchema.parse(raw))),
        comparison: comparisons.find((c) => c.standards.includes(a!.slug) && c.standards.includes(b!.slug)) ?? null,
        catalog: { standards: full, comparisons, articles: index.articles },
        site: { name: 'Versus', url: 'https://versus.example' },
      })
      expect(result.model.related, pair).toEqual(expected.related)
      expect(result.model.relatedArticles, pair).toEqual(expected.relatedArticles)
      expect(result.model.related.length + result.model.relatedArticles.length, pair).toBeGreaterThan(0)
    }
  })
})
