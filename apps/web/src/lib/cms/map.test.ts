import { describe, expect, it, vi } from 'vitest'
import { list, rawArticle, rawAspect, rawCategory, rawComparison, rawStandard } from '@/test/fixtures'
import { parseDocs } from './load'
import { createMapContext, mapAspect, mapComparison, mapStandard } from '@versus/content'
import { mapSite } from './site-content'
import { RawAspectSchema, RawComparisonSchema, RawStandardSchema } from './raw'
import { buildIndex } from './site-index'

interface Bodies {
  standards: unknown
  aspects: unknown
  categories: unknown
  comparisons: unknown
  articles: unknown
}

/** Every record as a page sees it: relations resolved through the index, full records from their own bodies. */
function catalogOf(bodies: Bodies) {
  const index = buildIndex(bodies)
  const aspects = parseDocs('aspects', RawAspectSchema, bodies.aspects)
  const context = { ...index.context, aspectSlugs: createMapContext({ standards: [], aspects, categories: [] }).aspectSlugs }
  return {
    index,
    standards: parseDocs('standards', RawStandardSchema, bodies.standards).map((raw) => mapStandard(raw, context)),
    comparisons: parseDocs('comparisons', RawComparisonSchema, bodies.comparisons).flatMap(
      (raw) => mapComparison(raw, context) ?? [],
    ),
    articles: index.articles,
    aspects: aspects.map(mapAspect).sort((x, y) => x.order - y.order),
  }
}

