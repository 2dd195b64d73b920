/**
 * Shared machinery of the crosswalk functions (computeCoverage, inferMappings,
 * bridgeEdition): reading catalogs, sets and rows defensively, orienting rows
 * to a direction, and the set-theory rules. The reasoning behind every rule
 * is in ../computeCoverage/README.md.
 */
import type { MappingIssue, MappingIssueKind, RequirementRef } from '../model'
import type {
  MappingMethod,
  MappingRationale,
  MappingRelationship,
  MappingSetStatus,
} from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { cleanText } from './text'

const INVERSE: Record<MappingRelationship, MappingRelationship> = {
  equal: 'equal',
  subset: 'superset',
  superset: 'subset',
  intersect: 'intersect',
  'not-related': 'not-related',
  related: 'related',
}

export const RELATIONSHIPS = Object.keys(INVERSE) as MappingRelationship[]
export const METHODS: MappingMethod[] = ['set-theory', 'crosswalk', 'supportive', 'edition-transition']
export const STATUSES: MappingSetStatus[] = ['draft', 'complete', 'not-complete', 'deprecated', 'superseded']
/** Sets counted unless the caller says otherwise: drafts and deprecated sets are not public figures. */
export const DEFAULT_STATUSES: MappingSetStatus[] = ['complete', 'not-complete', 'superseded']

function isRationale(value: unknown): value is MappingRationale {
  return value === 'syntactic' || value === 'semantic' || value === 'functional'
}

export function isRelationship(value: unknown): value is MappingRelationship {
  return typeof value === 'string' && Object.hasOwn(INVERSE, value)
}

export function inverseOf(relationship: MappingRelationship): MappingRelationship {
  return INVERSE[relationship]
}

/** Strongest first; used to order evidence and candidates. */
export const RELATIONSHIP_RANK: Record<MappingRelationship, number> = {
  equal: 0,
  superset: 1,
  subset: 2,
  intersect: 3,
  related: 4,
  'not-related': 5,
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function issue(
  kind: MappingIssueKind,
  message: string,
  extra: { setId?: string | null; mapping?: number | null; ids?: string[] } = {},
): MappingIssue {
  return { kind, setId: extra.setId ?? null, mapping: extra.mapping ?? null, ids: extra.ids ?? [], message }
}

/** A non-empty string id, else null. */
export function idOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

/** 0–10, or null when absent or unreadable. */
export function normalizeStrength(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return Math.min(10, Math.max(0, value)) + 0
}

export function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4 + 0
}

/* ---------------------------------------------------------------- catalogs */

export interface Req extends RequirementRef {
  /** The same three fields as one shared object, so evidence does not copy them per link. */
  ref: RequirementRef
  parent: string | null
  kind: string | null
  assessable: boolean
  order: number | null
  depth: number
  /** Index in preorder of the repaired hierarchy: the catalog order. */
  position: number
}

export interface IndexedCatalog {
  editionId: string
  standardSlug: string
  byId: Map<string, Req>
  /** Preorder: parents before children, siblings by order, then natural refId, then id. */
  ordered: Req[]
  children: Map<string, Req[]>
  roots: Req[]
  assessableCount: number
  issues: MappingIssue[]
}

function compareSiblings(a: Req, b: Req): number {
  if (a.order !== b.order) {
    if (a.order === null) return 1
    if (b.order === null) return -1
    return a.order < b.order ? -1 : 1
  }
  return compareSlugs(a.refId, b.refId) || compareSlugs(a.id, b.id)
}

/**
 * Reads a catalog whatever its shape. Duplicate ids keep the first record;
 * unknown parents make roots; a parent cycle is cut at its first member in
 * sibling order. Each repair is reported.
 */
