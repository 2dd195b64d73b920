import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { StandardRecord } from '../types'
import { pooledSlug, shuffle, standardRecord } from '../_lib/arbitraries'
import { comparisons, gdpr, iso27001, iso27032, iso27701, iso9001, makeStandard, nis2, standards } from '../_lib/fixtures'
import { suggestComparisons, typedLinksWeight } from './index'

const existing = comparisons.map((c) => c.standards)

describe('suggestComparisons', () => {
  it('ranks the uncompared pairs by strong signals, weak ones only breaking ties, with reasons', () => {
    const suggestions = suggestComparisons({ standards, existing, published: existing.slice(0, 3) })
    expect(suggestions.map((s) => [s.pair.slug, s.score, s.tieBreak])).toEqual([
      // same category (5); tie-break: NIS2 has none published (3) + ISO 27001 has two (1)
      ['iso-27001-vs-nis2', 5, 4],
      ['iso-27032-vs-nis2', 5, 4],
      // no strong signal: same jurisdiction (3) + ISO 9001 none (3) + the other has two (1) only order them
      ['iso-9001-vs-iso-27001', 0, 7],
      ['iso-9001-vs-iso-27032', 0, 7],
      ['iso-9001-vs-iso-27701', 0, 7],
      ['gdpr-vs-iso-9001', 0, 6],
      ['gdpr-vs-iso-27001', 0, 4],
      ['gdpr-vs-iso-27032', 0, 4],
      ['iso-27701-vs-nis2', 0, 4],
    ])
    expect(suggestions[0]).toMatchObject({
      title: 'ISO 27001 vs NIS2',
      pair: { path: '/compare/iso-27001-vs-nis2', standards: ['iso-27001', 'nis2'] },
      reasons: ['Both are in Cybersecurity', 'NIS2 has no published comparison yet', 'ISO 27001 has 2 published comparisons'],
      signals: [
        { kind: 'category', points: 5, tieBreak: false, reason: 'Both are in Cybersecurity' },
        { kind: 'coverage', points: 3, tieBreak: true, reason: 'NIS2 has no published comparison yet' },
        { kind: 'coverage', points: 1, tieBreak: true, reason: 'ISO 27001 has 2 published comparisons' },
      ],
    })
  })

  it('weighs related-standard links in either direction by relation type', () => {
    const suggestions = suggestComparisons({ standards: [iso27701, iso27001, iso27032, gdpr] })
    const extension = suggestions.find((s) => s.pair.slug === 'iso-27001-vs-iso-27701')
    // extends (8); tie-break: same jurisdiction (3) + none published on both sides (3 + 3); different categories
    expect(extension).toMatchObject({
      score: 8,
      tieBreak: 9,
      reasons: ['ISO 27701 extends ISO 27001', 'Both apply in the same jurisdiction (International)', 'ISO 27001 has no published comparison yet', 'ISO 27701 has no published comparison yet'],
    })
    const complement = suggestions.find((s) => s.pair.slug === 'iso-27032-vs-iso-27701')
    expect([complement?.score, complement?.tieBreak]).toEqual([4, 9])
    expect(complement?.reasons[0]).toBe('ISO 27701 complements ISO 27032')

    const first = makeStandard({ slug: 'aaa', shortName: 'AAA', related: [{ standard: 'zzz', relation: 'maps-to' }] })
    const second = makeStandard({ slug: 'zzz', shortName: 'ZZZ', related: [{ standard: 'aaa', relation: 'replaces' }] })
    const [both] = suggestComparisons({ standards: [second, first] })
    // replaces (6) + maps to (5) + category (5); tie-break: jurisdiction (3) + coverage (3 + 3)
    expect(both).toMatchObject({ title: 'AAA vs ZZZ', score: 16, tieBreak: 9 })
    expect(both?.reasons.slice(0, 3)).toEqual(['ZZZ replaces AAA', 'AAA maps to ZZZ', 'Both are in Cybersecurity'])
  })

  it('never lets a weak signal lift a pair above one with a stronger signal', () => {
    // Same jurisdiction, neither compared: the strongest possible tie-break (9) and no strong signal.
    const lab = makeStandard({ slug: 'lab', shortName: 'LAB', category: { slug: 'labs', name: 'Labs' }, jurisdiction: 'International' })
    const cards = makeStandard({ slug: 'cards', shortName: 'CARDS', category: { slug: 'payments', name: 'Payments' }, jurisdiction: 'International' })
    // Different jurisdictions and categories, both well covered, one visitor request: 4 strong points.
    const law = makeStandard({ slug: 'law', shortName: 'LAW', category: { slug: 'privacy', name: 'Privacy' }, jurisdiction: 'European Union' })
    const mgmt = makeStandard({ slug: 'mgmt', shortName: 'MGMT', category: { slug: 'security', name: 'Security' }, jurisdiction: 'Worldwide' })
    const published: [string, string][] = [['law', 'x1'], ['law', 'x2'], ['law', 'x3'], ['mgmt', 'x1'], ['mgmt', 'x2'], ['mgmt', 'x3']]
    const ranked = suggestComparisons({ standards: [lab, cards, law, mgmt], published, requests: [['mgmt', 'law']] })
    expect(ranked[0]).toMatchObject({ pair: { slug: 'law-vs-mgmt' }, score: 4, tieBreak: 0, reasons: ['A visitor asked for this comparison'] })
    expect(ranked.find((s) => s.pair.slug === 'cards-vs-lab')).toMatchObject({ score: 0, tieBreak: 9 })
  })

  it('ranks by visitor demand, up to three requests, in either order; self-pairs and unknown slugs never count', () => {
    const plain = [iso9001, gdpr, nis2].map((s) => ({ ...s, related: [], category: null, jurisdiction: '' }))
    const demand = (requests: [string, string][]) =>
      suggestComparisons({ standards: plain, requests }).find((s) => s.pair.slug === 'gdpr-vs-iso-9001')!
    expect(demand([]).score).toBe(0)
    expect(demand([['gdpr', 'iso-9001']]).score).toBe(4)
    expect(demand([['gdpr', 'iso-9001'], ['iso-9001', 'gdpr']])).toMatchObject({ score: 8, reasons: ['Visitors asked for this comparison 2 times', expect.any(String), expect.any(String)] })
    expect(demand(Array.from({ length: 9 }, () => ['iso-9001', 'gdpr'] as [string, string])).score).toBe(12)
    const noise = suggestComparisons({ standards: plain, requests: [['gdpr', 'gdpr'], ['gdpr', 'unknown']] })
    expect(noise).toEqual(suggestComparisons({ standards: plain }))
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

  it('lowers the tie-break as a standard gets published comparisons, never the score', () => {
    const none = suggestComparisons({ standards: [iso9001, gdpr] })[0]
    const some = suggestComparisons({ standards: [iso9001, gdpr], published: [['gdpr', 'nis2']] })[0]
    const many = suggestComparisons({
      standards: [iso9001, gdpr],
      published: [['gdpr', 'nis2'], ['gdpr', 'iso-27701'], ['iso-27001', 'gdpr'], ['gdpr', 'nis2']],
    })[0]
    expect([none?.tieBreak, some?.tieBreak, many?.tieBreak]).toEqual([6, 5, 3])
    expect([none?.score, some?.score, many?.score]).toEqual([0, 0, 0])
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
    requests: fc.array(fc.tuple(pooledSlug, pooledSlug), { maxLength: 10 }),
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
          requests: shuffle(value.requests, seed).map(([x, y]) => [y, x] as const),
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
        for (const s of suggestions) {
          expect(s.score).toBe(s.signals.filter((signal) => !signal.tieBreak).reduce((sum, signal) => sum + signal.points, 0))
          expect(s.tieBreak).toBe(s.signals.filter((signal) => signal.tieBreak).reduce((sum, signal) => sum + signal.points, 0))
          expect(s.reasons).toEqual(s.signals.map((signal) => signal.reason))
          // Only jurisdiction and coverage are weak.
          for (const signal of s.signals) expect(signal.tieBreak).toBe(signal.kind === 'jurisdiction' || signal.kind === 'coverage')
        }
        for (let i = 1; i < suggestions.length; i++) {
          const [before, after] = [suggestions[i - 1]!, suggestions[i]!]
          expect(before.score > after.score || (before.score === after.score && before.tieBreak >= after.tieBreak)).toBe(true)
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

  it('counts the typed links between their requirements, one point per doubling, at most 6', () => {
    const base = suggestComparisons({ standards: plain }).find((s) => s.pair.slug === 'iso-27001-vs-nis2')!.score
    const linked = (typedLinks: number | null) =>
      suggestComparisons({ standards: plain, mappingSets: [{ source: 'nis2', target: 'iso-27001', publisher: 'Versus editorial', typedLinks }] }).find(
        (s) => s.pair.slug === 'iso-27001-vs-nis2',
      )!
    expect([null, 0, 1, 3, 7, 40, 5000].map((n) => linked(n).score - base)).toEqual([6, 6, 7, 8, 9, 11, 12])
    expect(typedLinksWeight(Number.NaN)).toBe(0)
    expect(linked(40).signals).toContainEqual({
      kind: 'typed-links',
      points: 5,
      tieBreak: false,
      reason: '40 typed crosswalk links (equal, subset, superset, intersect) between their requirements',
    })
    // Two sets linking the pair add their typed links up.
    const twice = suggestComparisons({
      standards: plain,
      mappingSets: [
        { source: 'nis2', target: 'iso-27001', publisher: 'A', typedLinks: 3 },
        { source: 'iso-27001', target: 'nis2', publisher: 'B', typedLinks: 4 },
      ],
    }).find((s) => s.pair.slug === 'iso-27001-vs-nis2')!
    expect(twice.signals.find((signal) => signal.kind === 'typed-links')?.points).toBe(3)
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
