import type { InferenceCheck, InferenceModel, InferredCandidate, MappingIssue } from '../model'
import type { CatalogRecord, MappingRecord, MappingRelationship, MappingSetRecord, MappingSetStatus } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import type { IndexedCatalog, OrientOptions, PairFact, Req, SetInfo } from './mappings'
import {
  DEFAULT_STATUSES,
  RELATIONSHIP_RANK,
  compose,
  idOf,
  indexCatalog,
  isRecord,
  issue,
  orientMappings,
  pairFacts,
  readSets,
  refOf,
  round4,
} from './mappings'

export interface InferenceInput {
  /** Every catalog that may serve as an end or a pivot. */
  catalogs: CatalogRecord[]
  /** Edition ids of the two ends. */
  from: string
  to: string
  sets: MappingSetRecord[]
  mappings: MappingRecord[]
}

/** Options of `inferMappings`. */
export interface InferenceOptions {
  /** Longest chain of sets walked, 2–4 (default 3: two pivots). */
  maxHops?: number
  statuses?: MappingSetStatus[]
  includeDerived?: boolean
}

/** Confidence kept per hop beyond the first: a two-hop candidate starts at 0.8, a three-hop one at 0.64. */
export const HOP_DECAY = 0.8
/** Edition paths walked at most; beyond, the shortest are kept and the rest reported. */
export const MAX_PATHS = 64

/**
 * A chain of links from one source requirement, as a list linked backwards so
 * that extending it allocates one small object.
 */
interface Chain {
  source: Req
  relationship: MappingRelationship
  /** Product of the links' strength factors (strength / 10, 1 when absent). */
  strength: number
  /** Pivot requirement this hop left from ('' for the first link) and the set of this hop. */
  pivot: string
  setId: string
  prev: Chain | null
  hops: number
}

const strengthFactor = (fact: PairFact & { strength: number | null }) =>
  fact.relationship === 'not-related' || fact.strength === null ? 1 : fact.strength / 10

/** Root-first order of the pivots and sets walked: the deterministic tie-break. */
function comparePath(a: Chain, b: Chain): number {
  if (a === b) return 0
  const up = a.prev !== null && b.prev !== null ? comparePath(a.prev, b.prev) : a.hops - b.hops
  return up || compareSlugs(a.pivot, b.pivot) || compareSlugs(a.setId, b.setId)
}

/** Keep the stronger of two chains for the same pair and relationship; ties go to the smaller path. */
function better(a: Chain, b: Chain): boolean {
  if (a.strength !== b.strength) return a.strength > b.strength
  return comparePath(a, b) < 0
}

function unwind(chain: Chain): { via: string[]; sets: string[] } {
  const via: string[] = []
  const sets: string[] = []
  for (let c: Chain | null = chain; c !== null; c = c.prev) {
    sets.push(c.setId)
    if (c.pivot !== '') via.push(c.pivot)
  }
  return { via: via.reverse(), sets: sets.reverse() }
}

const RELATIONSHIP_COUNT = 6

function compareVia(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareSlugs(a[i] as string, b[i] as string)
    if (c !== 0) return c
  }
  return a.length - b.length
}

/** Whether a candidate agrees with what a direct set says about the same pair (README "Checking"). */
function compatible(candidate: MappingRelationship, direct: MappingRelationship): boolean {
  if (candidate === 'not-related' || direct === 'not-related') return candidate === direct
  if (candidate === 'related' || candidate === 'intersect' || direct === 'related' || direct === 'intersect') return true
  if (candidate === 'superset') return direct === 'equal' || direct === 'superset'
  if (candidate === 'subset') return direct === 'equal' || direct === 'subset'
  return direct === 'equal'
}

const COVERAGE: Record<MappingRelationship, InferredCandidate['coverage']> = {
  equal: 'full',
  superset: 'full',
  subset: 'partial',
  intersect: 'partial',
  related: 'related',
  'not-related': 'not-related',
}

/**
 * @name inferMappings
 * @summary Candidate links from A to B through pivot editions (A → CSF 2.0 → B), labelled and checked.
 *
 * @description
 * Walks every chain of mapping sets from `from` to `to` through the other
 * catalogs, up to `maxHops` sets long, and composes the links soundly: only
 * equal/superset chains prove coverage, anything through `intersect` is
 * unknown and dropped, `related` survives only an `equal` hop. Confidence is
 * the product of the links' strengths times 0.8 per hop beyond the first.
 * Every candidate is marked `derived`; none of this enters computeCoverage's
 * figures. When a direct set between the two editions exists, each candidate
 * is checked against it (confirmed, contradicted, unconfirmed). Total and
 * deterministic; rules in ../computeCoverage/README.md.
 *
 * @param input - Catalogs, the two end editions, sets and rows
 * @param options - Longest chain, which sets count
 * @returns The candidates by target, the paths walked and the check
 *
 * @example
 * inferMappings({ catalogs, from: 'nis2-ir-2024', to: 'iso-27001-2022', sets, mappings }).candidates[0]
 * //=> { source: { refId: '1.1.1', … }, target: { refId: 'A.5.1', … }, relationship: 'superset', coverage: 'full', confidence: 0.8, hops: 2, check: 'confirmed', … }
 */