export function indexCatalog(catalog: unknown): IndexedCatalog {
  const raw = isRecord(catalog) ? catalog : {}
  const editionId = typeof raw.editionId === 'string' ? raw.editionId : ''
  const standardSlug = typeof raw.standardSlug === 'string' ? raw.standardSlug : ''
  const issues: MappingIssue[] = []
  const byId = new Map<string, Req>()
  const parentOf = new Map<string, string | null>()
  const list = Array.isArray(raw.requirements) ? raw.requirements : []
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i]
    const id = isRecord(item) ? idOf(item.id) : null
    if (!isRecord(item) || id === null) {
      issues.push(issue('missing-requirement-id', `Requirement #${i} of ${editionId || 'a catalog'} has no id: skipped.`))
      continue
    }
    if (byId.has(id)) {
      issues.push(issue('duplicate-requirement', `Requirement id "${id}" appears twice in ${editionId}: the first is kept.`, { ids: [id] }))
      continue
    }
    const order = typeof item.order === 'number' && Number.isFinite(item.order) ? item.order + 0 : null
    const refId = cleanText(item.refId) || id
    const title = cleanText(item.title) || null
    const ref: RequirementRef = { id, refId, title }
    // Spelled out rather than spread from `ref`: every Req then shares one shape, which keeps reads fast.
    byId.set(id, {
      id,
      refId,
      title,
      ref,
      parent: null,
      kind: cleanText(item.kind) || null,
      assessable: item.assessable === true,
      order,
      depth: 0,
      position: 0,
    })
    parentOf.set(id, idOf(item.parent))
  }
  for (const [id, parent] of parentOf) {
    if (parent === null) continue
    if (parent === id || !byId.has(parent)) {
      issues.push(
        issue(parent === id ? 'parent-cycle' : 'missing-parent', `Requirement "${id}" has ${parent === id ? 'itself' : `an unknown parent "${parent}"`}: shown at the top.`, {
          ids: [id],
        }),
      )
      continue
    }
    ;(byId.get(id) as Req).parent = parent
  }

  const childrenOf = () => {
    const children = new Map<string, Req[]>()
    const roots: Req[] = []
    for (const req of byId.values()) {
      if (req.parent === null) roots.push(req)
      else {
        const siblings = children.get(req.parent)
        if (siblings) siblings.push(req)
        else children.set(req.parent, [req])
      }
    }
    roots.sort(compareSiblings)
    for (const siblings of children.values()) siblings.sort(compareSiblings)
    return { children, roots }
  }
  let { children, roots } = childrenOf()
  const visited = new Set<string>()
  const walk = (start: Req) => {
    const stack = [start]
    while (stack.length > 0) {
      const req = stack.pop() as Req
      if (visited.has(req.id)) continue
      visited.add(req.id)
      const kids = children.get(req.id)
      if (kids) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Req)
    }
  }
  for (const root of roots) walk(root)
  if (visited.size < byId.size) {
    // Only cycles (and what hangs below them) are left: cut each at its first member.
    const left = [...byId.values()].filter((req) => !visited.has(req.id)).sort(compareSiblings)
    for (const req of left) {
      if (visited.has(req.id)) continue
      issues.push(issue('parent-cycle', `Requirement "${req.id}" is its own ancestor: shown at the top.`, { ids: [req.id] }))
      req.parent = null
      walk(req)
    }
    ;({ children, roots } = childrenOf())
  }

  const ordered: Req[] = []
  const stack: Req[] = [...roots].reverse()
  for (const root of roots) root.depth = 0
  while (stack.length > 0) {
    const req = stack.pop() as Req
    req.position = ordered.length
    ordered.push(req)
    const kids = children.get(req.id)
    if (!kids) continue
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = kids[k] as Req
      kid.depth = req.depth + 1
      stack.push(kid)
    }
  }
  let assessableCount = 0
  for (const req of ordered) if (req.assessable) assessableCount++
  return { editionId, standardSlug, byId, ordered, children, roots, assessableCount, issues }
}

export function refOf(req: Req): RequirementRef {
  return req.ref
}

