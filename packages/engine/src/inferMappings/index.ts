import type { InferenceCheck, InferenceModel, InferredCandidate, MappingIssue } from '../model'
import type { CatalogRecord, MappingRecord, MappingRelationship, MappingSetRecord, MappingSetStatus } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import type { IndexedCatalog, OrientOptions, Req, SetInfo } from '../_lib/mappings'
import {
  DEFAULT_STATUSES,
  RELATIONSHIP_RANK,
  compose,
  idOf,
  indexCatalog,
  isRecord,
  issue,
  orientSets,
  pairRelationship,
  readSets,
  refOf,
  round4,
  visitRows,
} from '../_lib/mappings'

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
  /** Natural order of `pivot` among its edition's ids (-1 for none) and of `setId` among all sets: the tie-breaks, as numbers. */
  pivotRank: number
  setRank: number
  prev: Chain | null
  hops: number
}

/**
 * Root-first order of the pivots and sets walked: the deterministic tie-break.
 * Only chains of one edition path are compared, so pivots at the same depth
 * belong to the same edition and their ranks follow compareSlugs on the ids.
 */
function comparePath(a: Chain, b: Chain): number {
  if (a === b) return 0
  const up = a.prev !== null && b.prev !== null ? comparePath(a.prev, b.prev) : a.hops - b.hops
  return up || a.pivotRank - b.pivotRank || a.setRank - b.setRank
}

/** Keep the stronger of two chains for the same pair and relationship; ties go to the smaller path. */
function better(a: Chain, b: Chain): boolean {
  if (a.strength !== b.strength) return a.strength > b.strength
  return comparePath(a, b) < 0
}

/** The path of a candidate: editions walked, then the pivots and sets of its chain, first to last. */
function pathOf(editions: string[], chain: Chain): InferredCandidate['path'] {
  const via = new Array<string>(chain.hops - 1)
  const sets = new Array<string>(chain.hops)
  for (let c: Chain | null = chain; c !== null; c = c.prev) {
    sets[c.hops - 1] = c.setId
    if (c.prev !== null) via[c.hops - 2] = c.pivot
  }
  return { editions, via, sets }
}

const RELATIONSHIP_COUNT = 6
/** Relationships by RELATIONSHIP_RANK: the code each is stored under. */
const BY_RANK = (Object.keys(RELATIONSHIP_RANK) as MappingRelationship[]).sort((x, y) => RELATIONSHIP_RANK[x] - RELATIONSHIP_RANK[y])
/** `compose` as a table of codes, -1 for "nothing follows". */
const COMPOSED = new Int8Array(RELATIONSHIP_COUNT * RELATIONSHIP_COUNT)
for (const first of BY_RANK) {
  for (const second of BY_RANK) {
    const result = compose(first, second)
    COMPOSED[RELATIONSHIP_RANK[first] * RELATIONSHIP_COUNT + RELATIONSHIP_RANK[second]] = result === null ? -1 : RELATIONSHIP_RANK[result]
  }
}

/**
 * The pair facts of one hop, read in the walking direction, grouped by source
 * requirement (catalog position p owns entries start[p] … start[p + 1] - 1, in
 * row order): flat arrays, so walking a hop allocates nothing.
 */
interface Hop {
  key: string
  /** What reading the hop's rows found: reported once the walk knows which hops it needed. */
  issues: MappingIssue[]
  start: Int32Array
  target: Int32Array
  relationship: Uint8Array
  /** strength / 10, 1 when absent or for not-related. */
  factor: Float64Array
  /** Rank of the set's id among all set ids (natural order). */
  setRank: Int32Array
}

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

