import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MappingRecord, MappingRelationship } from '../types'
import { shuffle } from '../_lib/arbitraries'
import { flatCatalog, holds, poolOf, setBetween, trueRows, truthFor, union } from '../_lib/mappingArbitraries'
import { computeCoverage } from '../computeCoverage/index'
import type { PairFact } from '../_lib/mappings'
import { compose, indexCatalog, orientMappings, pairFacts, readSets } from '../_lib/mappings'
import type { CatalogRecord, MappingSetRecord } from '../types'
import { inferMappings } from './index'

const A = flatCatalog('A', poolOf('a', 7))
const P = flatCatalog('P', poolOf('p', 7))
const B = flatCatalog('B', poolOf('b', 7))
const row = (setId: string, s: string, t: string, relationship: MappingRecord['relationship'], strength?: number): MappingRecord => ({
  setId,
  sources: [s],
  targets: [t],
  relationship,
  ...(strength === undefined ? {} : { strength }),
})

const toPivot = setBetween('a-p', 'A', 'P')
// stored the other way: B → P
const fromPivot = setBetween('b-p', 'B', 'P', { publisher: 'NIST' })
const mappings: MappingRecord[] = [
  row('a-p', 'a1', 'p1', 'equal', 8),
  row('b-p', 'b1', 'p1', 'subset'), // p1 ⊇ b1
  row('a-p', 'a2', 'p2', 'intersect'),
  row('b-p', 'b2', 'p2', 'subset'), // intersect then superset: unknown
  row('a-p', 'a3', 'p3', 'subset'),
  row('b-p', 'b3', 'p3', 'superset'), // p3 ⊆ b3: subset ∘ subset = subset
  row('a-p', 'a4', 'p4', 'superset'),
  row('b-p', 'b4', 'p4', 'superset'), // superset ∘ subset: overlap proven
  row('a-p', 'a5', 'p5', 'related'),
  row('b-p', 'b5', 'p5', 'equal'), // related survives an equal hop
  row('a-p', 'a6', 'p6', 'related'),
  row('b-p', 'b6', 'p6', 'subset'), // but not a superset hop
  row('a-p', 'a7', 'p7', 'subset'),
  row('b-p', 'b7', 'p7', 'related'), // nor a second untyped hop… but subset ∘ related is unknown too
]
const input = { catalogs: [A, P, B], from: 'A', to: 'B', sets: [toPivot, fromPivot], mappings }