export const byPosition = (a: Req, b: Req): number => a.position - b.position

/* -------------------------------------------------------------------- sets */

export interface SetInfo {
  id: string
  sourceEdition: string
  targetEdition: string
  publisher: string
  author: string | null
  method: MappingMethod
  comprehensive: boolean
  licence: string | null
  sourceUrl: string | null
  reviewedAt: string | null
  status: MappingSetStatus
  coveredTargets: string[]
  coveredSources: string[]
  derivedFrom: { set: string; transition: string } | null
}

function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const ids = new Set<string>()
  for (const item of value) {
    const id = idOf(item)
    if (id !== null) ids.add(id)
  }
  return [...ids].sort(compareSlugs)
}

/** Readable sets by id (first of duplicates kept); what could not be read is reported. */
export function readSets(sets: unknown, issues: MappingIssue[]): Map<string, SetInfo> {
  const out = new Map<string, SetInfo>()
  const list = Array.isArray(sets) ? sets : []
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i]
    const id = isRecord(item) ? idOf(item.id) : null
    const sourceEdition = isRecord(item) ? idOf(item.sourceEdition) : null
    const targetEdition = isRecord(item) ? idOf(item.targetEdition) : null
    if (!isRecord(item) || id === null || sourceEdition === null || targetEdition === null) {
      issues.push(issue('invalid-set', `Mapping set #${i} lacks an id or an edition: skipped.`, { setId: id }))
      continue
    }
    if (out.has(id)) {
      issues.push(issue('duplicate-set', `Mapping set "${id}" appears twice: the first is kept.`, { setId: id }))
      continue
    }
    const method = METHODS.includes(item.method as MappingMethod) ? (item.method as MappingMethod) : null
    if (method === null) issues.push(issue('invalid-set', `Mapping set "${id}" has no known method: read as an untyped crosswalk.`, { setId: id }))
    const status = STATUSES.includes(item.status as MappingSetStatus) ? (item.status as MappingSetStatus) : null
    if (status === null) issues.push(issue('invalid-set', `Mapping set "${id}" has no known status: read as a draft.`, { setId: id }))
    const derivedFrom = isRecord(item.derivedFrom)
      ? { set: String(item.derivedFrom.set ?? ''), transition: String(item.derivedFrom.transition ?? '') }
      : null
    out.set(id, {
      id,
      sourceEdition,
      targetEdition,
      publisher: cleanText(item.publisher) || 'Unknown publisher',
      author: cleanText(item.author) || null,
      method: method ?? 'crosswalk',
      comprehensive: item.comprehensive === true,
      licence: cleanText(item.licence) || null,
      sourceUrl: cleanText(item.sourceUrl) || null,
      reviewedAt: cleanText(item.reviewedAt) || null,
      status: status ?? 'draft',
      coveredTargets: idList(item.coveredTargets),
      coveredSources: idList(item.coveredSources),
      derivedFrom,
    })
  }
  return out
}

/** Whether rows of this method may carry typed relationships. */
export function isTyped(method: MappingMethod): boolean {
  return method === 'set-theory' || method === 'edition-transition'
}

/* -------------------------------------------------------------------- rows */

export interface OrientedSet {
  info: SetInfo
  direction: 'forward' | 'inverse'
  /** Ids of "to" requirements this set declares covered by the union of its links (read in this direction). */
  covered: string[]
  rows: number
  ignoredRows: number
  /** Place among the oriented sets in natural order of ids. */
  rank: number
}

export interface OrientedRow {
  index: number
  id: string | null
  set: OrientedSet
  /** "from" requirements, catalog order; empty only for a gap row. */
  sources: Req[]
  /** "to" requirements, catalog order, headings included (they belong to the union). */
  targets: Req[]
  /** Read in this direction, after untyped methods were downgraded to `related`. */
  relationship: MappingRelationship
  strength: number | null
  rationale: MappingRationale | null
  gapNote: string | null
  derived: boolean
}