describe('raw REST → engine records', () => {
  it('maps SQLite-style numeric ids and populated relations', () => {
    const security = rawCategory(1, 'security', 'Cybersecurity')
    const scope = rawAspect(1, 'scope', 'Scope', 1)
    const catalog = catalogOf({
      categories: list([security]),
      aspects: list([scope, rawAspect(2, 'nature', 'Nature', 2)]),
      standards: list([
        rawStandard(10, 'iso-27001', 'ISO 27001', {
          category: security,
          aspectValues: [{ id: 'r1', aspect: scope, value: 'Information security' }],
        }),
        rawStandard(11, 'iso-27701', 'ISO 27701', {
          category: 1,
          related: [{ id: 'x', standard: { id: 10, slug: 'iso-27001' }, relation: 'extends' }],
          aspectValues: [{ aspect: 1, value: 'Privacy' }],
        }),
      ]),
      comparisons: list([
        rawComparison(5, { id: 11, slug: 'iso-27701' }, 10, {
          aspectOverrides: [{ id: 'o', aspect: { id: 1, slug: 'scope' }, side: 'a', value: 'Privacy, pair-specific' }],
          faq: [{ question: 'Q?', answer: 'A.' }],
          featured: true,
        }),
      ]),
      articles: list([rawArticle(3, 'isms', [10, { id: 11, slug: 'iso-27701' }])]),
    })

    const [iso27001, iso27701] = catalog.standards
    expect(iso27001?.category).toEqual({ slug: 'security', name: 'Cybersecurity' })
    expect(iso27001?.aspectValues).toEqual([{ aspect: 'scope', value: 'Information security' }])
    expect(iso27001?.keyFeatures).toEqual(['Feature one', 'Feature two', 'Feature three'])
    expect(iso27001?.sources).toEqual([{ label: 'Publisher page', url: 'https://example.org' }])
    expect(iso27701?.category?.slug).toBe('security')
    expect(iso27701?.related).toEqual([{ standard: 'iso-27001', relation: 'extends' }])
    expect(iso27701?.aspectValues).toEqual([{ aspect: 'scope', value: 'Privacy' }])

    expect(catalog.comparisons).toEqual([
      {
        standards: ['iso-27701', 'iso-27001'],
        verdict: null,
        aspectOverrides: [{ aspect: 'scope', standard: 'iso-27701', value: 'Privacy, pair-specific' }],
        faq: [{ question: 'Q?', answer: 'A.' }],
        featured: true,
        summary: 'A one-liner.',
      },
    ])
    expect(catalog.articles[0]?.standards).toEqual(['iso-27001', 'iso-27701'])
    expect(catalog.aspects.map((a) => a.slug)).toEqual(['scope', 'nature'])
  })

  it('maps MongoDB-style string ids, side "b" overrides and unpopulated relations', () => {
    const catId = '665f1c2a9b1e8a0012345678'
    const gdprId = '665f1c2a9b1e8a0000000001'
    const nis2Id = '665f1c2a9b1e8a0000000002'
    const catalog = catalogOf({
      categories: list([rawCategory(catId, 'privacy', 'Privacy')]),
      aspects: list([rawAspect('a1', 'penalties', 'Penalties', 5)]),
      standards: list([
        rawStandard(gdprId, 'gdpr', 'GDPR', { category: catId, legalNature: 'regulation', obligation: 'mandatory' }),
        rawStandard(nis2Id, 'nis2', 'NIS2', { category: catId, related: [{ standard: gdprId, relation: 'complements' }] }),
      ]),
      comparisons: list([
        rawComparison('c1', gdprId, nis2Id, { aspectOverrides: [{ aspect: 'a1', side: 'b', value: 'Up to €10m' }] }),
      ]),
      articles: list([]),
    })
    expect(catalog.standards.map((s) => [s.slug, s.category?.slug])).toEqual([
      ['gdpr', 'privacy'],
      ['nis2', 'privacy'],
    ])
    expect(catalog.standards[1]?.related).toEqual([{ standard: 'gdpr', relation: 'complements' }])
    expect(catalog.comparisons[0]?.standards).toEqual(['gdpr', 'nis2'])
    expect(catalog.comparisons[0]?.aspectOverrides).toEqual([{ aspect: 'penalties', standard: 'nis2', value: 'Up to €10m' }])
  })

  it('drops relations to documents the visitor cannot see (drafts come back as bare ids)', () => {
    const catalog = catalogOf({
      categories: list([]),
      aspects: list([]),
      standards: list([rawStandard(1, 'iso-9001', 'ISO 9001', { related: [{ standard: 99, relation: 'complements' }], category: 42 })]),
      // 99 is a draft standard: its comparison is not a page, the article forgets it.
      comparisons: list([rawComparison(1, 1, 99), rawComparison(2, { id: 1 }, null)]),
      articles: list([rawArticle(1, 'quality', [1, 99])]),
    })
    expect(catalog.standards[0]?.related).toEqual([])
    expect(catalog.standards[0]?.category).toBeNull()
    expect(catalog.comparisons).toEqual([])
    expect(catalog.articles[0]?.standards).toEqual(['iso-9001'])
  })

  it('drops the rows of a deleted aspect (null on SQLite, a dangling id on MongoDB) and keeps the others', () => {
    const catalog = catalogOf({
      categories: list([]),
      aspects: list([rawAspect(1, 'scope', 'Scope', 1), rawAspect(3, 'penalties', 'Penalties', 3)]),
      standards: list([
        rawStandard(1, 'gdpr', 'GDPR', {
          aspectValues: [
            { id: 'a', aspect: 1, value: 'Personal data' },
            { id: 'b', aspect: null, value: 'Orphaned on SQLite' },
            { id: 'c', aspect: 2, value: 'Orphaned on MongoDB' },
            { id: 'd', aspect: 3, value: 'Up to 4% of turnover' },
          ],
        }),
        rawStandard(2, 'popia', 'POPIA'),
      ]),
      comparisons: list([
        rawComparison(1, 1, 2, {
          aspectOverrides: [
            { aspect: null, side: 'a', value: 'Gone' },
            { aspect: 3, side: 'b', value: 'Up to R10m' },
          ],
        }),
      ]),
      articles: list([]),
    })
    expect(catalog.standards[0]?.aspectValues).toEqual([
      { aspect: 'scope', value: 'Personal data' },
      { aspect: 'penalties', value: 'Up to 4% of turnover' },
    ])
    expect(catalog.comparisons[0]?.aspectOverrides).toEqual([{ aspect: 'penalties', standard: 'popia', value: 'Up to R10m' }])
  })

  it('keeps index records to the index fields, with the card fields when loaded as a list', () => {
    const standards = list([rawStandard(1, 'gdpr', 'GDPR', { previousSlugs: [{ slug: 'eu-gdpr' }] })])
    const index = buildIndex({ standards, categories: list([]) })
    expect(index.standards[0]).toMatchObject({ slug: 'gdpr', shortName: 'GDPR', tagline: '', keyFeatures: [] })
    const cards = buildIndex({ standards, categories: list([]), withCards: true })
    expect(cards.standards[0]).toMatchObject({ slug: 'gdpr', tagline: 'GDPR in one line', jurisdiction: 'International' })
  })

  it('accepts missing and null optional fields', () => {
    const minimal = rawStandard(1, 'popia', 'POPIA')
    for (const key of ['whatItIs', 'keyComponents', 'whyOrganizationsUseIt', 'implementationOverview', 'aspectValues', 'faq', 'sources', 'related', 'updatedAt', 'category']) {
      delete minimal[key]
    }
    const catalog = catalogOf({
      categories: list([]),
      aspects: list([]),
      standards: list([{ ...minimal, faq: null, sources: null }]),
      comparisons: list([]),
      articles: list([{ id: 1, slug: 'bare', title: 'Bare', standards: null }]),
    })
    const [popia] = catalog.standards
    expect(popia).toMatchObject({
      slug: 'popia',
      category: null,
      whatItIs: null,
      keyComponents: [],
      aspectValues: [],
      faq: [],
      sources: [],
      related: [],
    })
    expect(popia).not.toHaveProperty('updatedAt')
    expect(catalog.articles).toEqual([{ slug: 'bare', title: 'Bare', summary: '', standards: [] }])
  })

  it('skips a malformed document with a warning instead of failing the catalog', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const catalog = catalogOf({
      categories: list([]),
      aspects: list([]),
      standards: list([rawStandard(1, 'ok', 'OK'), rawStandard(2, 'bad', 'Bad', { legalNature: 'decree', costBand: 9 })]),
      comparisons: list([]),
      articles: list([]),
    })
    expect(catalog.standards.map((s) => s.slug)).toEqual(['ok'])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped standards document 2'))
    warn.mockRestore()
  })

  it('rejects a body that is not a Payload list', () => {
    expect(() =>
      catalogOf({ categories: { errors: [] }, aspects: list([]), standards: list([]), comparisons: list([]), articles: list([]) }),
    ).toThrow(/categories/)
  })
})

