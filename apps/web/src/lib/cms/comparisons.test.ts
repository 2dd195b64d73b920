import { describe, expect, it } from 'vitest'
import { list, rawAspect, rawComparison, rawStandard } from '@/test/fixtures'
import { buildCatalog } from './catalog'
import { resolveComparisonPage } from './comparisons'
import { mapSite } from './map'

const catalog = buildCatalog({
  categories: list([]),
  aspects: list([rawAspect(1, 'scope', 'Scope', 1)]),
  standards: list([
    rawStandard(1, 'iso-27032', 'ISO 27032', { aspectValues: [{ aspect: 1, value: 'Internet security' }] }),
    rawStandard(2, 'iso-27701', 'ISO 27701', { aspectValues: [{ aspect: 1, value: 'Privacy' }] }),
    rawStandard(3, 'iso-9001', 'ISO 9001'),
  ]),
  // Stored in "reverse" order: the editor's order must not matter.
  comparisons: list([rawComparison(1, 2, 1)]),
  articles: list([]),
})
const site = mapSite({ siteName: 'Versus', footerLinks: [] }, 'https://versus.example')

describe('resolveComparisonPage', () => {
  it('renders the canonical pair', () => {
    const result = resolveComparisonPage('iso-27032-vs-iso-27701', catalog, site)
    expect(result.kind).toBe('ok')
    if (result.kind !== 'ok') return
    expect(result.model.pair.slug).toBe('iso-27032-vs-iso-27701')
    expect(result.model.headers.map((h) => h.slug)).toEqual(['iso-27032', 'iso-27701'])
    expect(result.model.seo.canonicalUrl).toBe('https://versus.example/compare/iso-27032-vs-iso-27701')
    expect(result.site.name).toBe('Versus')
  })

  it('redirects the reversed order to the canonical path', () => {
    expect(resolveComparisonPage('iso-27701-vs-iso-27032', catalog, site)).toEqual({
      kind: 'redirect',
      path: '/compare/iso-27032-vs-iso-27701',
    })
  })

  it('is not found for a pair without a published comparison, in either order', () => {
    expect(resolveComparisonPage('iso-9001-vs-iso-27032', catalog, site)).toEqual({ kind: 'not-found' })
    expect(resolveComparisonPage('iso-27032-vs-iso-9001', catalog, site)).toEqual({ kind: 'not-found' })
  })

  it('is not found for unknown standards, a self-pair, or malformed slugs', () => {
    for (const param of [
      'iso-27032-vs-iso-27032',
      'iso-27032-vs-nope',
      'iso-27032',
      'ISO-27032-vs-iso-27701',
      'iso-27032-vs-iso-27701-vs-iso-9001',
      'iso-27032-vs-',
      '-vs-iso-27701',
      'iso 27032-vs-iso-27701',
      '',
    ]) {
      expect(resolveComparisonPage(param, catalog, site), param).toEqual({ kind: 'not-found' })
    }
  })

  it('does not redirect a reversed pair that has no page', () => {
    const empty = { ...catalog, comparisons: [] }
    expect(resolveComparisonPage('iso-27701-vs-iso-27032', empty, site)).toEqual({ kind: 'not-found' })
  })
})