export interface OrientOptions {
  statuses?: readonly MappingSetStatus[] | null
  includeDerived?: boolean | null
}

/**
 * Every readable row of every included set between the two editions, read
 * from `from` to `to` (rows stored the other way are inverted). A row naming a
 * requirement that is not in the catalogs is ignored and reported, whole: a
 * union without one of its members proves nothing.
 */
export function orientMappings(
  from: IndexedCatalog,
  to: IndexedCatalog,
  sets: Map<string, SetInfo>,
  mappings: unknown,
  options: OrientOptions,
  issues: MappingIssue[],
): { sets: OrientedSet[]; rows: OrientedRow[] } {
  const oriented = orientSets(from, to, sets, options, issues)
  const rows: OrientedRow[] = []
  visitRows(from, to, sets, oriented, mappings, issues, (row) => rows.push(row), false)
  return { sets: oriented, rows }
}

/**
 * The included sets between the two editions, each with its direction, in
 * natural order of ids (`rank` is the place in that order); excluded ones are
 * reported.
 */
export function orientSets(
  from: IndexedCatalog,
  to: IndexedCatalog,
  sets: Map<string, SetInfo>,
  options: OrientOptions,
  issues: MappingIssue[],
): OrientedSet[] {
  const statuses = Array.isArray(options.statuses) ? options.statuses : DEFAULT_STATUSES
  const includeDerived = options.includeDerived === true
  const oriented: OrientedSet[] = []
  for (const info of sets.values()) {
    const direction =
      info.sourceEdition === from.editionId && info.targetEdition === to.editionId
        ? 'forward'
        : info.sourceEdition === to.editionId && info.targetEdition === from.editionId
          ? 'inverse'
          : null
    if (direction === null) continue
    if (!statuses.includes(info.status) || (info.derivedFrom !== null && !includeDerived)) {
      issues.push(
        issue('excluded-set', `Mapping set "${info.id}" is left out (${info.derivedFrom !== null && !includeDerived ? 'derived' : info.status}).`, {
          setId: info.id,
        }),
      )
      continue
    }
    const covered = direction === 'forward' ? info.coveredTargets : info.coveredSources
    oriented.push({ info, direction, covered, rows: 0, ignoredRows: 0, rank: 0 })
  }
  oriented.sort((a, b) => compareSlugs(a.info.id, b.info.id))
  for (let rank = 0; rank < oriented.length; rank++) (oriented[rank] as OrientedSet).rank = rank
  return oriented
}

/**
 * Reads every row of the oriented sets, in input order, and hands each
 * readable one to `visit` (see orientMappings); counts rows per set and
 * reports what cannot be read. With `reuse`, one row object and its arrays are
 * refilled for every row: `visit` must copy what it keeps.
 */
export function visitRows(
  from: IndexedCatalog,
  to: IndexedCatalog,
  sets: Map<string, SetInfo>,
  oriented: readonly OrientedSet[],
  mappings: unknown,
  issues: MappingIssue[],
  visit: (row: OrientedRow) => void,
  reuse: boolean,
): void {
  const byId = new Map<string, OrientedSet>()
  for (const set of oriented) byId.set(set.info.id, set)
  const scratch: OrientedRow | null = reuse
    ? { index: 0, id: null, set: oriented[0] as OrientedSet, sources: [], targets: [], relationship: 'related', strength: null, rationale: null, gapNote: null, derived: false }
    : null
  const unknownSets = new Map<string, number>()
  const list = Array.isArray(mappings) ? mappings : []
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index]
    if (!isRecord(item)) {
      issues.push(issue('invalid-mapping', `Mapping #${index} is not a record: ignored.`, { mapping: index }))
      continue
    }
    const setId = idOf(item.setId)
    const set = setId === null ? undefined : byId.get(setId)
    if (set === undefined) {
      if (setId === null || !sets.has(setId)) unknownSets.set(setId ?? '', (unknownSets.get(setId ?? '') ?? 0) + 1)
      continue
    }
    const row = readRow(item, index, set, from, to, issues, scratch)
    if (row === null) set.ignoredRows++
    else if (row !== 'skip') {
      set.rows++
      visit(row)
    }
  }
  for (const [setId, count] of unknownSets) {
    issues.push(
      issue('unknown-set', `${count} mapping${count === 1 ? '' : 's'} name${count === 1 ? 's' : ''} ${setId ? `an unknown set "${setId}"` : 'no set'}: ignored.`, {
        setId: setId || null,
      }),
    )
  }
}

