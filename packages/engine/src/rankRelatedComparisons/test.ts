import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ComparisonRecord, StandardRecord } from '../types'
import { catalog as catalogArb, pooledSlug, shuffle } from '../_lib/arbitraries'
import { comparisons, gdpr, iso27001, iso27032, iso9001, makeStandard, nis2, standards } from '../_lib/fixtures'
import { RELATED_COMPARISONS_LIMIT, rankRelatedComparisons } from './index'

describe('rankRelatedComparisons', () => {
  it('scores shared standards, categories and links', () => {
    const related = rankRelatedComparisons(['iso-27701', 'iso-27032'], { standards, comparisons })
    expect(related.map((r) => [r.pair.slug, r.score])).toEqual([
      // iso-27032 shared (10) + both cybersecurity (3+3) + iso-27032 → iso-27001 and iso-27701 → iso-27001 (1+1);
      // linked in the order its record (its editor) gives, not the canonical one
      ['iso-27032-vs-iso-27001', 18],
      // iso-27701 shared (10) + privacy, cybersecurity (3+3) + the same two links (1+1)
      ['iso-27001-vs-iso-27701', 18],
      // iso-27701 shared (10) + privacy (3) + privacy (3)
      ['gdpr-vs-iso-27701', 16],
      // privacy (3) + cybersecurity (3)
      ['gdpr-vs-nis2', 6],
      // not iso-9001-vs-nis2: nis2 is cybersecurity (3), but iso-9001 has nothing to do with the pair
    ])
  })

  it('stays on topic: every standard of a listed comparison is in the pair, shares a category with it or is linked to it', () => {
    fc.assert(
      fc.property(catalogArb, fc.nat(), fc.nat(), (catalog, i, j) => {
        const slugs = catalog.standards.map((s) => s.slug)
        if (slugs.length < 2) return
        const pa = slugs[i % slugs.length] as string
        const pb = slugs[j % slugs.length] as string
        if (pa === pb) return
        const bySlug = new Map(catalog.standards.map((s) => [s.slug, s]))
        const pair = [bySlug.get(pa), bySlug.get(pb)]
        const categories = new Set(pair.flatMap((s) => (s?.category?.slug ? [s.category.slug] : [])))
        const linked = (slug: string) =>
          pair.some((s) => s?.related.some((r) => r.standard === slug)) || (bySlug.get(slug)?.related ?? []).some((r) => r.standard === pa || r.standard === pb)
        for (const related of rankRelatedComparisons([pa, pb], catalog)) {
          for (const slug of related.pair.standards) {
            const category = bySlug.get(slug)?.category?.slug
            expect(slug === pa || slug === pb || (category !== undefined && categories.has(category)) || linked(slug)).toBe(true)
          }
        }
      }),
    )
  })

  it('excludes this pair, self-pairs and unknown standards, and fills title and summary', () => {
    const related = rankRelatedComparisons(['iso-27032', 'iso-27701'], { standards, comparisons })
    const slugs = related.map((r) => r.pair.slug)
    expect(slugs).not.toContain('iso-27032-vs-iso-27701')
    expect(slugs).not.toContain('iso-9001-vs-iso-9001')
    expect(slugs.some((s) => s.includes('unknown-standard'))).toBe(false)
    const withSummary = related.find((r) => r.pair.slug === 'iso-27001-vs-iso-27701')
    expect(withSummary?.title).toBe('ISO 27001 vs ISO 27701')
    expect(withSummary?.summary).toBe('Security management vs its privacy extension.')
    const generated = related.find((r) => r.pair.slug === 'gdpr-vs-iso-27701')
    expect(generated?.summary).toBe(
      'Compare GDPR, a mandatory regulation, with ISO 27701, a voluntary certifiable standard.',
    )
    expect(related.find((r) => r.pair.slug === 'gdpr-vs-nis2')?.pair).toEqual({
      slug: 'gdpr-vs-nis2',
      path: '/compare/gdpr-vs-nis2',
      standards: ['gdpr', 'nis2'],
    })
  })

  it('drops comparisons scoring 0 and honours the limit', () => {
    const lonely = makeStandard({ slug: 'lonely', category: null })
    const other = makeStandard({ slug: 'other', category: null })
    const related = rankRelatedComparisons(['lonely', 'other'], {
      standards: [lonely, other, iso9001, gdpr],
      comparisons: [{ standards: ['iso-9001', 'gdpr'] }],
    })
    expect(related).toEqual([])
    expect(rankRelatedComparisons(['iso-27032', 'iso-27701'], { standards, comparisons }, { limit: 2 })).toHaveLength(2)
  })

  it('counts a duplicated pair once, with an order-independent summary', () => {
    const dupes: ComparisonRecord[] = [
      { standards: ['nis2', 'gdpr'], summary: 'Zed' },
      { standards: ['gdpr', 'nis2'], summary: 'Alpha' },
      { standards: ['gdpr', 'nis2'] },
    ]
    for (const list of [dupes, [...dupes].reverse()]) {
      const related = rankRelatedComparisons(['iso-27032', 'iso-27701'], { standards, comparisons: list })
      expect(related).toHaveLength(1)
      expect(related[0]?.summary).toBe('Alpha')
    }
  })

  it('prefers the pair records given as options (previews)', () => {
    const draft: StandardRecord = { ...iso27032, category: { slug: 'quality-management', name: 'Quality' } }
    const related = rankRelatedComparisons(
      ['iso-27032', 'iso-27701'],
      { standards, comparisons: [{ standards: ['iso-9001', 'nis2'] }] },
      { pairStandards: [draft] },
    )
    // iso-9001 now shares the draft's category (3), but nis2 no longer does: off topic
    expect(related).toEqual([])
    const both = rankRelatedComparisons(
      ['iso-27032', 'iso-27701'],
      { standards, comparisons: [{ standards: ['iso-9001', 'nis2'] }] },
      { pairStandards: [draft, { ...iso27032, slug: 'iso-27701', category: nis2.category }] },
    )
    // with the other side of the pair in nis2's category, both are tied to the pair
    expect(both.map((r) => r.score)).toEqual([6])
  })

  it('ranks within a large catalog (its speed is measured by `npm run bench`, not here)', () => {
    const many: StandardRecord[] = []
    for (let i = 0; i < 1000; i++) {
      many.push(makeStandard({ slug: `s-${i}`, category: i % 10 === 0 ? iso27032.category : null, related: [{ standard: `s-${(i * 7) % 1000}`, relation: 'maps-to' }] }))
    }
    const pairs: ComparisonRecord[] = []
    for (let i = 0; i < 5000; i++) pairs.push({ standards: [`s-${(i * 13) % 1000}`, `s-${(i * 31 + 1) % 1000}`] })
    const catalog = { standards: [...many, iso27001, nis2], comparisons: pairs }
    for (let i = 0; i < 50; i++) {
      const related = rankRelatedComparisons([`s-${i}`, `s-${i + 1}`], catalog)
      expect(related.length).toBeLessThanOrEqual(RELATED_COMPARISONS_LIMIT)
      const scores = related.map((r) => r.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  })

  it('is deterministic under catalog shuffles, and symmetric in the pair', () => {
    fc.assert(
      fc.property(catalogArb, pooledSlug, pooledSlug, fc.integer(), (catalog, a, b, seed) => {
        const expected = rankRelatedComparisons([a, b], catalog)
        expect(rankRelatedComparisons([b, a], catalog)).toEqual(expected)
        const shuffled = {
          standards: shuffle(catalog.standards, seed),
          comparisons: shuffle(catalog.comparisons, seed + 1),
        }
        expect(rankRelatedComparisons([a, b], shuffled)).toEqual(expected)
        for (let i = 1; i < expected.length; i++) {
          const prev = expected[i - 1]
          const cur = expected[i]
          if (prev && cur) expect(prev.score).toBeGreaterThanOrEqual(cur.score)
        }
        expect(expected.every((r) => r.score > 0)).toBe(true)
        expect(expected.length).toBeLessThanOrEqual(6)
      }),
      { numRuns: 200 },
    )
  })
})
