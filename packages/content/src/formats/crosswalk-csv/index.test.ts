import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { arbitrarySetBundle } from '../fixtures/arbitrary-set'
import { readFixture } from '../fixtures/read-fixture'
import { parseCrosswalkCsv } from '.'
import { toCrosswalkCsv } from './serialize'

describe('parseCrosswalkCsv', () => {
  it('reads the set from the header lines and one mapping per row', () => {
    const { bundle, problems } = parseCrosswalkCsv(readFixture('crosswalk.csv'))
    expect(problems).toEqual([])
    expect(bundle.sets).toEqual([
      {
        id: 'demo-2024--other-1',
        title: 'Demo 2024 → Other 1',
        sourceEdition: 'demo-2024',
        targetEdition: 'other-1',
        publisher: 'Versus editorial',
        author: null,
        method: 'set-theory',
        comprehensive: true,
        licence: 'CC-BY-4.0',
        sourceUrl: null,
        reviewedAt: '2026-11-30',
        status: 'complete',
        coveredTargets: ['P.1', 'P.2'],
        coveredSources: null,
      },
    ])
    expect(bundle.mappings.map((m) => [m.sources, m.targets, m.relationship, m.rationale, m.strength, m.gapNote])).toEqual([
      [['G-1'], ['P.1'], 'equal', 'semantic', 10, null],
      [['G-2'], ['P.2'], 'subset', 'functional', 6, 'P.2 also asks for a yearly test, signed off.'],
      [['G-2.a', 'G-1'], ['P.3'], 'intersect', null, null, null],
      [['G-2.a'], ['P.4'], 'superset', null, null, null],
      [['G-1'], ['P.5'], 'not-related', null, 0, null],
      [['G-1'], ['P.6'], 'related', null, null, 'Two lines:\nthe second one.'],
    ])
  })

  it('reports every problem of a file in one round, by line', () => {
    const { problems } = parseCrosswalkCsv(readFixture('crosswalk-problems.csv'))
    expect(problems.map((p) => [p.severity, p.record, p.field])).toEqual([
      ['warning', 'line 6', 'colour'],
      ['error', '(header)', 'target-edition'],
      ['error', '(header)', 'publisher'],
      ['error', 'line 4', 'method'],
      ['warning', 'line 7', 'extra'],
      ['error', 'line 9', 'relationship'],
      ['error', 'line 10', 'target'],
      ['error', 'line 11', 'source'],
      ['error', 'line 12', 'rationale'],
      ['error', 'line 12', 'strength'],
      ['error', 'line 13', ''],
    ])
  })

  it('accepts a not-related gap row with one side empty, and counts lines across quoted line breaks', () => {
    const csv = '# versus-crosswalk-csv 1\n# set: s\n# source-edition: a\n# target-edition: b\n# publisher: P\n# method: set-theory\n# status: draft\nsource,target,relationship,gap_note\nX,,not-related,"one\ntwo"\nY,Z,sideways,\n'
    const { bundle, problems } = parseCrosswalkCsv(csv)
    expect(bundle.mappings).toEqual([expect.objectContaining({ sources: ['X'], targets: [], relationship: 'not-related', gapNote: 'one\ntwo' })])
    expect(problems).toEqual([expect.objectContaining({ record: 'line 11', field: 'relationship' })])
  })

  it('reports broken quoting and a file without a column row', () => {
    expect(parseCrosswalkCsv('# versus-crosswalk-csv 1\nsource,target\n"A,B\n').problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('not valid CSV')]),
    )
    expect(parseCrosswalkCsv('# versus-crosswalk-csv 1\n# set: s\n').problems.map((p) => p.reason)).toContain(
      'no column row (source,target,relationship,…)',
    )
  })
})

describe('toCrosswalkCsv', () => {
  it('writes the fixture back as the parser reads it', () => {
    const first = parseCrosswalkCsv(readFixture('crosswalk.csv')).bundle
    const again = parseCrosswalkCsv(toCrosswalkCsv(first, 'demo-2024--other-1'))
    expect(again).toEqual({ bundle: first, problems: [] })
  })

  it('round-trips any set: parse(serialize(x)) is x', () => {
    fc.assert(
      fc.property(arbitrarySetBundle, (bundle) => {
        const { bundle: back, problems } = parseCrosswalkCsv(toCrosswalkCsv(bundle, bundle.sets[0]!.id))
        expect(problems).toEqual([])
        expect(back).toEqual(bundle)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses an unknown set and an id it cannot write', () => {
    const bundle = parseCrosswalkCsv(readFixture('crosswalk.csv')).bundle
    expect(() => toCrosswalkCsv(bundle, 'nope')).toThrow(RangeError)
    bundle.mappings[0]!.sources = ['A;B']
    expect(() => toCrosswalkCsv(bundle, 'demo-2024--other-1')).toThrow(/cannot be written/)
  })
})