/** Per candidate code, the mask of direct relationship codes it is compatible with. */
const COMPATIBLE = new Uint8Array(RELATIONSHIP_COUNT)
for (const candidate of BY_RANK) {
  const code = RELATIONSHIP_RANK[candidate]
  for (const direct of BY_RANK) if (compatible(candidate, direct)) COMPATIBLE[code] = (COMPATIBLE[code] as number) | (1 << RELATIONSHIP_RANK[direct])
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

  // Natural order of set ids, and of each pivot edition's requirement ids, as ranks.
  const setIds = [...sets.keys()].sort(compareSlugs)
  const setRankOf = new Map(setIds.map((id, rank) => [id, rank]))
  const idRanks = new Map<string, Int32Array>()
  const idRank = (catalog: IndexedCatalog): Int32Array => {
    let ranks = idRanks.get(catalog.editionId)
    if (!ranks) {
      ranks = new Int32Array(catalog.ordered.length)
      const byName = [...catalog.ordered].sort((x, y) => compareSlugs(x.id, y.id))
      for (let rank = 0; rank < byName.length; rank++) ranks[(byName[rank] as Req).position] = rank
      idRanks.set(catalog.editionId, ranks)
    }
    return ranks
  }

  // Links of one hop, by source requirement, read in the walking direction.
  const hopCache = new Map<string, Hop>()
  const hop = (x: string, y: string): Hop => {
    const key = `${x}\u0000${y}`
    const cached = hopCache.get(key)
    if (cached) return cached
    const source = catalogs.get(x) as IndexedCatalog
    const target = catalogs.get(y) as IndexedCatalog
    const found: MappingIssue[] = []
    // Pair facts in row order, then grouped by source with a stable counting sort.
    const sourceAt: number[] = []
    const targetAt: number[] = []
    const codes: number[] = []
    const factors: number[] = []
    const setRanks: number[] = []
    visitRows(source, target, sets, orientSets(source, target, sets, orient, found), raw.mappings, found, (row) => {
      const relationship = pairRelationship(row)
      if (relationship === null) return
      const code = RELATIONSHIP_RANK[relationship]
      const factor = relationship === 'not-related' || row.strength === null ? 1 : row.strength / 10
      const setRank = setRankOf.get(row.set.info.id) as number
      for (const from of row.sources) {
        for (const to of row.targets) {
          sourceAt.push(from.position)
          targetAt.push(to.position)
          codes.push(code)
          factors.push(factor)
          setRanks.push(setRank)
        }
      }
    }, true)
    const size = source.ordered.length
    const total = sourceAt.length
    const start = new Int32Array(size + 1)
    for (let i = 0; i < total; i++) start[(sourceAt[i] as number) + 1] = (start[(sourceAt[i] as number) + 1] as number) + 1
    for (let p = 0; p < size; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number)
    const out: Hop = {
      key,
      issues: found,
      start,
      target: new Int32Array(total),
      relationship: new Uint8Array(total),
      factor: new Float64Array(total),
      setRank: new Int32Array(total),
    }
    const cursor = start.slice(0, size)
    for (let i = 0; i < total; i++) {
      const from = sourceAt[i] as number
      const k = cursor[from] as number
      cursor[from] = k + 1
      out.target[k] = targetAt[i] as number
      out.relationship[k] = codes[i] as number
      out.factor[k] = factors[i] as number
      out.setRank[k] = setRanks[i] as number
    }
    hopCache.set(key, out)
    return out
  }

  // What direct sets between the two ends say about each pair, by source: a mask of relationship codes per target.
  const directIssues: MappingIssue[] = []
  const direct = orientSets(start, end, sets, orient, directIssues)
  const directSets = direct.map((s) => s.info.id)
  const comprehensive = direct.some((s) => s.info.comprehensive)
  const startSize = start.ordered.length
  const endSize = end.ordered.length
  const directFrom: number[] = []
  const directTo: number[] = []
  const directCode: number[] = []
  visitRows(start, end, sets, direct, raw.mappings, directIssues, (row) => {
    const relationship = pairRelationship(row)
    if (relationship === null) return
    for (const source of row.sources) {
      for (const target of row.targets) {
        directFrom.push(source.position)
        directTo.push(target.position)
        directCode.push(RELATIONSHIP_RANK[relationship])
      }
    }
  }, true)
  const directStart = new Int32Array(startSize + 1)
  for (const from of directFrom) directStart[from + 1] = (directStart[from + 1] as number) + 1
  for (let p = 0; p < startSize; p++) directStart[p + 1] = (directStart[p + 1] as number) + (directStart[p] as number)
  const directAt = new Int32Array(directFrom.length)
  const directMask = new Uint8Array(directFrom.length)
  const directFill = directStart.slice(0, startSize)
  for (let i = 0; i < directFrom.length; i++) {
    const k = directFill[directFrom[i] as number] as number
    directFill[directFrom[i] as number] = k + 1
    directAt[k] = directTo[i] as number
    directMask[k] = 1 << (directCode[i] as number)
  }

  // Walk source by source: every path from one source, then its best chain per (target, relationship).
  // Per path and depth, the chains reaching each (requirement, relationship) slot of that edition.
  const layers = paths.map((path) =>
    path.slice(1).map((edition) => {
      const size = (catalogs.get(edition) as IndexedCatalog).ordered.length * RELATIONSHIP_COUNT
      return { stamp: new Int32Array(size), chains: new Array<Chain | undefined>(size), touched: [] as number[] }
    }),
  )
  type Layer = (typeof layers)[number][number]
  // Per path, its hops as the walk first needs them: hop 0 always, hop h once some chain reaches its start.
  const links: Hop[][] = paths.map((path) => [hop(path[0] as string, path[1] as string)])
  const slots = endSize * RELATIONSHIP_COUNT
  const bestStamp = new Int32Array(slots)
  const bestChain = new Array<Chain | undefined>(slots)
  const bestScore = new Float64Array(slots)
  const bestPath = new Int32Array(slots)
  const bestTouched: number[] = []
  const said = new Uint8Array(endSize)
  const saidStamp = new Int32Array(endSize)

  const check = { confirmed: 0, contradicted: 0, unconfirmed: 0, unchecked: 0 }
  const found: InferredCandidate[] = []
  // Sort keys: target position and relationship as one bucket, then confidence (highest first); found in source order.
  const bucketOf: number[] = []
  const confidenceOf: number[] = []
  for (let s = 0; s < startSize; s++) {
    const source = start.ordered[s] as Req
    const stamp = s + 1
    bestTouched.length = 0
    const put = (layer: Layer, slot: number, chain: Chain) => {
      if (layer.stamp[slot] !== stamp) {
        layer.stamp[slot] = stamp
        layer.chains[slot] = chain
        layer.touched.push(slot)
      } else if (better(chain, layer.chains[slot] as Chain)) layer.chains[slot] = chain
    }
    for (let p = 0; p < paths.length; p++) {
      const path = paths[p] as string[]
      const hops = path.length - 1
      const pathLayers = layers[p] as Layer[]
      const pathLinks = links[p] as Hop[]
      const first = pathLinks[0] as Hop
      const from = first.start[s] as number
      const until = first.start[s + 1] as number
      if (from === until) continue
      for (const layer of pathLayers) layer.touched.length = 0
      const layer0 = pathLayers[0] as Layer
      for (let k = from; k < until; k++) {
        const code = first.relationship[k] as number
        put(layer0, (first.target[k] as number) * RELATIONSHIP_COUNT + code, {
          source,
          relationship: BY_RANK[code] as MappingRelationship,
          strength: first.factor[k] as number,
          pivot: '',
          setId: setIds[first.setRank[k] as number] as string,
          pivotRank: -1,
          setRank: first.setRank[k] as number,
          prev: null,
          hops: 1,
        })
      }
      for (let h = 1; h < hops; h++) {
        const here = pathLayers[h - 1] as Layer
        if (here.touched.length === 0) break
        const next = pathLayers[h] as Layer
        const pivots = catalogs.get(path[h] as string) as IndexedCatalog
        const ranks = idRank(pivots)
        const step = (pathLinks[h] ??= hop(path[h] as string, path[h + 1] as string))
        for (const slot of here.touched) {
          const chain = here.chains[slot] as Chain
          const at = (slot / RELATIONSHIP_COUNT) | 0
          const lo = step.start[at] as number
          const hi = step.start[at + 1] as number
          if (lo === hi) continue
          const row = (slot - at * RELATIONSHIP_COUNT) * RELATIONSHIP_COUNT
          const pivot = (pivots.ordered[at] as Req).id
          for (let k = lo; k < hi; k++) {
            const code = COMPOSED[row + (step.relationship[k] as number)] as number
            if (code < 0) continue
            const slot = (step.target[k] as number) * RELATIONSHIP_COUNT + code
            const strength = chain.strength * (step.factor[k] as number)
            // A weaker chain would lose in put: skip making it.
            if (next.stamp[slot] === stamp && strength < (next.chains[slot] as Chain).strength) continue
            put(next, slot, {
              source,
              relationship: BY_RANK[code] as MappingRelationship,
              strength,
              pivot,
              setId: setIds[step.setRank[k] as number] as string,
              pivotRank: ranks[at] as number,
              setRank: step.setRank[k] as number,
              prev: chain,
              hops: chain.hops + 1,
            })
          }
        }
      }
      const decay = HOP_DECAY ** (hops - 1)
      const last = pathLayers[hops - 1] as Layer
      for (const slot of last.touched) {
        const at = (slot / RELATIONSHIP_COUNT) | 0
        if (!(end.ordered[at] as Req).assessable) continue
        const chain = last.chains[slot] as Chain
        const score = chain.strength * decay
        const held = bestStamp[slot] === stamp ? (bestChain[slot] as Chain) : null
        const heldScore = bestScore[slot] as number
        const wins =
          held === null ||
          score > heldScore ||
          (score === heldScore &&
            (hops < held.hops || (hops === held.hops && (compareVia(path, paths[bestPath[slot] as number] as string[]) || comparePath(chain, held)) < 0)))
        if (!wins) continue
        if (held === null) {
          bestStamp[slot] = stamp
          bestTouched.push(slot)
        }
        bestChain[slot] = chain
        bestScore[slot] = score
        bestPath[slot] = p
      }
    }
    if (bestTouched.length === 0) continue

    // This source's candidates, checked against the direct sets.
    for (let k = directStart[s] as number; k < (directStart[s + 1] as number); k++) {
      const at = directAt[k] as number
      if (saidStamp[at] !== stamp) {
        saidStamp[at] = stamp
        said[at] = 0
      }
      said[at] = (said[at] as number) | (directMask[k] as number)
    }
    for (const slot of bestTouched) {
      const at = (slot / RELATIONSHIP_COUNT) | 0
      const chain = bestChain[slot] as Chain
      const code = slot - at * RELATIONSHIP_COUNT
      const mask = saidStamp[at] === stamp ? (said[at] as number) : 0
      const strongest = mask === 0 ? null : (BY_RANK[31 - Math.clz32(mask & -mask)] as MappingRelationship)
      let verdict: InferenceCheck
      if (directSets.length === 0) verdict = 'unchecked'
      else if (mask !== 0) verdict = (mask & (COMPATIBLE[code] as number)) !== 0 ? 'confirmed' : 'contradicted'
      else if (comprehensive) verdict = chain.relationship === 'not-related' ? 'confirmed' : 'contradicted'
      else verdict = 'unconfirmed'
      check[verdict]++
      const confidence = round4(bestScore[slot] as number)
      found.push({
        source: refOf(source),
        target: refOf(end.ordered[at] as Req),
        relationship: chain.relationship,
        coverage: COVERAGE[chain.relationship],
        confidence,
        hops: chain.hops,
        path: pathOf(paths[bestPath[slot] as number] as string[], chain),
        check: verdict,
        direct: strongest,
        derived: true,
      })
      bucketOf.push(slot)
      confidenceOf.push(confidence)
    }
  }

  // Issues in the order the hop-by-hop walk met them: hops path by path as first needed, then the direct sets.
  const reported = new Set<string>()
  for (let p = 0; p < paths.length; p++) {
    const pathLinks = links[p] as Hop[]
    for (let h = 0; h < pathLinks.length; h++) {
      const link = pathLinks[h] as Hop
      if (reported.has(link.key)) continue
      reported.add(link.key)
      for (const found of link.issues) issues.push(found)
    }
  }
  for (const found of directIssues) issues.push(found)

  // Counting sort on (target, relationship), stable so each bucket stays in source order; then each small
  // bucket by confidence, highest first (insertion sort: stable, so ties stay in source order).
  const offset = new Int32Array(slots + 1)
  for (const bucket of bucketOf) offset[bucket + 1] = (offset[bucket + 1] as number) + 1
  for (let k = 0; k < slots; k++) offset[k + 1] = (offset[k + 1] as number) + (offset[k] as number)
  const order = new Int32Array(found.length)
  const fill = offset.slice(0, slots)
  for (let i = 0; i < found.length; i++) {
    const bucket = bucketOf[i] as number
    order[fill[bucket] as number] = i
    fill[bucket] = (fill[bucket] as number) + 1
  }
  for (let k = 0; k < slots; k++) {
    const lo = offset[k] as number
    const hi = offset[k + 1] as number
    for (let i = lo + 1; i < hi; i++) {
      const item = order[i] as number
      const confidence = confidenceOf[item] as number
      let j = i - 1
      while (j >= lo && (confidenceOf[order[j] as number] as number) < confidence) {
        order[j + 1] = order[j] as number
        j--
      }
      order[j + 1] = item
    }
  }
  const candidates: InferredCandidate[] = new Array(found.length)
  for (let i = 0; i < order.length; i++) candidates[i] = found[order[i] as number] as InferredCandidate

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