describe('mapSite', () => {
  it('falls back to defaults and keeps only a complete call to action', () => {
    expect(mapSite(null, 'https://versus.example')).toEqual({
      name: 'Versus',
      tagline: null,
      url: 'https://versus.example',
      cta: null,
      footerLinks: [],
      contactEmail: null,
    })
    const site = mapSite(
      {
        siteName: 'Versus',
        tagline: 'Standards compared',
        cta: { heading: 'Assess', body: null, linkLabel: 'Start', linkUrl: 'https://x.example' },
        footerLinks: [{ label: 'About', url: '/about' }],
      },
      'http://localhost:3000',
    )
    expect(site.cta).toEqual({ heading: 'Assess', body: null, linkLabel: 'Start', linkUrl: 'https://x.example' })
    expect(site.footerLinks).toEqual([{ label: 'About', href: '/about' }])
  })

  it('publishes a contact address only when it is a plain, valid one', () => {
    const withEmail = (contactEmail: string | null) => mapSite({ siteName: 'V', tagline: null, cta: null, footerLinks: [], contactEmail }, 'http://x')
    expect(withEmail(' editors@versus.example ').contactEmail).toBe('editors@versus.example')
    for (const bad of ['not an address', 'a@b.c?subject=x"', '"x"<a@b.co>', 'a@b.co,c@d.co', ''.padEnd(260, 'a') + '@b.co']) {
      expect(withEmail(bad).contactEmail).toBeNull()
    }
  })
})
