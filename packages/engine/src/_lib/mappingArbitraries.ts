/**
 * fast-check arbitraries for catalogs, mapping sets and rows. Test-only: not
 * exported from the package index. Small id pools make rows hit requirements
 * (and sometimes miss them) often.
 */
import fc from 'fast-check'
import type {
  CatalogRecord,
  MappingMethod,
  MappingRecord,
  MappingRelationship,
  MappingSetRecord,
  MappingSetStatus,
  RequirementRecord,
} from '../types'
import { inverseOf } from './mappings'

export const RELATIONSHIP_LIST: MappingRelationship[] = ['equal', 'subset', 'superset', 'intersect', 'not-related', 'related']
export const TYPED: MappingRelationship[] = ['equal', 'subset', 'superset', 'intersect']
export const SET_IDS = ['s1', 's2', 's3']

export const poolOf = (prefix: string, size = 7) => Array.from({ length: size }, (_, i) => `${prefix}${i + 1}`)

export function requirement(pool: string[]): fc.Arbitrary<RequirementRecord> {
  return fc.record(
    {
      id: fc.constantFrom(...pool),
      refId: fc.oneof(fc.constantFrom('1', '1.2', 'A.5.15', '10', '2', ''), fc.string({ maxLength: 4 })),
      parent: fc.option(fc.constantFrom(...pool, 'nowhere'), { nil: undefined }),
      kind: fc.option(fc.constantFrom('clause', 'control'), { nil: undefined }),
      assessable: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
      title: fc.option(fc.constantFrom('Access control', '  Logging  '), { nil: undefined }),
      order: fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.NaN)), { nil: undefined }),
    },
    { requiredKeys: ['id', 'refId', 'assessable'] },
  )
}

/** A catalog whose requirement ids are unique (so shuffling it changes nothing). */
export function catalog(editionId: string, pool: string[]): fc.Arbitrary<CatalogRecord> {
  return fc
    .uniqueArray(requirement(pool), { selector: (r) => r.id, maxLength: pool.length })
    .map((requirements) => ({ editionId, standardSlug: editionId.toLowerCase(), requirements }))
}

const methods: MappingMethod[] = ['set-theory', 'set-theory', 'edition-transition', 'crosswalk', 'supportive']
const statuses: MappingSetStatus[] = ['complete', 'complete', 'not-complete', 'superseded', 'draft', 'deprecated']

/** A set between A and B, stored either way round. */
export function mappingSet(id: string, aPool: string[], bPool: string[]): fc.Arbitrary<MappingSetRecord> {
  return fc.record({
    id: fc.constant(id),
    forward: fc.boolean(),
    publisher: fc.constantFrom('NIST', 'ENISA', 'Versus editorial'),
    method: fc.constantFrom(...methods),
    comprehensive: fc.boolean(),
    licence: fc.option(fc.constantFrom('CC-BY-4.0', 'public-domain'), { nil: undefined }),
    status: fc.constantFrom(...statuses),
    coveredA: fc.subarray(aPool, { maxLength: 2 }),
    coveredB: fc.subarray(bPool, { maxLength: 2 }),
  }).map(({ forward, coveredA, coveredB, ...rest }) => ({
    ...rest,
    sourceEdition: forward ? 'A' : 'B',
    targetEdition: forward ? 'B' : 'A',
    coveredTargets: forward ? coveredB : coveredA,
    coveredSources: forward ? coveredA : coveredB,
  }))
}

/** A row written A → B: the `a` ids, the `b` ids and the relationship of a to b. */
export interface AbRow {
  setId: string
  a: string[]
  b: string[]
  relationship: MappingRelationship
  strength?: number
  rationale?: 'syntactic' | 'semantic' | 'functional'
  gapNote?: string
}

export function abRow(aPool: string[], bPool: string[], relationships = RELATIONSHIP_LIST): fc.Arbitrary<AbRow> {
  return fc.record(
    {
      setId: fc.constantFrom(...SET_IDS),
      a: fc.uniqueArray(fc.constantFrom(...aPool), { minLength: 1, maxLength: 3 }),
      b: fc.uniqueArray(fc.constantFrom(...bPool), { minLength: 1, maxLength: 3 }),
      relationship: fc.constantFrom(...relationships),
      strength: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(Number.NaN), fc.constant(42)),
      rationale: fc.constantFrom('syntactic', 'semantic', 'functional'),
      gapNote: fc.constantFrom('Adds supplier monitoring.', ''),
    },
    { requiredKeys: ['setId', 'a', 'b', 'relationship'] },
  )
}