const NO_IDS: readonly string[] = []

/** The distinct ids of one side of a row (read only: may be the input array itself), or null if unreadable. */
function readIds(value: unknown): readonly string[] | null {
  if (!Array.isArray(value)) return null
  // Most rows are one-to-one: no copy, no Set.
  if (value.length === 0) return NO_IDS
  if (value.length === 1) return idOf(value[0]) === null ? null : (value as string[])
  // A few ids: dedupe by scanning, cheaper than a Set; same first-seen order.
  if (value.length <= 8) {
    const ids: string[] = []
    for (const item of value) {
      const id = idOf(item)
      if (id === null) return null
      if (!ids.includes(id)) ids.push(id)
    }
    return ids
  }
  const ids = new Set<string>()
  for (const item of value) {
    const id = idOf(item)
    if (id === null) return null
    ids.add(id)
  }
  return [...ids]
}

/** Fills `found` with the requirements named, in catalog order; returns the ids the catalog lacks, or null. */
function resolve(ids: readonly string[], catalog: IndexedCatalog, found: Req[]): string[] | null {
  let missing: string[] | null = null
  let n = 0
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as string
    const req = catalog.byId.get(id)
    if (req) found[n++] = req
    else (missing ??= []).push(id)
  }
  // A reused array mostly keeps its length (rows are mostly one-to-one): only then is it left alone.
  if (found.length !== n) found.length = n
  // Insertion sort: these lists are a handful long, and Array.prototype.sort allocates a work area per call.
  for (let i = 1; i < n; i++) {
    const req = found[i] as Req
    let j = i - 1
    while (j >= 0 && (found[j] as Req).position > req.position) {
      found[j + 1] = found[j] as Req
      j--
    }
    found[j + 1] = req
  }
  return missing
}

function readRow(
  item: Record<string, unknown>,
  index: number,
  set: OrientedSet,
  from: IndexedCatalog,
  to: IndexedCatalog,
  issues: MappingIssue[],
  scratch: OrientedRow | null,
): OrientedRow | null | 'skip' {
  const setId = set.info.id
  const storedSources = readIds(item.sources)
  const storedTargets = readIds(item.targets)
  const stored = item.relationship
  if (storedSources === null || storedTargets === null || !isRelationship(stored)) {
    issues.push(issue('invalid-mapping', `Mapping #${index} of "${setId}" has unreadable sources, targets or relationship: ignored.`, { setId, mapping: index }))
    return null
  }
  // A gap row has one empty side, and only `not-related` can say that: "nothing over there maps to these".
  const empty = storedSources.length === 0 || storedTargets.length === 0
  if ((storedSources.length === 0 && storedTargets.length === 0) || (empty && stored !== 'not-related')) {
    issues.push(issue('invalid-mapping', `Mapping #${index} of "${setId}" has an empty side: ignored.`, { setId, mapping: index }))
    return null
  }
  const forward = set.direction === 'forward'
  const sourceIds = forward ? storedSources : storedTargets
  const targetIds = forward ? storedTargets : storedSources
  // A gap row says nothing about the requirements on its empty side.
  if (targetIds.length === 0) return 'skip'
  const sources = scratch === null ? [] : scratch.sources
  const targets = scratch === null ? [] : scratch.targets
  const missingSources = resolve(sourceIds, from, sources)
  const missingTargets = resolve(targetIds, to, targets)
  if (missingSources !== null || missingTargets !== null) {
    const missing = [...(missingSources ?? []), ...(missingTargets ?? [])]
    issues.push(
      issue('unknown-requirement', `Mapping #${index} of "${setId}" names requirements that are not in the catalogs: ignored.`, {
        setId,
        mapping: index,
        ids: missing.sort(compareSlugs),
      }),
    )
    return null
  }
  let relationship = forward ? stored : inverseOf(stored)
  if (!isTyped(set.info.method) && relationship !== 'not-related') relationship = 'related'
  const rationale = isRationale(item.rationale) ? item.rationale : null
  const id = idOf(item.id)
  const strength = normalizeStrength(item.strength)
  const gapNote = cleanText(item.gapNote) || null
  const derived = item.derived === true || set.info.derivedFrom !== null
  if (scratch === null) return { index, id, set, sources, targets, relationship, strength, rationale, gapNote, derived }
  scratch.index = index
  scratch.id = id
  scratch.set = set
  scratch.relationship = relationship
  scratch.strength = strength
  scratch.rationale = rationale
  scratch.gapNote = gapNote
  scratch.derived = derived
  return scratch
}

