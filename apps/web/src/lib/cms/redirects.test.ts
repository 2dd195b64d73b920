import { describe, expect, it } from 'vitest'
import { list, rawArticle, rawComparison, rawStandard } from '@/test/fixtures'
import { buildAliases, buildPairOrders, namesUnknownSlug, redirectFor, type AliasIndex } from './redirects'

const index: AliasIndex = {
  standards: buildAliases(
    list([
      rawStandard(1, 'pci-dss-v4', 'PCI DSS', { previousSlugs: [{ slug: 'pci-dss' }, { slug: 'pcidss' }] }),
      rawStandard(2, 'iso-27001', 'ISO 27001'),
      rawStandard(3, 'gdpr', 'GDPR', { previousSlugs: [{ slug: 'eu-gdpr' }] }),
      // Took a slug ISO 27002 left behind: the current slug wins.
      rawStandard(4, 'iso-27002-2013', 'Old ISO 27002'),
      rawStandard(5, 'iso-27002', 'ISO 27002', { previousSlugs: [{ slug: 'iso-27002-2013' }] }),
      // Two documents left the same slug: the one updated last has it.
      rawStandard(6, 'nist-csf-2', 'NIST CSF 2', { previousSlugs: [{ slug: 'nist-csf' }], updatedAt: '2026-03-01T00:00:00.000Z' }),
      rawStandard(7, 'nist-csf-1', 'NIST CSF 1', { previousSlugs: [{ slug: 'nist-csf' }], updatedAt: '2026-01-01T00:00:00.000Z' }),
    ]),
  ),
  articles: buildAliases(list([rawArticle(1, 'isms-guide', [], { previousSlugs: [{ slug: 'isms' }] })])),
}

describe('redirectFor', () => {
  it('sends an old standard or article slug to the current page', () => {
    expect(redirectFor('/standards/pci-dss', index)).toBe('/standards/pci-dss-v4')
    expect(redirectFor('/standards/pcidss', index)).toBe('/standards/pci-dss-v4')
    expect(redirectFor('/articles/isms', index)).toBe('/articles/isms-guide')
  })

  it('leaves current and unknown slugs to the page', () => {
    for (const path of ['/standards/pci-dss-v4', '/standards/nope', '/articles/isms-guide', '/articles/pci-dss', '/standards', '/standards/a/b']) {
      expect(redirectFor(path, index), path).toBeNull()
    }
  })

  it('lets a current slug win over another document’s earlier slug, and the latest leaver win a shared one', () => {
    expect(redirectFor('/standards/iso-27002-2013', index)).toBeNull()
    expect(redirectFor('/standards/nist-csf', index)).toBe('/standards/nist-csf-2')
  })

  it('maps old slugs in a pair and re-canonicalises the order', () => {
    // "pci-dss" sorted after "iso-27001"; its new name still does, "eu-gdpr" → "gdpr" moves first.
    expect(redirectFor('/compare/iso-27001-vs-pci-dss', index)).toBe('/compare/iso-27001-vs-pci-dss-v4')
    expect(redirectFor('/compare/pci-dss-vs-iso-27001', index)).toBe('/compare/iso-27001-vs-pci-dss-v4')
    expect(redirectFor('/compare/eu-gdpr-vs-iso-27001', index)).toBe('/compare/gdpr-vs-iso-27001')
    expect(redirectFor('/compare/iso-27001-vs-eu-gdpr', index)).toBe('/compare/gdpr-vs-iso-27001')
  })

  it('redirects a reversed pair without any lookup, and leaves canonical, self and malformed pairs alone', () => {
    expect(redirectFor('/compare/iso-27701-vs-iso-27032', null)).toBe('/compare/iso-27032-vs-iso-27701')
    expect(redirectFor('/compare/iso-27701-vs-iso-27032', index)).toBe('/compare/iso-27032-vs-iso-27701')
    for (const path of ['/compare/gdpr-vs-iso-27001', '/compare/gdpr-vs-gdpr', '/compare/gdpr', '/compare/nope-vs-zzz']) {
      expect(redirectFor(path, index), path).toBeNull()
    }
    // Two old names of the same standard make a self-pair: not a page.
    expect(redirectFor('/compare/pci-dss-vs-pcidss', index)).toBeNull()
  })
})

