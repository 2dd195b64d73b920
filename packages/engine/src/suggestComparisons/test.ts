import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { StandardRecord } from '../types'
import { pooledSlug, shuffle, standardRecord } from '../_lib/arbitraries'
import { comparisons, gdpr, iso27001, iso27032, iso27701, iso9001, makeStandard, nis2, standards } from '../_lib/fixtures'
import { suggestComparisons } from './index'

const existing = comparisons.map((c) => c.standards)

describe('suggestComparisons', () => {
  it('ranks the uncompared pairs by relatedness, with reasons', () => {
    const suggestions = suggestComparisons({ standards, existing, published: existing.slice(0, 3) })
    expect(suggestions.map((s) => [s.pair.slug, s.score])).toEqual([
      // same category (5) + NIS2 has none published (3) + ISO 27001 has two (1)
      ['iso-27001-vs-nis2', 9],
      ['iso-27032-vs-nis2', 9],
      // same jurisdiction (3) + ISO 9001 none (3) + the other has two (1)
      ['iso-9001-vs-iso-27001', 7],
      ['iso-9001-vs-iso-27032', 7],
      ['iso-9001-vs-iso-27701', 7],
      ['gdpr-vs-iso-9001', 6],
      ['gdpr-vs-iso-27001', 4],
      ['gdpr-vs-iso-27032', 4],
      ['iso-27701-vs-nis2', 4],
    ])
    expect(suggestions[0]).toMatchObject({
      title: 'ISO 27001 vs NIS2',
      pair: { path: '/compare/iso-27001-vs-nis2', standards: ['iso-27001', 'nis2'] },
      reasons: ['Both are in Cybersecurity', 'NIS2 has no published comparison yet', 'ISO 27001 has 2 published comparisons'],
    })
  })

  it('weighs related-standard links in either direction by relation type', () => {
    const suggestions = suggestComparisons({ standards: [iso27701, iso27001, iso27032, gdpr] })
    const extension = suggestions.find((s) => s.pair.slug === 'iso-27001-vs-iso-27701')
    // extends (8) + same jurisdiction (3) + none published on both sides (3 + 3); different categories
    expect(extension).toMatchObject({ score: 17, reasons: ['ISO 27701 extends ISO 27001', 'Both apply in the same jurisdiction (International)', 'ISO 27001 has no published comparison yet', 'ISO 27701 has no published comparison yet'] })
    const complement = suggestions.find((s) => s.pair.slug === 'iso-27032-vs-iso-27701')
    // complements (4) + jurisdiction (3) + coverage (3 + 3)
    expect(complement?.score).toBe(13)
    expect(complement?.reasons[0]).toBe('ISO 27701 complements ISO 27032')

    const first = makeStandard({ slug: 'aaa', shortName: 'AAA', related: [{ standard: 'zzz', relation: 'maps-to' }] })
    const second = makeStandard({ slug: 'zzz', shortName: 'ZZZ', related: [{ standard: 'aaa', relation: 'replaces' }] })
    const [both] = suggestComparisons({ standards: [second, first] })
    // replaces (6) + maps to (5) + category (5) + jurisdiction (3) + coverage (3 + 3)
    expect(both).toMatchObject({ title: 'AAA vs ZZZ', score: 25 })
    expect(both?.reasons.slice(0, 3)).toEqual(['ZZZ replaces AAA', 'AAA maps to ZZZ', 'Both are in Cybersecurity'])
  })

  it('never suggests an existing pair (either order), a self-pair or a blank slug', () => {
    const twin = makeStandard({ slug: 'gdpr', shortName: 'GDPR again' })
    const blank = makeStandard({ slug: '' })
    const suggestions = suggestComparisons({
      standards: [gdpr, twin, blank, nis2, iso9001],
      existing: [['nis2', 'gdpr']],
    })
    expect(suggestions.map((s) => s.pair.slug).sort()).toEqual(['gdpr-vs-iso-9001', 'iso-9001-vs-nis2'])
    expect(suggestions.find((s) => s.pair.slug === 'gdpr-vs-iso-9001')?.title).toBe('GDPR vs ISO 9001')
  })

  it('lowers the score as a standard gets published comparisons', () => {
    const none = suggestComparisons({ standards: [iso9001, gdpr] })[0]
    const some = suggestComparisons({ standards: [iso9001, gdpr], published: [['gdpr', 'nis2']] })[0]
    const many = suggestComparisons({
      standards: [iso9001, gdpr],
      published: [['gdpr', 'nis2'], ['gdpr', 'iso-27701'], ['iso-27001', 'gdpr'], ['gdpr', 'nis2']],
    })[0]
    expect([none?.score, some?.score, many?.score]).toEqual([6, 5, 3])
    expect(many?.reasons).toEqual(['ISO 9001 has no published comparison yet'])
  })

  it('honours the limit', () => {
    expect(suggestComparisons({ standards, limit: 2 })).toHaveLength(2)
    expect(suggestComparisons({ standards, limit: 0 })).toEqual([])
    expect(suggestComparisons({ standards, limit: Number.NaN })).toHaveLength(15)
    expect(suggestComparisons({ standards: [] })).toEqual([])
  })

  const input = fc.record({
    standards: fc.array(standardRecord(), { maxLength: 10 }),
    existing: fc.array(fc.tuple(pooledSlug, pooledSlug), { maxLength: 10 }),
    published: fc.array(fc.tuple(pooledSlug, pooledSlug), { maxLength: 10 }),
  })

  it('is total and deterministic, and independent of input order (property)', () => {
    fc.assert(
      fc.property(input, fc.integer(), (value, seed) => {
        const first = suggestComparisons(value)
        expect(suggestComparisons(structuredClone(value))).toEqual(first)
        // Shuffling changes which record of a repeated slug wins, so only with unique slugs.
        const unique = [...new Map(value.standards.map((s: StandardRecord) => [s.slug, s])).values()]
        const base = suggestComparisons({ ...value, standards: unique })
        const reordered = suggestComparisons({
          standards: shuffle(unique, seed),
          existing: shuffle(value.existing, seed).map(([x, y]) => [y, x] as const),
          published: shuffle(value.published, seed),
        })
        expect(reordered).toEqual(base)
      }),
      { numRuns: 150 },
    )
  })

  it('excludes existing pairs in either order and self-pairs, and ranks by score (property)', () => {
    fc.assert(
      fc.property(input, (value) => {
        const suggestions = suggestComparisons({ ...value, limit: 1000 })
        const taken = new Set(value.existing.flatMap(([x, y]) => [`${x} ${y}`, `${y} ${x}`]))
        for (const s of suggestions) {
          const [x, y] = s.pair.standards
          expect(x).not.toBe(y)
          expect(taken.has(`${x} ${y}`)).toBe(false)
          expect(s.reasons.length > 0 || s.score === 0).toBe(true)
          expect(Number.isFinite(s.score)).toBe(true)
        }
        for (let i = 1; i < suggestions.length; i++) {
          expect((suggestions[i - 1]?.score ?? 0) >= (suggestions[i]?.score ?? 0)).toBe(true)
        }
        expect(new Set(suggestions.map((s) => s.pair.slug)).size).toBe(suggestions.length)
      }),
      { numRuns: 150 },
    )
  })
})