/* ------------------------------------------------------------- set theory */

export interface PairFact {
  source: Req
  target: Req
  relationship: MappingRelationship
}

/**
 * What a row proves about each single (source, target) pair. A row relates
 * the union of its sources to the union of its targets; only some of that
 * survives for a pair (README "Many-to-many rows"): for example sources A1, A2
 * `superset` B1 says A1 ∪ A2 ⊇ B1, not that A1 alone does, so the pair is
 * only `related`.
 */
export function pairFacts(row: OrientedRow, out: PairFact[]): void {
  const each = pairRelationship(row)
  if (each === null) return
  for (const source of row.sources) for (const target of row.targets) out.push({ source, target, relationship: each })
}

/** The relationship a row proves for each of its (source, target) pairs (see pairFacts); null for a gap row. */
export function pairRelationship(row: OrientedRow): MappingRelationship | null {
  const s = row.sources.length
  const t = row.targets.length
  if (s === 0) return null
  switch (row.relationship) {
    case 'equal':
      return s === 1 && t === 1 ? 'equal' : s === 1 ? 'superset' : t === 1 ? 'subset' : 'related'
    case 'superset':
      return s === 1 ? 'superset' : 'related'
    case 'subset':
      return t === 1 ? 'subset' : 'related'
    case 'intersect':
      return s === 1 && t === 1 ? 'intersect' : 'related'
    default:
      return row.relationship
  }
}

/**
 * A ⟨first⟩ P and P ⟨second⟩ B give A ⟨result⟩ B, or null when nothing
 * follows. §4.3 of the research notes, made stricter in two places: anything
 * through `intersect` is unknown (the issue's rule; §4.4 measured such
 * candidates at 12–28 % precision), and `related` only survives an `equal`
 * hop (SSSOM: relatedness is not transitive).
 */
export function compose(first: MappingRelationship, second: MappingRelationship): MappingRelationship | null {
  if (first === 'equal') return second === 'intersect' ? null : second
  if (second === 'equal') return first === 'intersect' ? null : first
  if (first === 'intersect' || second === 'intersect') return null
  if (first === 'related' || second === 'related') return null
  // A ⊇ P and P ⊆ B: A ∩ B ⊇ P, an overlap proven without any `intersect` link.
  if (first === 'superset') return second === 'superset' ? 'superset' : second === 'subset' ? 'intersect' : null
  if (first === 'subset') return second === 'subset' ? 'subset' : second === 'not-related' ? 'not-related' : null
  // first is not-related: A ∩ P = ∅ and P ⊇ B give A ∩ B = ∅.
  return second === 'superset' ? 'not-related' : null
}