/** Stores an A → B row in its set's direction (a B → A set holds the inverse). */
export function store(row: AbRow, sets: readonly MappingSetRecord[]): MappingRecord {
  const set = sets.find((s) => s.id === row.setId)
  const { a, b, ...rest } = row
  return set?.sourceEdition === 'B'
    ? { ...rest, sources: b, targets: a, relationship: inverseOf(row.relationship) }
    : { ...rest, sources: a, targets: b }
}

export const A_POOL = poolOf('a')
export const B_POOL = poolOf('b')

/** Two catalogs A and B, sets between them and rows of those sets. */
export const coverageInput = fc
  .record({
    from: catalog('A', A_POOL),
    to: catalog('B', B_POOL),
    sets: fc.tuple(...SET_IDS.map((id) => mappingSet(id, A_POOL, B_POOL))),
    rows: fc.array(abRow(A_POOL, B_POOL), { maxLength: 14 }),
  })
  .map(({ from, to, sets, rows }) => ({ from, to, sets: [...sets], mappings: rows.map((row) => store(row, sets)) }))

/* Ground truth: every requirement is a non-empty set of "obligations" 0–5, so every stated relationship can be checked. */

export type Truth = Map<string, Set<number>>

export function truthOf(a: Set<number>, b: Set<number>): MappingRelationship {
  let common = 0
  for (const x of a) if (b.has(x)) common++
  if (common === 0) return 'not-related'
  if (common === a.size && common === b.size) return 'equal'
  if (common === a.size) return 'subset'
  if (common === b.size) return 'superset'
  return 'intersect'
}

export const union = (truth: Truth, ids: readonly string[]) => new Set(ids.flatMap((id) => [...(truth.get(id) ?? [])]))

/** Whether "a ⟨r⟩ b" holds, reading composed relationships as the engine does (intersect = "at least overlap"). */
export function holds(r: MappingRelationship, a: Set<number>, b: Set<number>): boolean {
  const t = truthOf(a, b)
  switch (r) {
    case 'equal':
      return t === 'equal'
    case 'superset':
      return t === 'equal' || t === 'superset'
    case 'subset':
      return t === 'equal' || t === 'subset'
    case 'intersect':
      return t !== 'not-related'
    case 'not-related':
      return t === 'not-related'
    default:
      return true
  }
}

const obligations = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }).map((xs) => new Set(xs))

export function truthFor(ids: readonly string[]): fc.Arbitrary<Truth> {
  return fc.tuple(...ids.map(() => obligations)).map((sets) => new Map(ids.map((id, i) => [id, sets[i] as Set<number>])))
}

/**
 * Rows between two editions that are all true: relationships computed from
 * the unions, sometimes weakened to a still-true statement (`intersect` for an
 * overlap, `related` for anything).
 */
export function trueRows(setId: string, truth: Truth, sourcePool: string[], targetPool: string[]): fc.Arbitrary<MappingRecord[]> {
  return fc.array(
    fc
      .record({
        sources: fc.uniqueArray(fc.constantFrom(...sourcePool), { minLength: 1, maxLength: 2 }),
        targets: fc.uniqueArray(fc.constantFrom(...targetPool), { minLength: 1, maxLength: 2 }),
        weaken: fc.constantFrom('no', 'no', 'no', 'intersect', 'related'),
        strength: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      })
      .map(({ sources, targets, weaken, strength }) => {
        const exact = truthOf(union(truth, sources), union(truth, targets))
        const relationship: MappingRelationship =
          weaken === 'related' ? 'related' : weaken === 'intersect' && exact !== 'not-related' ? 'intersect' : exact
        return { setId, sources, targets, relationship, strength }
      }),
    { maxLength: 12 },
  )
}

export function setBetween(id: string, sourceEdition: string, targetEdition: string, over: Partial<MappingSetRecord> = {}): MappingSetRecord {
  return {
    id,
    sourceEdition,
    targetEdition,
    publisher: 'Versus editorial',
    method: 'set-theory',
    comprehensive: false,
    status: 'complete',
    ...over,
  }
}

export function flatCatalog(editionId: string, ids: readonly string[]): CatalogRecord {
  return { editionId, standardSlug: editionId, requirements: ids.map((id) => ({ id, refId: id, assessable: true })) }
}
