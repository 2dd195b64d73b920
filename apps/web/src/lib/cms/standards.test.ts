import { describe, expect, it } from 'vitest'
import { list, rawComparison, rawStandard } from '@/test/fixtures'
import { buildCatalog } from './catalog'
import { mapSite } from './map'
import { buildStandardPage } from './standards'

const catalog = buildCatalog({
  categories: list([]),
  aspects: list([]),
  standards: list([
    rawStandard(1, 'iso-27001', 'ISO 27001', { related: [{ standard: 2, relation: 'complements' }] }),
    rawStandard(2, 'iso-27002', 'ISO 27002', { related: [{ standard: 1, relation: 'complements' }] }),
    rawStandard(3, 'iso-27701', 'ISO 27701', { related: [{ standard: 1, relation: 'extends' }] }),
  ]),
  comparisons: list([rawComparison(1, 2, 1), rawComparison(2, 3, 2)]),
  articles: list([]),
})
const site = mapSite({ siteName: 'Versus', footerLinks: [] }, 'https://versus.example')

describe('buildStandardPage', () => {
  it('is null for an unknown slug', () => {
    expect(buildStandardPage('nope', catalog, site)).toBeNull()
  })

  it('lists relations both ways, a symmetric one once, linking to the other standard', () => {
    const page = buildStandardPage('iso-27001', catalog, site)
    expect(page?.relations.map((r) => [r.sentence, r.link.path])).toEqual([
      ['ISO 27001 complements ISO 27002', '/standards/iso-27002'],
      ['ISO 27701 extends ISO 27001', '/standards/iso-27701'],
    ])
  })

  it('lists every published comparison containing the standard, and nothing else', () => {
    const page = buildStandardPage('iso-27001', catalog, site)
    expect(page?.comparisons.map((c) => c.path)).toEqual(['/compare/iso-27001-vs-iso-27002'])
    expect(page?.seo.canonicalUrl).toBe('https://versus.example/standards/iso-27001')
    expect(page?.seo.breadcrumbs.map((b) => b.path)).toEqual(['/', '/standards', '/standards/iso-27001'])
  })
})