export function inferMappings(input: InferenceInput, options: InferenceOptions = {}): InferenceModel {
  const raw: Partial<InferenceInput> = isRecord(input) ? input : {}
  const opts: InferenceOptions = isRecord(options) ? options : {}
  const maxHops = Math.min(4, Math.max(2, Math.trunc(typeof opts.maxHops === 'number' && Number.isFinite(opts.maxHops) ? opts.maxHops : 3)))
  const orient: OrientOptions = { statuses: opts.statuses, includeDerived: opts.includeDerived }
  const from = idOf(raw.from) ?? ''
  const to = idOf(raw.to) ?? ''
  const issues: MappingIssue[] = []

  const catalogs = new Map<string, IndexedCatalog>()
  for (const catalog of Array.isArray(raw.catalogs) ? raw.catalogs : []) {
    const indexed = indexCatalog(catalog)
    if (indexed.editionId === '' || catalogs.has(indexed.editionId)) continue
    catalogs.set(indexed.editionId, indexed)
    issues.push(...indexed.issues)
  }
  const sets = readSets(raw.sets, issues)
  const empty: InferenceModel = {
    from,
    to,
    paths: [],
    directSets: [],
    candidates: [],
    check: { confirmed: 0, contradicted: 0, unconfirmed: 0, unchecked: 0 },
    issues,
  }
  const start = catalogs.get(from)
  const end = catalogs.get(to)
  if (!start || !end || from === to) {
    for (const id of [from, to]) {
      if (!catalogs.has(id)) issues.push(issue('unknown-edition', `No catalog for edition "${id}".`, { ids: [id] }))
    }
    return { ...empty, issues: dedupe(issues) }
  }

  // Edition graph: one edge per included set, either way round.
  const statuses = Array.isArray(opts.statuses) ? opts.statuses : DEFAULT_STATUSES
  const usable = (info: SetInfo) =>
    statuses.includes(info.status) && (info.derivedFrom === null || opts.includeDerived === true) && catalogs.has(info.sourceEdition) && catalogs.has(info.targetEdition)
  const neighbours = new Map<string, Map<string, string[]>>()
  for (const info of sets.values()) {
    if (!usable(info) || info.sourceEdition === info.targetEdition) continue
    for (const [x, y] of [
      [info.sourceEdition, info.targetEdition],
      [info.targetEdition, info.sourceEdition],
    ] as const) {
      let out = neighbours.get(x)
      if (!out) neighbours.set(x, (out = new Map()))
      const ids = out.get(y)
      if (ids) ids.push(info.id)
      else out.set(y, [info.id])
    }
  }
  for (const out of neighbours.values()) for (const ids of out.values()) ids.sort(compareSlugs)

  // Simple edition paths of 2..maxHops sets, shortest first, then in edition order.
  const paths: string[][] = []
  let frontier: string[][] = [[from]]
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[][] = []
    for (const path of frontier) {
      const last = path[path.length - 1] as string
      const out = [...(neighbours.get(last)?.keys() ?? [])].sort(compareSlugs)
      for (const edition of out) {
        if (path.includes(edition)) continue
        if (edition === to) {
          if (hops >= 2) paths.push([...path, edition])
        } else next.push([...path, edition])
      }
    }
    frontier = next
  }
  if (paths.length > MAX_PATHS) {
    issues.push(issue('too-many-paths', `${paths.length} edition paths found: the ${MAX_PATHS} shortest are walked.`))
    paths.length = MAX_PATHS
  }

  // Links of one hop, by source requirement, read in the walking direction.
  type Fact = PairFact & { strength: number | null; setId: string }
  const hopCache = new Map<string, Map<string, Fact[]>>()
  const hop = (x: string, y: string): Map<string, Fact[]> => {
    const key = `${x}\u0000${y}`
    const cached = hopCache.get(key)
    if (cached) return cached
    const { rows } = orientMappings(catalogs.get(x) as IndexedCatalog, catalogs.get(y) as IndexedCatalog, sets, raw.mappings, orient, issues)
    const bySource = new Map<string, Fact[]>()
    const facts: PairFact[] = []
    for (const row of rows) {
      facts.length = 0
      pairFacts(row, facts)
      for (const fact of facts) {
        const entry: Fact = { ...fact, strength: row.strength, setId: row.set.info.id }
        const list = bySource.get(fact.source.id)
        if (list) list.push(entry)
        else bySource.set(fact.source.id, [entry])
      }
    }
    hopCache.set(key, bySource)
    return bySource
  }

  // Best chain per (source, target, relationship) over every path.
  const best = new Map<string, { chain: Chain; score: number; target: Req; editions: string[] }>()
  for (const path of paths) {
    // chains reaching each requirement of the current edition
    let reach: Reach = new Map()
    const first = hop(path[0] as string, path[1] as string)
    for (const facts of first.values()) {
      for (const fact of facts) {
        add(reach, fact.target.id, {
          source: fact.source,
          relationship: fact.relationship,
          strength: strengthFactor(fact),
          pivot: '',
          setId: fact.setId,
          prev: null,
          hops: 1,
        })
      }
    }
    for (let h = 1; h < path.length - 1 && reach.size > 0; h++) {
      const links = hop(path[h] as string, path[h + 1] as string)
      const next: Reach = new Map()
      for (const [pivot, bySource] of reach) {
        const facts = links.get(pivot)
        if (!facts) continue
        for (const chains of bySource.values()) {
          for (const chain of chains) {
            if (chain === undefined) continue
            for (const fact of facts) {
              const relationship = compose(chain.relationship, fact.relationship)
              if (relationship === null) continue
              add(next, fact.target.id, {
                source: chain.source,
                relationship,
                strength: chain.strength * strengthFactor(fact),
                pivot,
                setId: fact.setId,
                prev: chain,
                hops: chain.hops + 1,
              })
            }
          }
        }
      }
      reach = next
    }
    const hops = path.length - 1
    for (const [targetId, bySource] of reach) {
      const target = end.byId.get(targetId)
      if (!target?.assessable) continue
      for (const chains of bySource.values()) {
        for (const chain of chains) {
          if (chain === undefined) continue
          const key = `${chain.source.id}\u0000${targetId}\u0000${chain.relationship}`
          const score = chain.strength * HOP_DECAY ** (hops - 1)
          const held = best.get(key)
          const wins =
            !held ||
            score > held.score ||
            (score === held.score && (hops < held.chain.hops || (hops === held.chain.hops && (compareVia(path, held.editions) || comparePath(chain, held.chain)) < 0)))
          if (wins) best.set(key, { chain, score, target, editions: path })
        }
      }
    }
  }

  // What direct sets between the two ends say about each pair.
  const direct = orientMappings(start, end, sets, raw.mappings, orient, issues)
  const directSets = direct.sets.map((s) => s.info.id)
  const comprehensive = direct.sets.some((s) => s.info.comprehensive)
  const directFacts = new Map<string, MappingRelationship[]>()
  const facts: PairFact[] = []
  for (const row of direct.rows) {
    facts.length = 0
    pairFacts(row, facts)
    for (const fact of facts) {
      const key = `${fact.source.id}\u0000${fact.target.id}`
      const list = directFacts.get(key)
      if (list) list.push(fact.relationship)
      else directFacts.set(key, [fact.relationship])
    }
  }

  const check = { confirmed: 0, contradicted: 0, unconfirmed: 0, unchecked: 0 }
  const candidates: InferredCandidate[] = []
  for (const { chain, score, target, editions } of best.values()) {
    const said = directFacts.get(`${chain.source.id}\u0000${target.id}`) ?? []
    const strongest = said.length === 0 ? null : [...said].sort((a, b) => RELATIONSHIP_RANK[a] - RELATIONSHIP_RANK[b])[0] ?? null
    let verdict: InferenceCheck
    if (directSets.length === 0) verdict = 'unchecked'
    else if (said.length > 0) verdict = said.some((d) => compatible(chain.relationship, d)) ? 'confirmed' : 'contradicted'
    else if (comprehensive) verdict = chain.relationship === 'not-related' ? 'confirmed' : 'contradicted'
    else verdict = 'unconfirmed'
    check[verdict]++
    candidates.push({
      source: refOf(chain.source),
      target: refOf(target),
      relationship: chain.relationship,
      coverage: COVERAGE[chain.relationship],
      confidence: round4(score),
      hops: chain.hops,
      path: { editions, ...unwind(chain) },
      check: verdict,
      direct: strongest,
      derived: true,
    })
  }
  const position = (ref: { id: string }, catalog: IndexedCatalog) => catalog.byId.get(ref.id)?.position ?? 0
  candidates.sort(
    (a, b) =>
      position(a.target, end) - position(b.target, end) ||
      RELATIONSHIP_RANK[a.relationship] - RELATIONSHIP_RANK[b.relationship] ||
      b.confidence - a.confidence ||
      position(a.source, start) - position(b.source, start),
  )

  return {
    from,
    to,
    paths: paths.map((editions) => ({
      editions,
      sets: editions.slice(1).flatMap((edition, i) => neighbours.get(editions[i] as string)?.get(edition) ?? []),
    })),
    directSets,
    candidates,
    check,
    issues: dedupe(issues),
  }
}

/** Chains reaching each requirement of the current edition: target id → source id → best chain per relationship. */
type Reach = Map<string, Map<string, (Chain | undefined)[]>>

function add(reach: Reach, targetId: string, chain: Chain): void {
  let bySource = reach.get(targetId)
  if (!bySource) reach.set(targetId, (bySource = new Map()))
  let chains = bySource.get(chain.source.id)
  if (!chains) bySource.set(chain.source.id, (chains = new Array<Chain | undefined>(RELATIONSHIP_COUNT)))
  const slot = RELATIONSHIP_RANK[chain.relationship]
  const held = chains[slot]
  if (held === undefined || better(chain, held)) chains[slot] = chain
}

/** The same issue found on several hops is reported once. */
function dedupe(issues: MappingIssue[]): MappingIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = JSON.stringify(i)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