describe('redirectFor, pairs in the order their editor chose', () => {
  const standards = list([
    rawStandard(1, 'pci-dss-v4', 'PCI DSS', { previousSlugs: [{ slug: 'pci-dss' }] }),
    rawStandard(2, 'iso-27001', 'ISO 27001'),
    rawStandard(3, 'soc-2', 'SOC 2'),
    rawStandard(4, 'gdpr', 'GDPR'),
  ])
  const comparisons = list([
    // "ISO 27001 vs SOC 2" as people search it is canonical; "PCI DSS vs ISO 27001" is not
    rawComparison(10, 2, 3),
    rawComparison(11, { id: 1 }, 2),
    // names a standard the published list lacks: left out
    rawComparison(12, 4, 99),
  ])
  const chosen: AliasIndex = { standards: buildAliases(standards), articles: buildAliases(list([])), pairs: buildPairOrders(standards, comparisons) }

  it('indexes each published comparison by the current slugs of its standards, standardA first', () => {
    expect([...buildPairOrders(standards, comparisons).values()]).toEqual([
      ['iso-27001', 'soc-2'],
      ['pci-dss-v4', 'iso-27001'],
    ])
    expect(buildPairOrders(standards, { nonsense: true }).size).toBe(0)
  })

  it('sends the other order, even the canonical one, to the chosen order', () => {
    expect(redirectFor('/compare/iso-27001-vs-pci-dss-v4', chosen)).toBe('/compare/pci-dss-v4-vs-iso-27001')
    expect(redirectFor('/compare/soc-2-vs-iso-27001', chosen)).toBe('/compare/iso-27001-vs-soc-2')
    for (const path of ['/compare/pci-dss-v4-vs-iso-27001', '/compare/iso-27001-vs-soc-2']) expect(redirectFor(path, chosen), path).toBeNull()
  })

  it('maps an earlier slug and lands on the chosen order in one redirect', () => {
    expect(redirectFor('/compare/iso-27001-vs-pci-dss', chosen)).toBe('/compare/pci-dss-v4-vs-iso-27001')
    expect(redirectFor('/compare/pci-dss-vs-iso-27001', chosen)).toBe('/compare/pci-dss-v4-vs-iso-27001')
  })

  it('keeps a pair nobody compared in canonical order', () => {
    expect(redirectFor('/compare/soc-2-vs-gdpr', chosen)).toBe('/compare/gdpr-vs-soc-2')
    expect(redirectFor('/compare/gdpr-vs-soc-2', chosen)).toBeNull()
  })
})

describe('redirectFor, matrices of three or four standards', () => {
  it('puts another order into canonical order, without any lookup', () => {
    expect(redirectFor('/compare/nis2-vs-gdpr-vs-iso-27701', null)).toBe('/compare/gdpr-vs-iso-27701-vs-nis2')
    expect(redirectFor('/compare/nis2-vs-iso-27001-vs-iso-9001-vs-gdpr', null)).toBe('/compare/gdpr-vs-iso-9001-vs-iso-27001-vs-nis2')
  })

  it('follows renamed slugs and re-canonicalises', () => {
    expect(redirectFor('/compare/eu-gdpr-vs-iso-27001-vs-pci-dss', index)).toBe('/compare/gdpr-vs-iso-27001-vs-pci-dss-v4')
  })

  it('leaves canonical, repeated, five-standard and malformed selections alone', () => {
    for (const path of [
      '/compare/gdpr-vs-iso-27701-vs-nis2',
      '/compare/nis2-vs-gdpr-vs-nis2',
      '/compare/e-vs-d-vs-c-vs-b-vs-a',
      '/compare/nis2-vs-gdpr-vs-',
      // two names of the same standard: a 404 on the page, like a self-pair
      '/compare/pci-dss-vs-pci-dss-v4-vs-gdpr',
    ]) {
      expect(redirectFor(path, index), path).toBeNull()
    }
  })
})