describe('inferMappings', () => {
  it('composes soundly through a pivot and labels every candidate', () => {
    const model = inferMappings(input)
    expect(model.paths).toEqual([{ editions: ['A', 'P', 'B'], sets: ['a-p', 'b-p'] }])
    expect(model.candidates.map((c) => [c.source.id, c.target.id, c.relationship, c.coverage, c.confidence])).toEqual([
      ['a1', 'b1', 'superset', 'full', 0.64], // strength 8 × 0.8 for the pivot hop
      ['a3', 'b3', 'subset', 'partial', 0.8],
      ['a4', 'b4', 'intersect', 'partial', 0.8],
      ['a5', 'b5', 'related', 'related', 0.8],
    ])
    expect(model.candidates[0]).toMatchObject({
      hops: 2,
      derived: true,
      check: 'unchecked',
      direct: null,
      path: { editions: ['A', 'P', 'B'], sets: ['a-p', 'b-p'], via: ['p1'] },
    })
    expect(model.check).toEqual({ confirmed: 0, contradicted: 0, unconfirmed: 0, unchecked: 4 })
  })

  it('checks candidates against a direct set when one exists', () => {
    const direct = setBetween('a-b', 'A', 'B')
    const directRows = [row('a-b', 'a1', 'b1', 'equal'), row('a-b', 'a3', 'b3', 'superset'), row('a-b', 'a5', 'b5', 'not-related')]
    const model = inferMappings({ ...input, sets: [...input.sets, direct], mappings: [...mappings, ...directRows] })
    expect(model.directSets).toEqual(['a-b'])
    expect(model.paths.map((p) => p.editions)).toEqual([['A', 'P', 'B']])
    expect(model.candidates.map((c) => [c.source.id, c.check, c.direct])).toEqual([
      ['a1', 'confirmed', 'equal'],
      ['a3', 'contradicted', 'superset'],
      ['a4', 'unconfirmed', null],
      ['a5', 'contradicted', 'not-related'],
    ])
    const comprehensive = inferMappings({ ...input, sets: [...input.sets, { ...direct, comprehensive: true }], mappings: [...mappings, ...directRows] })
    expect(comprehensive.candidates.find((c) => c.source.id === 'a4')?.check).toBe('contradicted')
    expect(comprehensive.check).toEqual({ confirmed: 1, contradicted: 3, unconfirmed: 0, unchecked: 0 })
  })

  it('stays out of the headline figures', () => {
    const before = computeCoverage({ from: A, to: B, sets: [], mappings: [] })
    const after = computeCoverage({ from: A, to: B, sets: input.sets, mappings })
    expect(after.summary).toEqual(before.summary)
    expect(after.summary.unknown).toBe(7)
  })

  it('walks longer chains with falling confidence, and up to maxHops sets', () => {
    const Q = flatCatalog('Q', poolOf('q', 3))
    const sets = [setBetween('a-p', 'A', 'P'), setBetween('p-q', 'P', 'Q'), setBetween('q-b', 'Q', 'B')]
    const rows = [row('a-p', 'a1', 'p1', 'superset'), row('p-q', 'p1', 'q1', 'equal'), row('q-b', 'q1', 'b1', 'superset', 5)]
    const model = inferMappings({ catalogs: [A, P, Q, B], from: 'A', to: 'B', sets, mappings: rows })
    expect(model.candidates.map((c) => [c.relationship, c.hops, c.confidence, c.path.via])).toEqual([['superset', 3, 0.32, ['p1', 'q1']]])
    expect(inferMappings({ catalogs: [A, P, Q, B], from: 'A', to: 'B', sets, mappings: rows }, { maxHops: 2 }).candidates).toEqual([])
  })

  it('reports unknown editions and never throws', () => {
    expect(inferMappings({ ...input, to: 'Z' }).issues.map((i) => i.kind)).toEqual(['unknown-edition'])
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, options) => {
        const model = inferMappings(x as Parameters<typeof inferMappings>[0], options as Parameters<typeof inferMappings>[1])
        expect(model.candidates.length).toBe(model.check.confirmed + model.check.contradicted + model.check.unconfirmed + model.check.unchecked)
      }),
      { numRuns: 200 },
    )
  })

  it('only infers what is true, for any true rows (soundness against a ground truth)', () => {
    const ids = [...poolOf('a', 4), ...poolOf('p', 4), ...poolOf('q', 4), ...poolOf('b', 4)]
    const scenario = truthFor(ids).chain((truth) =>
      fc
        .tuple(
          trueRows('a-p', truth, poolOf('a', 4), poolOf('p', 4)),
          trueRows('p-q', truth, poolOf('p', 4), poolOf('q', 4)),
          trueRows('q-b', truth, poolOf('q', 4), poolOf('b', 4)),
          trueRows('p-b', truth, poolOf('p', 4), poolOf('b', 4)),
        )
        .map((rows) => ({ truth, mappings: rows.flat() })),
    )
    fc.assert(
      fc.property(scenario, ({ truth, mappings: rows }) => {
        const sets = [setBetween('a-p', 'A', 'P'), setBetween('p-q', 'P', 'Q'), setBetween('q-b', 'Q', 'B'), setBetween('p-b', 'P', 'B')]
        const catalogs = ['A', 'P', 'Q', 'B'].map((e) => flatCatalog(e, poolOf(e.toLowerCase(), 4)))
        const model = inferMappings({ catalogs, from: 'A', to: 'B', sets, mappings: rows })
        for (const c of model.candidates) {
          expect(holds(c.relationship, union(truth, [c.source.id]), union(truth, [c.target.id]))).toBe(true)
          expect(c.confidence).toBeLessThanOrEqual(0.8 ** (c.hops - 1) + 1e-9)
          expect(c.hops).toBe(c.path.editions.length - 1)
          expect(c.path.via.length).toBe(c.hops - 1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic whatever the order of its inputs', () => {
    const ids = [...poolOf('a', 4), ...poolOf('p', 4), ...poolOf('b', 4)]
    const scenario = truthFor(ids).chain((truth) =>
      fc.tuple(trueRows('a-p', truth, poolOf('a', 4), poolOf('p', 4)), trueRows('p-b', truth, poolOf('p', 4), poolOf('b', 4)), fc.integer()),
    )
    fc.assert(
      fc.property(scenario, ([ap, pb, seed]) => {
        const sets = [setBetween('a-p', 'A', 'P'), setBetween('p-b', 'P', 'B'), setBetween('a-b', 'A', 'B')]
        const catalogs = ['A', 'P', 'B'].map((e) => flatCatalog(e, poolOf(e.toLowerCase(), 4)))
        const rows = [...ap, ...pb, row('a-b', 'a1', 'b1', 'subset')]
        const model = inferMappings({ catalogs, from: 'A', to: 'B', sets, mappings: rows })
        expect(inferMappings({ catalogs, from: 'A', to: 'B', sets, mappings: rows })).toEqual(model)
        const shuffled = inferMappings({
          catalogs: shuffle(catalogs, seed).map((c) => ({ ...c, requirements: shuffle(c.requirements, seed + 1) })),
          from: 'A',
          to: 'B',
          sets: shuffle(sets, seed + 2),
          mappings: shuffle(rows, seed + 3),
        })
        expect(shuffled.candidates).toEqual(model.candidates)
        expect(shuffled.check).toEqual(model.check)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps per pair and relationship the most confident of all chains, listed by target, relationship, confidence, source', () => {
    // Every chain along every path walked, without the walk's pruning: the best confidence and fewest hops must match.
    const editions = ['A', 'P', 'Q', 'B']
    const pools = new Map(editions.map((e) => [e, poolOf(e.toLowerCase(), 4)]))
    const catalogs: CatalogRecord[] = editions.map((e) => flatCatalog(e, pools.get(e) as string[]))
    const sets: MappingSetRecord[] = [
      setBetween('a-p', 'A', 'P'),
      setBetween('p-q', 'P', 'Q'),
      setBetween('b-q', 'B', 'Q'), // stored the other way
      setBetween('p-b', 'P', 'B'),
      setBetween('p-b2', 'P', 'B', { publisher: 'NIST' }),
      setBetween('a-q', 'A', 'Q'),
    ]
    const rels: MappingRelationship[] = ['equal', 'equal', 'superset', 'subset', 'intersect', 'related', 'not-related']
    const rowsOf = (set: MappingSetRecord) =>
      fc.array(
        fc.record({
          sources: fc.uniqueArray(fc.constantFrom(...(pools.get(set.sourceEdition) as string[])), { minLength: 1, maxLength: 2 }),
          targets: fc.uniqueArray(fc.constantFrom(...(pools.get(set.targetEdition) as string[])), { minLength: 1, maxLength: 2 }),
          relationship: fc.constantFrom(...rels),
          strength: fc.option(fc.constantFrom(0, 5, 8, 10), { nil: undefined }),
        }).map((r) => ({ setId: set.id, ...r })),
        { maxLength: 8 },
      )
    fc.assert(
      fc.property(fc.tuple(...sets.map(rowsOf)), (perSet) => {
        const rows: MappingRecord[] = perSet.flat()
        const model = inferMappings({ catalogs, from: 'A', to: 'B', sets, mappings: rows })
        const indexed = new Map(catalogs.map((c) => [c.editionId, indexCatalog(c)]))
        const setInfo = readSets(sets, [])
        const hopFacts = (x: string, y: string) => {
          const out: (PairFact & { factor: number; setId: string })[] = []
          for (const row of orientMappings(indexed.get(x)!, indexed.get(y)!, setInfo, rows, {}, []).rows) {
            const facts: PairFact[] = []
            pairFacts(row, facts)
            for (const f of facts) out.push({ ...f, factor: f.relationship === 'not-related' || row.strength === null ? 1 : row.strength / 10, setId: row.set.info.id })
          }
          return out
        }
        const best = new Map<string, { score: number; hops: number }>()
        for (const { editions: path } of model.paths) {
          let chains = hopFacts(path[0]!, path[1]!).map((f) => ({ source: f.source.id, at: f.target.id, relationship: f.relationship as MappingRelationship, strength: f.factor }))
          for (let h = 1; h < path.length - 1; h++) {
            const facts = hopFacts(path[h]!, path[h + 1]!)
            chains = chains.flatMap((c) =>
              facts.flatMap((f) => {
                const relationship = f.source.id === c.at ? compose(c.relationship, f.relationship) : null
                return relationship === null ? [] : [{ source: c.source, at: f.target.id, relationship, strength: c.strength * f.factor }]
              }),
            )
          }
          const hops = path.length - 1
          for (const c of chains) {
            const key = `${c.source} ${c.at} ${c.relationship}`
            const score = c.strength * 0.8 ** (hops - 1)
            const held = best.get(key)
            if (!held || score > held.score || (score === held.score && hops < held.hops)) best.set(key, { score, hops })
          }
        }
        const got = new Map(model.candidates.map((c) => [`${c.source.id} ${c.target.id} ${c.relationship}`, { confidence: c.confidence, hops: c.hops }]))
        expect([...got.keys()].sort()).toEqual([...best.keys()].sort())
        for (const [key, { score, hops }] of best) expect(got.get(key)).toEqual({ confidence: Math.round(score * 1e4) / 1e4, hops })
        const rank = (r: MappingRelationship) => ['equal', 'superset', 'subset', 'intersect', 'related', 'not-related'].indexOf(r)
        const position = (id: string) => Number(id.slice(1))
        for (let i = 1; i < model.candidates.length; i++) {
          const a = model.candidates[i - 1]!
          const b = model.candidates[i]!
          const order =
            position(a.target.id) - position(b.target.id) ||
            rank(a.relationship) - rank(b.relationship) ||
            b.confidence - a.confidence ||
            position(a.source.id) - position(b.source.id)
          expect(order).toBeLessThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })
})