describe('suggestComparisons with mapping sets', () => {
  const plain = [iso9001, gdpr, nis2, iso27001].map((s) => ({ ...s, related: [], category: null, jurisdiction: '' }))

  it('ranks a pair a mapping set links above one it does not, and says who maps what', () => {
    const without = suggestComparisons({ standards: plain })
    const withSets = suggestComparisons({
      standards: plain,
      mappingSets: [{ source: 'nis2', target: 'iso-27001', publisher: 'Versus editorial', sourceLabel: 'NIS2 (2022)', targetLabel: 'ISO/IEC 27001:2022' }],
    })
    const before = without.find((s) => s.pair.slug === 'iso-27001-vs-nis2')!
    const after = withSets.find((s) => s.pair.slug === 'iso-27001-vs-nis2')!
    expect(after.score - before.score).toBe(6)
    expect(after.reasons[0]).toBe('Versus editorial maps NIS2 (2022) to ISO/IEC 27001:2022')
    expect(withSets[0]!.pair.slug).toBe('iso-27001-vs-nis2')
  })

  it('ranks a pair mapped through a pivot a little higher, naming the pivot', () => {
    const mappingSets = [
      { source: 'nis2', target: 'iso-27001', publisher: 'Versus editorial' },
      { source: 'gdpr', target: 'iso-27001', publisher: 'Versus editorial' },
    ]
    const before = suggestComparisons({ standards: plain }).find((s) => s.pair.slug === 'gdpr-vs-nis2')!
    const after = suggestComparisons({ standards: plain, mappingSets }).find((s) => s.pair.slug === 'gdpr-vs-nis2')!
    expect(after.score - before.score).toBe(2)
    expect(after.reasons).toContain(`Both are mapped to ${iso27001.shortName}: coverage can be inferred through it`)
    // The pair a set links directly gets no pivot reason on top.
    const direct = suggestComparisons({ standards: plain, mappingSets }).find((s) => s.pair.slug === 'iso-27001-vs-nis2')!
    expect(direct.reasons.filter((r) => r.startsWith('Both are mapped'))).toEqual([])
  })

  it('ignores sets naming unknown standards or one standard twice, and counts a pair once however many sets link it', () => {
    const base = suggestComparisons({ standards: plain })
    const noisy = suggestComparisons({
      standards: plain,
      mappingSets: [
        { source: 'nis2', target: 'nis2', publisher: 'X' },
        { source: 'nis2', target: 'unknown-std', publisher: 'X' },
      ],
    })
    expect(noisy).toEqual(base)
    const twice = suggestComparisons({
      standards: plain,
      mappingSets: [
        { source: 'nis2', target: 'iso-27001', publisher: 'NIST' },
        { source: 'iso-27001', target: 'nis2', publisher: 'ENISA' },
      ],
    }).find((s) => s.pair.slug === 'iso-27001-vs-nis2')!
    expect(twice.score - base.find((s) => s.pair.slug === 'iso-27001-vs-nis2')!.score).toBe(6)
    expect(twice.reasons.filter((r) => r.includes(' maps '))).toHaveLength(2)
  })
})