describe('namesUnknownSlug', () => {
  const index = {
    standards: { current: new Set(['gdpr', 'nis2', 'dora']), previous: new Map([['nis-2', 'nis2']]) },
    articles: { current: new Set(['nis2-explained']), previous: new Map<string, string>() },
  }

  it('knows nothing without an index, so the page decides', () => {
    expect(namesUnknownSlug('/standards/anything', null)).toBe(false)
  })

  it('flags a standard or an article no document has, now or before', () => {
    expect(namesUnknownSlug('/standards/iso-2700', index)).toBe(true)
    expect(namesUnknownSlug('/standards/gdpr', index)).toBe(false)
    expect(namesUnknownSlug('/standards/nis-2', index)).toBe(false)
    expect(namesUnknownSlug('/articles/nope', index)).toBe(true)
    expect(namesUnknownSlug('/articles/nis2-explained', index)).toBe(false)
  })

  it('flags a pair or a matrix when any one of its standards is unknown', () => {
    expect(namesUnknownSlug('/compare/gdpr-vs-no-such', index)).toBe(true)
    expect(namesUnknownSlug('/compare/dora-vs-nis2', index)).toBe(false)
    expect(namesUnknownSlug('/compare/dora-vs-gdpr-vs-nope', index)).toBe(true)
    expect(namesUnknownSlug('/compare/dora-vs-gdpr-vs-nis2', index)).toBe(false)
  })

  it('flags a compare address that is no pair or matrix (the route would file its 404 in the cache), but not the picker', () => {
    for (const junk of ['/compare/gdpr', '/compare/junk', `/compare/${'a'.repeat(300)}`, '/compare/gdpr-vs-gdpr', '/compare/-vs-']) {
      expect(namesUnknownSlug(junk, index), junk).toBe(true)
    }
    expect(namesUnknownSlug('/compare/go', index)).toBe(false)
  })

  it('leaves other paths to the router', () => {
    expect(namesUnknownSlug('/compare', index)).toBe(false)
    expect(namesUnknownSlug('/standards/gdpr/extra', index)).toBe(false)
    expect(namesUnknownSlug('/compare/gdpr-vs-nis2/other/x', index)).toBe(false)
    expect(namesUnknownSlug('/api/revalidate', index)).toBe(false)
  })

  it("flags a pair's image or checklist that names an unknown standard, or a checklist of no standard of the pair", () => {
    expect(namesUnknownSlug('/compare/gdpr-vs-nis2/opengraph-image', index)).toBe(false)
    expect(namesUnknownSlug('/compare/gdpr-vs-nis-2/opengraph-image', index)).toBe(false)
    expect(namesUnknownSlug('/compare/gdpr-vs-junk/opengraph-image', index)).toBe(true)
    expect(namesUnknownSlug('/compare/junk/opengraph-image', index)).toBe(true)
    expect(namesUnknownSlug('/compare/a-vs-b/opengraph-image-x1y2', index)).toBe(true)
    expect(namesUnknownSlug('/compare/gdpr-vs-nis2/checklist/nis2.csv', index)).toBe(false)
    expect(namesUnknownSlug('/compare/gdpr-vs-nis2/checklist/dora.csv', index)).toBe(true)
    expect(namesUnknownSlug('/compare/gdpr-vs-nis2/checklist/nis2.txt', index)).toBe(true)
    expect(namesUnknownSlug('/compare/gdpr-vs-x/checklist/gdpr.csv', index)).toBe(true)
  })

  it('flags a requirement page or an edition diff of an unknown standard, or with a segment the site never writes', () => {
    expect(namesUnknownSlug('/standards/gdpr/requirements/art-32', index)).toBe(false)
    expect(namesUnknownSlug('/standards/nope/requirements/art-32', index)).toBe(true)
    expect(namesUnknownSlug('/standards/gdpr/requirements/Art.32', index)).toBe(true)
    expect(namesUnknownSlug('/standards/gdpr/requirements/-a', index)).toBe(true)
    expect(namesUnknownSlug(`/standards/gdpr/requirements/${'a'.repeat(201)}`, index)).toBe(true)
    expect(namesUnknownSlug('/standards/gdpr/editions/gdpr-2016--gdpr-2024', index)).toBe(false)
    expect(namesUnknownSlug('/standards/gdpr/editions/gdpr-2016', index)).toBe(true)
    expect(namesUnknownSlug('/standards/junk/editions/a--b', index)).toBe(true)
  })

  it('flags the partner and crosswalk APIs naming an unknown standard', () => {
    expect(namesUnknownSlug('/api/compare/dora-vs-nis2', index)).toBe(false)
    expect(namesUnknownSlug('/api/compare/dora-vs-nope', index)).toBe(true)
    expect(namesUnknownSlug('/api/compare/garbage', index)).toBe(true)
    expect(namesUnknownSlug('/api/crosswalk/nis2/gdpr', index)).toBe(false)
    expect(namesUnknownSlug('/api/crosswalk/nis2/nope', index)).toBe(true)
  })
})
