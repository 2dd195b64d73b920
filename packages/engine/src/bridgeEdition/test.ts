import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MappingRecord, MappingSetRecord } from '../types'
import { shuffle } from '../_lib/arbitraries'
import { flatCatalog, holds, poolOf, setBetween, trueRows, truthFor, union } from '../_lib/mappingArbitraries'
import { computeCoverage } from '../computeCoverage/index'
import { invertMappingSet } from '../invertMappingSet/index'
import { bridgeEdition } from './index'

const old = flatCatalog('iso-2013', poolOf('o', 5))
const next = flatCatalog('iso-2022', poolOf('n', 4))
const nis = flatCatalog('nis2', poolOf('x', 4))
const transition = setBetween('t', 'iso-2013', 'iso-2022', { method: 'edition-transition', publisher: 'Versus editorial' })
const transitionMappings: MappingRecord[] = [
  { setId: 't', sources: ['o1'], targets: ['n1'], relationship: 'equal' },
  { setId: 't', sources: ['o2'], targets: ['n2'], relationship: 'subset' }, // 2022 control wider
  { setId: 't', sources: ['o3', 'o4'], targets: ['n3'], relationship: 'equal' }, // two merged into one
]
const set: MappingSetRecord = setBetween('iso13-nis2', 'iso-2013', 'nis2', { publisher: 'ENISA', licence: 'CC-BY-4.0', comprehensive: true })
const mappings: MappingRecord[] = [
  { setId: 'iso13-nis2', sources: ['o1'], targets: ['x1'], relationship: 'superset', strength: 8, gapNote: 'Nothing.' },
  { setId: 'iso13-nis2', sources: ['o2'], targets: ['x2'], relationship: 'superset' },
  { setId: 'iso13-nis2', sources: ['o3'], targets: ['x3'], relationship: 'equal', rationale: 'semantic' },
  { setId: 'iso13-nis2', sources: ['o2'], targets: ['x4'], relationship: 'intersect' }, // unknown after the hop
  { setId: 'iso13-nis2', sources: ['o5'], targets: ['x4'], relationship: 'subset' }, // o5 was withdrawn
]
const input = { set, mappings, transition, transitionMappings, catalogs: [old, next, nis] }

describe('bridgeEdition', () => {
  it('carries a set to the new edition, flagged as derived', () => {
    const bridge = bridgeEdition(input)
    expect(bridge.set).toMatchObject({
      id: 'iso13-nis2@t',
      sourceEdition: 'iso-2022',
      targetEdition: 'nis2',
      publisher: 'ENISA',
      licence: 'CC-BY-4.0',
      comprehensive: false,
      derivedFrom: { set: 'iso13-nis2', transition: 't' },
    })
    expect(bridge.mappings).toEqual([
      { setId: 'iso13-nis2@t', sources: ['n1'], targets: ['x1'], relationship: 'superset', rationale: null, strength: 8, gapNote: 'Nothing.', derived: true },
      { setId: 'iso13-nis2@t', sources: ['n2'], targets: ['x2'], relationship: 'superset', rationale: null, strength: null, gapNote: null, derived: true },
      // n3 ⊇ o3 = x3
      { setId: 'iso13-nis2@t', sources: ['n3'], targets: ['x3'], relationship: 'superset', rationale: 'semantic', strength: null, gapNote: null, derived: true },
    ])
    expect(bridge).toMatchObject({ carried: 3, dropped: 1, untransitioned: ['o5'] })
  })

  it('works whichever side the old edition is on and however the transition is stored', () => {
    const reversedSet = invertMappingSet(set, mappings)
    const reversedTransition = invertMappingSet(transition, transitionMappings)
    const bridge = bridgeEdition({
      ...input,
      set: reversedSet.set,
      mappings: reversedSet.mappings,
      transition: reversedTransition.set,
      transitionMappings: reversedTransition.mappings,
    })
    expect(bridge.set).toMatchObject({ sourceEdition: 'nis2', targetEdition: 'iso-2022' })
    expect(bridge.mappings.map((m) => [m.sources[0], m.targets[0], m.relationship])).toEqual([
      ['x1', 'n1', 'subset'],
      ['x2', 'n2', 'subset'],
      ['x3', 'n3', 'subset'],
    ])
  })

  it('feeds coverage only when derived sets are asked for', () => {
    const bridge = bridgeEdition(input)
    const coverageInput = { from: next, to: nis, sets: [bridge.set], mappings: bridge.mappings }
    expect(computeCoverage(coverageInput).summary).toMatchObject({ full: 0, unknown: 4, sets: [] })
    const included = computeCoverage(coverageInput, { includeDerived: true })
    expect(included.summary).toMatchObject({ full: 3, unknown: 1, total: 4 })
    expect(included.requirements[0]?.evidence[0]?.derived).toBe(true)
  })

  it('gives an empty bridge and an issue when the sets do not meet or catalogs are missing', () => {
    expect(bridgeEdition({ ...input, catalogs: [old, nis] })).toMatchObject({ mappings: [], carried: 0, issues: [expect.objectContaining({ kind: 'unknown-edition' })] })
    const unrelated = bridgeEdition({ ...input, transition: setBetween('t', 'pci-3', 'pci-4') })
    expect(unrelated.mappings).toEqual([])
    expect(unrelated.issues.map((i) => i.kind)).toEqual(['unknown-edition'])
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const bridge = bridgeEdition(x as Parameters<typeof bridgeEdition>[0])
        expect(bridge.carried).toBe(bridge.mappings.length)
      }),
      { numRuns: 200 },
    )
  })

  it('carries only true links from true rows, in any input order (soundness against a ground truth)', () => {
    const ids = [...poolOf('o', 4), ...poolOf('n', 4), ...poolOf('x', 4)]
    const scenario = truthFor(ids).chain((truth) =>
      fc.tuple(
        fc.constant(truth),
        trueRows('s', truth, poolOf('o', 4), poolOf('x', 4)),
        trueRows('t', truth, poolOf('o', 4), poolOf('n', 4)),
        fc.integer(),
      ),
    )
    fc.assert(
      fc.property(scenario, ([truth, rows, transitionRows, seed]) => {
        const catalogs = [flatCatalog('iso-2013', poolOf('o', 4)), flatCatalog('iso-2022', poolOf('n', 4)), flatCatalog('nis2', poolOf('x', 4))]
        const bridgeInput = {
          set: setBetween('s', 'iso-2013', 'nis2'),
          mappings: rows,
          transition: setBetween('t', 'iso-2013', 'iso-2022', { method: 'edition-transition' }),
          transitionMappings: transitionRows,
          catalogs,
        }
        const bridge = bridgeEdition(bridgeInput)
        for (const m of bridge.mappings) expect(holds(m.relationship, union(truth, m.sources), union(truth, m.targets))).toBe(true)
        const shuffled = bridgeEdition({ ...bridgeInput, mappings: shuffle(rows, seed), transitionMappings: shuffle(transitionRows, seed + 1) })
        expect(shuffled).toEqual(bridge)
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    )
  })
})
