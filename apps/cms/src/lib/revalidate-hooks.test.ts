import { describe, expect, it } from 'vitest'

import { articleTags, comparisonTags, fieldsChanged, STANDARD_INDEX_READERS, standardTags } from './revalidate-hooks'

const iso = {
  id: 1,
  _status: 'published',
  slug: 'iso-27001',
  previousSlugs: [],
  shortName: 'ISO 27001',
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  category: 4,
  related: [{ id: 'r1', standard: 2, relation: 'complements' }],
  tagline: 'Information security management systems.',
  jurisdiction: 'International',
  editionYear: 2022,
  publisher: 'ISO/IEC',
  whatItIs: { root: { type: 'root', children: [] } },
  updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('standardTags', () => {
  it('is empty when the site never saw the standard (a draft saved, never published)', () => {
    expect(standardTags(null, null)).toEqual([])
  })

  it('refreshes only its own pages and the sitemap for a field no list shows', () => {
    const after = { ...iso, whatItIs: { root: { type: 'root', children: [{ type: 'paragraph' }] } }, updatedAt: 'later' }
    expect(standardTags(iso, after)).toEqual(['standard:iso-27001', 'sitemap'])
  })

  it('adds the list of cards for a tagline, but not the index every comparison uses', () => {
    expect(standardTags(iso, { ...iso, tagline: 'New tagline.' })).toEqual([
      'standard:iso-27001',
      'sitemap',
      'standards-list',
    ])
  })

  it('adds the index for a field that links and rankings use', () => {
    for (const change of [
      { shortName: 'ISO/IEC 27001' },
      { category: 5 },
      { related: [{ id: 'r1', standard: 3, relation: 'complements' }] },
      { related: [{ id: 'r1', standard: 2, relation: 'extends' }] },
      { obligation: 'mandatory' },
    ]) {
      expect(standardTags(iso, { ...iso, ...change }), JSON.stringify(change)).toEqual([
        'standard:iso-27001',
        'sitemap',
        'standards-index',
        'standards-list',
      ])
    }
  })

  it('compares relations by id, populated or not, and ignores array row ids', () => {
    const populated = {
      ...iso,
      category: { id: 4, name: 'Security', slug: 'security' },
      related: [{ id: 'other-row-id', standard: { id: 2, slug: 'iso-27002' }, relation: 'complements' }],
    }
    expect(fieldsChanged(iso, populated, STANDARD_INDEX_READERS)).toBe(false)
    expect(standardTags(iso, populated)).toEqual(['standard:iso-27001', 'sitemap'])
  })

  it('sends the old and the new slug on a rename, and the lists', () => {
    const renamed = { ...iso, slug: 'iso-iec-27001', previousSlugs: [{ id: 'p', slug: 'iso-27001' }] }
    expect(standardTags(iso, renamed)).toEqual([
      'standard:iso-iec-27001',
      'standard:iso-27001',
      'sitemap',
      'standards-index',
      'standards-list',
    ])
  })

  it('treats publish, unpublish and delete as the standard appearing or going', () => {
    const everything = ['standard:iso-27001', 'sitemap', 'standards-index', 'standards-list']
    expect(standardTags(null, iso)).toEqual(everything)
    expect(standardTags(iso, null)).toEqual(everything)
  })
})

describe('comparisonTags', () => {
  const pair = { id: 9, _status: 'published', standardA: 1, standardB: 2, pairKey: '1:2', summary: 'S', featured: false, verdict: 'V' }

  it('refreshes the pair page only for the verdict, the index too for a listed field', () => {
    expect(comparisonTags(pair, { ...pair, verdict: 'W' })).toEqual(['comparison:1:2', 'sitemap'])
    expect(comparisonTags(pair, { ...pair, featured: true })).toEqual(['comparison:1:2', 'sitemap', 'comparisons-index'])
    expect(comparisonTags(pair, null)).toEqual(['comparison:1:2', 'sitemap', 'comparisons-index'])
  })

  it('names both pair keys when the pair changes', () => {
    expect(comparisonTags(pair, { ...pair, standardB: 3, pairKey: '1:3' })).toEqual([
      'comparison:1:3',
      'comparison:1:2',
      'sitemap',
      'comparisons-index',
    ])
  })
})

describe('articleTags', () => {
  const article = { id: 3, _status: 'published', slug: 'guide', title: 'Guide', summary: 'S', standards: [1], publishedAt: '2026-01-01T00:00:00.000Z', body: null }

  it('refreshes the article page only for its body, the index for a listed field', () => {
    expect(articleTags(article, { ...article, body: { root: { type: 'root', children: [] } } })).toEqual(['article:guide', 'sitemap'])
    expect(articleTags(article, { ...article, standards: [{ id: 1 }, { id: 2 }] })).toEqual([
      'article:guide',
      'sitemap',
      'articles-index',
    ])
    // The same instant written differently is no change.
    expect(articleTags(article, { ...article, publishedAt: new Date('2026-01-01T00:00:00Z') })).toEqual(['article:guide', 'sitemap'])
  })
})
