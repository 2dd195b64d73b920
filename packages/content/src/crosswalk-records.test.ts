import { computeCoverage } from '@versus/engine'
import { describe, expect, it } from 'vitest'

import type { CrosswalkBundle } from './crosswalk-bundle'
import { toCrosswalkRecords } from './crosswalk-records'

const bundle: CrosswalkBundle = {
  editions: [
    { id: 'a-1', standard: 'a', label: 'A:1', year: 2020, status: 'current', textLicence: 'titles-and-ids' },
    { id: 'b-1', standard: 'b', label: 'B:1', year: 2021, status: 'current', textLicence: 'ids-only' },
  ],
  requirements: [
    { edition: 'a-1', refId: '1', assessable: true, title: 'One' },
    { edition: 'a-1', refId: '2', assessable: true, title: 'Two' },
    { edition: 'b-1', refId: 'X', assessable: false },
    { edition: 'b-1', refId: 'X.1', parent: 'X', assessable: true },
    { edition: 'b-1', refId: 'X.2', parent: 'X', assessable: true },
    { edition: 'orphan', refId: 'Z', assessable: true },
  ],
  sets: [
    {
      id: 'a-to-b',
      sourceEdition: 'a-1',
      targetEdition: 'b-1',
      publisher: 'Versus editorial',
      method: 'set-theory',
      comprehensive: true,
      status: 'complete',
    },
  ],
  mappings: [
    { set: 'a-to-b', sources: ['1'], targets: ['X.1'], relationship: 'equal' },
    { set: 'a-to-b', sources: ['2'], targets: ['X.2'], relationship: 'subset', strength: 8, gapNote: 'More.' },
  ],
}

describe('toCrosswalkRecords', () => {
  it('builds one catalog per edition, keyed by refId, and drops requirements of unknown editions', () => {
    const records = toCrosswalkRecords(bundle)
    expect([...records.catalogs.keys()]).toEqual(['a-1', 'b-1'])
    expect(records.catalogs.get('b-1')?.requirements.map((r) => [r.id, r.parent])).toEqual([
      ['X', null],
      ['X.1', 'X'],
      ['X.2', 'X'],
    ])
    expect(records.mappings.map((m) => m.id)).toEqual(['a-to-b#1', 'a-to-b#2'])
  })

  it('feeds the engine: one full, one partial, headings never counted', () => {
    const records = toCrosswalkRecords(bundle)
    const coverage = computeCoverage({
      from: records.catalogs.get('a-1')!,
      to: records.catalogs.get('b-1')!,
      sets: records.sets,
      mappings: records.mappings,
    })
    expect(coverage.summary).toMatchObject({ full: 1, partial: 1, related: 0, none: 0, unknown: 0, total: 2 })
  })
})
