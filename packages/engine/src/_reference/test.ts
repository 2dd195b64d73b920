/**
 * Scaffolding while the crosswalk functions are made fast: the optimised
 * functions must give exactly what the frozen copies in this folder give
 * (issues, order and all). Deleted once the work is done.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CatalogRecord, MappingRecord, MappingRelationship, MappingSetRecord, RequirementRecord } from '../types'
import { coverageInput } from '../_lib/mappingArbitraries'
import { computeCoverage } from '../computeCoverage/index'
import { inferMappings } from '../inferMappings/index'
import { bridgeEdition } from '../bridgeEdition/index'
import { computeCoverage as oldCoverage } from './computeCoverage'
import { inferMappings as oldInfer } from './inferMappings'
import { bridgeEdition as oldBridge } from './bridgeEdition'
import { prng } from '../../bench/prng'

const RELS: MappingRelationship[] = ['equal', 'subset', 'superset', 'intersect', 'not-related', 'related']

function catalog(editionId: string, size: number, random: () => number): CatalogRecord {
  const requirements: RequirementRecord[] = []
  for (let c = 1; requirements.length < size; c++) {
    requirements.push({ id: `${editionId}:${c}`, refId: `${c}`, assessable: random() < 0.2, title: `Clause ${c}` })
    for (let k = 1; k <= 4 && requirements.length < size; k++) {
      requirements.push({ id: `${editionId}:${c}.${k}`, refId: `${c}.${k}`, parent: `${editionId}:${c}`, assessable: random() < 0.9, ...(random() < 0.5 ? { order: k % 3 } : {}) })
    }
  }
  return { editionId, standardSlug: editionId, requirements }
}

function rows(random: () => number, setId: string, from: CatalogRecord, to: CatalogRecord, count: number): MappingRecord[] {
  const pick = (c: CatalogRecord) => (random() < 0.01 ? 'ghost' : (c.requirements[Math.floor(random() * c.requirements.length)] as RequirementRecord).id)
  const some = (c: CatalogRecord) => Array.from({ length: random() < 0.2 ? 2 + Math.floor(random() * 2) : 1 }, () => pick(c))
  return Array.from({ length: count }, (_, i) => {
    const gap = random() < 0.03
    return {
      setId: random() < 0.01 ? 'nowhere' : setId,
      ...(random() < 0.3 ? { id: `${setId}-${i}` } : {}),
      sources: gap && random() < 0.5 ? [] : some(from),
      targets: gap && random() < 0.5 ? [] : some(to),
      relationship: gap ? 'not-related' : (RELS[Math.floor(random() * RELS.length)] as MappingRelationship),
      strength: random() < 0.5 ? (random() < 0.5 ? null : Math.floor(random() * 11)) : random() < 0.5 ? 10 : undefined,
      ...(random() < 0.3 ? { rationale: 'semantic' as const } : {}),
      gapNote: random() < 0.2 ? ' Adds a  yearly review. ' : null,
    } as MappingRecord
  })
}

const set = (id: string, sourceEdition: string, targetEdition: string, random: () => number, ids: string[]): MappingSetRecord => {
  const methods = ['set-theory', 'set-theory', 'set-theory', 'edition-transition', 'crosswalk'] as const
  const statuses = ['complete', 'complete', 'not-complete', 'superseded', 'draft'] as const
  return {
    id,
    sourceEdition,
    targetEdition,
    publisher: 'Bench',
    method: methods[Math.floor(random() * methods.length)] as MappingSetRecord['method'],
    comprehensive: random() < 0.3,
    licence: 'CC0-1.0',
    status: statuses[Math.floor(random() * statuses.length)] as MappingSetRecord['status'],
    coveredTargets: ids.filter(() => random() < 0.05),
    coveredSources: ids.filter(() => random() < 0.05),
  }
}

describe('optimised crosswalk functions against the frozen reference', () => {
  it('computeCoverage: small generated inputs', () => {
    fc.assert(
      fc.property(coverageInput, fc.boolean(), fc.boolean(), (input, derived, drafts) => {
        const options = { includeDerived: derived, ...(drafts ? { statuses: ['draft' as const, 'complete' as const] } : {}) }
        expect(computeCoverage(input, options)).toEqual(oldCoverage(input, options))
      }),
      { numRuns: 500 },
    )
  })

  it('computeCoverage: larger generated catalogs with odd rows', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = prng(seed)
      const a = catalog('A', 20 + Math.floor(random() * 60), random)
      const b = catalog('B', 20 + Math.floor(random() * 60), random)
      const ids = [...a.requirements, ...b.requirements].map((r) => r.id)
      const sets = [set('ab', 'A', 'B', random, ids), set('ba', 'B', 'A', random, ids), set('ab2', 'A', 'B', random, ids), set('x', 'A', 'C', random, ids)]
      const mappings = [...rows(random, 'ab', a, b, 200), ...rows(random, 'ba', b, a, 100), ...rows(random, 'ab2', a, b, 50)].sort(() => random() - 0.5)
      for (const [from, to] of [[a, b], [b, a]] as const) {
        expect(computeCoverage({ from, to, sets, mappings })).toEqual(oldCoverage({ from, to, sets, mappings }))
        expect(computeCoverage({ from, to, sets, mappings }, { includeDerived: true, statuses: ['draft', 'complete'] })).toEqual(
          oldCoverage({ from, to, sets, mappings }, { includeDerived: true, statuses: ['draft', 'complete'] }),
        )
      }
    }
  })

  it('inferMappings and bridgeEdition: generated editions, sets both ways, ties', () => {
    let candidates = 0
    for (let seed = 1; seed <= 40; seed++) {
      const random = prng(seed * 7919)
      const n = 3 + Math.floor(random() * 3)
      const editions = Array.from({ length: n }, (_, i) => `E${i + 1}`)
      const catalogs = editions.map((e) => catalog(e, 6 + Math.floor(random() * 25), random))
      const ids = catalogs.flatMap((c) => c.requirements.map((r) => r.id))
      const sets: MappingSetRecord[] = []
      const mappings: MappingRecord[] = []
      for (let x = 0; x < n; x++) {
        for (let y = 0; y < n; y++) {
          if (x === y || random() < 0.45) continue
          const id = `s${x}${y}${random() < 0.5 ? 'a' : ''}`
          if (sets.some((s) => s.id === id)) continue
          sets.push(set(id, editions[x] as string, editions[y] as string, random, ids))
          mappings.push(...rows(random, id, catalogs[x] as CatalogRecord, catalogs[y] as CatalogRecord, 5 + Math.floor(random() * 60)))
        }
      }
      mappings.sort(() => random() - 0.5)
      const input = { catalogs, from: 'E1', to: editions[n - 1] as string, sets, mappings }
      for (const maxHops of [2, 3, 4]) {
        for (const options of [{ maxHops }, { maxHops, includeDerived: true, statuses: ['draft' as const, 'complete' as const] }]) {
          const want = oldInfer(input, options)
          candidates += want.candidates.length
          expect(inferMappings(input, options)).toEqual(want)
        }
      }
      const transition = sets.find((s) => s.sourceEdition === 'E1' || s.targetEdition === 'E1')
      const other = sets.find((s) => s !== transition && (s.sourceEdition === 'E1' || s.targetEdition === 'E1'))
      if (transition && other) {
        const bridgeInput = { set: other, transition: { ...transition, method: 'edition-transition' as const }, mappings, transitionMappings: mappings, catalogs }
        expect(bridgeEdition(bridgeInput)).toEqual(oldBridge(bridgeInput))
      }
    }
    expect(candidates).toBeGreaterThan(500)
  })

  it('computeCoverage and inferMappings: the bench data, scaled down', () => {
    const random = prng(0xc0ffee)
    const cats = ['A', 'B', 'C', 'D', 'E'].map((e) => catalog(e, 150, random))
    const pairs: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4], [0, 2], [1, 3], [2, 4], [0, 4]]
    const plain = (id: string, s: string, t: string): MappingSetRecord => ({ id, sourceEdition: s, targetEdition: t, publisher: 'Bench', method: 'set-theory', comprehensive: id === '0-4', licence: 'CC0-1.0', status: 'complete' })
    const sets = pairs.map(([x, y]) => plain(`${x}-${y}`, cats[x]?.editionId as string, cats[y]?.editionId as string))
    const mappings = pairs.flatMap(([x, y]) => rows(random, `${x}-${y}`, cats[x] as CatalogRecord, cats[y] as CatalogRecord, 700))
    const input = { catalogs: cats, from: 'A', to: 'E', sets, mappings }
    expect(inferMappings(input)).toEqual(oldInfer(input))
    expect(inferMappings(input, { maxHops: 4 })).toEqual(oldInfer(input, { maxHops: 4 }))
    expect(computeCoverage({ from: cats[0] as CatalogRecord, to: cats[1] as CatalogRecord, sets, mappings })).toEqual(
      oldCoverage({ from: cats[0] as CatalogRecord, to: cats[1] as CatalogRecord, sets, mappings }),
    )
  })
})
