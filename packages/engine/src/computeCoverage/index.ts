import type {
  CoverageCounts,
  CoverageEvidence,
  CoverageModel,
  CoverageNode,
  CoverageSetDetail,
  CoverageStatus,
  EvidenceEffect,
  MappingIssue,
  RequirementRef,
} from '../model'
import type { CatalogRecord, MappingRecord, MappingSetRecord, MappingSetStatus } from '../types'
import type { OrientedRow, OrientedSet, Req } from '../_lib/mappings'
import { indexCatalog, isRecord, isTyped, orientSets, readSets, refOf, round4, visitRows } from '../_lib/mappings'

export interface CoverageInput {
  /** The edition complied with (A). */
  from: CatalogRecord
  /** The edition measured (B). */
  to: CatalogRecord
  /** Any sets; those between the two editions are used, in either direction. */
  sets: MappingSetRecord[]
  /** Rows of those sets (rows of other sets are skipped). */
  mappings: MappingRecord[]
}

/** Options of `computeCoverage`. */
export interface CoverageOptions {
  /** Set statuses counted (default complete, not-complete, superseded: no drafts, nothing deprecated). */
  statuses?: MappingSetStatus[]
  /** Count sets computed by bridgeEdition (default false: derived links stay out of headline figures). */
  includeDerived?: boolean
}

/** Strength assumed when a typed partial link gives none: "roughly equal" on the NIST 0–10 scale. */
export const DEFAULT_STRENGTH = 6
/** A partial link never counts as much as a full one, whatever its strength. */
export const MAX_PARTIAL_WEIGHT = 0.9
/** An `intersect` link counts half a `subset` link of the same strength. */
export const INTERSECT_FACTOR = 0.5

const EFFECT_RANK: Record<EvidenceEffect, number> = { full: 0, partial: 1, related: 2, 'not-related': 3, gap: 4 }

/** The weight of one link for one target (README "Score"). */
export function linkWeight(effect: EvidenceEffect, relationship: string, strength: number | null): number {
  if (effect === 'full') return 1
  if (effect !== 'partial') return 0
  const s = (strength ?? DEFAULT_STRENGTH) / 10
  return relationship === 'subset' ? Math.min(MAX_PARTIAL_WEIGHT, s) : INTERSECT_FACTOR * s
}

/** What a row does for each of its targets (README "Many-to-many rows"). */
function effectOf(row: OrientedRow): EvidenceEffect {
  switch (row.relationship) {
    case 'equal':
    case 'superset':
      return 'full'
    case 'subset':
    case 'intersect':
      // Sources ⊆ T1 ∪ T2 (or overlapping it) proves nothing about T1 alone.
      return row.targets.length === 1 ? 'partial' : 'related'
    case 'related':
      return 'related'
    default:
      return row.sources.length === 0 ? 'gap' : 'not-related'
  }
}

/**
 * Sorts a requirement's row numbers in place: insertion sort for the usual handful (no work area
 * allocated, unlike Array.prototype.sort), the built-in sort for long lists.
 */
function sortRows(list: number[], compare: (a: number, b: number) => number): void {
  if (list.length > 32) {
    list.sort(compare)
    return
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as number
    let j = i - 1
    while (j >= 0 && compare(list[j] as number, item) > 0) {
      list[j + 1] = list[j] as number
      j--
    }
    list[j + 1] = item
  }
}

const emptyCounts = (): CoverageCounts => ({ full: 0, partial: 0, related: 0, none: 0, unknown: 0, total: 0 })

/**
 * @name computeCoverage
 * @summary How much of edition B is met by complying with edition A, requirement by requirement.
 *
 * @description
 * For every assessable requirement of `to`, the best evidence from the mapping
 * sets between the two editions (stored either way: a stored B → A row is read
 * through invertRelationship): `full` (an `equal`/`superset` link, or a set
 * declaring the union of its links covers it), `partial` (a `subset` or
 * `intersect` link, weighted by strength), `related` (untyped link: shown,
 * never counted), `none` (a comprehensive set has no link, or a gap row), else
 * `unknown`. Evidence is gathered per target, so many-to-many rows never
 * inflate the counts. Rows naming unknown requirements are ignored and
 * reported in `issues`; nothing throws. Headings are kept in the tree but
 * never counted. The rules and the score formula: ./README.md.
 *
 * @param input - The two catalogs, the sets and their rows
 * @param options - Which sets count
 * @returns The summary (the JSON API's shape), the tree of `to` with evidence, the sets used and the issues
 *
 * @example
 * computeCoverage({ from: iso2022, to: nis2Ir, sets, mappings }).summary
 * //=> { from: 'iso-27001-2022', to: 'nis2-ir-2024', full: 12, partial: 40, related: 3, none: 0, unknown: 5, total: 60, score: 0.4633, sets: [...] }
 */
export function computeCoverage(input: CoverageInput, options: CoverageOptions = {}): CoverageModel {
  const raw: Partial<CoverageInput> = isRecord(input) ? input : {}
  const opts: CoverageOptions = isRecord(options) ? options : {}
  const from = indexCatalog(raw.from)
  const to = indexCatalog(raw.to)
  const issues: MappingIssue[] = [...from.issues, ...to.issues]
  const sets = readSets(raw.sets, issues)
  const orientedSets = orientSets(from, to, sets, opts, issues)

  // Everything a piece of evidence says belongs to its row, so each row makes one evidence object,
  // shared by its targets; per target only row numbers are gathered, and sorted once. Rows are read
  // into one reused object: nothing per row is kept but the evidence.
  const capacity = Array.isArray(raw.mappings) ? raw.mappings.length : 0
  const size = to.ordered.length
  const evidenceOfRow: CoverageEvidence[] = []
  const effectRank = new Uint8Array(capacity)
  const weightOf = new Float64Array(capacity)
  const setRank = new Int32Array(capacity)
  const firstSource = new Int32Array(capacity)
  const inputIndex = new Int32Array(capacity)
  const rowsOf: (number[] | undefined)[] = new Array(size)
  // Most rows have one source: those rows share one `[ref]` array per source requirement.
  const singles: (RequirementRef[] | undefined)[] = new Array(from.ordered.length)
  const singleRef = (req: Req): RequirementRef[] => (singles[req.position] ??= [req.ref])
  // Per set, the targets it reaches and, if it declares joint covers, those it has a typed link to.
  const reached = orientedSets.map(() => new Uint8Array(size))
  const targetCount = new Int32Array(orientedSets.length)
  const typedTo = orientedSets.map((set) => (set.covered.length > 0 ? new Uint8Array(size) : null))
  // Reported after the rows' own issues, as they are found once every row is read.
  const headingIssues: MappingIssue[] = []
  visitRows(from, to, sets, orientedSets, raw.mappings, issues, (row) => {
    const r = evidenceOfRow.length
    const effect = effectOf(row)
    const weight = linkWeight(effect, row.relationship, row.strength)
    const setId = row.set.info.id
    const rank = row.set.rank
    const seen = reached[rank] as Uint8Array
    const typed = row.relationship !== 'related' && row.relationship !== 'not-related' ? typedTo[rank] ?? null : null
    let headings: string[] | null = null
    let gathered = false
    for (const target of row.targets) {
      if (!target.assessable) {
        ;(headings ??= []).push(target.id)
        continue
      }
      gathered = true
      const at = target.position
      const list = rowsOf[at]
      if (list) list.push(r)
      else rowsOf[at] = [r]
      if (seen[at] === 0) {
        seen[at] = 1
        targetCount[rank] = (targetCount[rank] as number) + 1
      }
      if (typed !== null) typed[at] = 1
    }
    if (gathered) {
      evidenceOfRow.push({
        sources: row.sources.length === 1 ? singleRef(row.sources[0] as Req) : row.sources.map(refOf),
        relationship: row.relationship,
        effect,
        weight,
        strength: row.strength,
        rationale: row.rationale,
        gapNote: row.gapNote,
        setId,
        publisher: row.set.info.publisher,
        derived: row.derived,
        mapping: { index: row.index, id: row.id },
      })
      effectRank[r] = EFFECT_RANK[effect]
      weightOf[r] = weight
      setRank[r] = rank
      firstSource[r] = row.sources[0]?.position ?? -1
      inputIndex[r] = row.index
    }
    if (headings !== null) {
      headingIssues.push({
        kind: 'heading-target',
        setId,
        mapping: row.index,
        ids: headings,
        message: `Mapping #${row.index} of "${setId}" targets headings, which are not counted.`,
      })
    }
  }, true)
  for (const found of headingIssues) issues.push(found)
  // Strongest effect, heaviest, set in natural order, first source in catalog order, then input order.
  const compareRows = (a: number, b: number): number =>
    (effectRank[a] as number) - (effectRank[b] as number) ||
    (weightOf[b] as number) - (weightOf[a] as number) ||
    (setRank[a] as number) - (setRank[b] as number) ||
    (firstSource[a] as number) - (firstSource[b] as number) ||
    (inputIndex[a] as number) - (inputIndex[b] as number)

  // A declared joint cover needs at least one typed link of that set to show for it.
  const jointOf = new Map<string, string[]>()
  for (let rank = 0; rank < orientedSets.length; rank++) {
    const set = orientedSets[rank] as OrientedSet
    const typed = typedTo[rank]
    for (const id of set.covered) {
      const target = to.byId.get(id)
      const supported = isTyped(set.info.method) && target?.assessable === true && typed != null && typed[target.position] === 1
      if (!supported) {
        issues.push({
          kind: 'unsupported-cover',
          setId: set.info.id,
          mapping: null,
          ids: [id],
          message: `Set "${set.info.id}" declares "${id}" covered but has no typed link to it here: not counted.`,
        })
        continue
      }
      const list = jointOf.get(id)
      if (list) list.push(set.info.id)
      else jointOf.set(id, [set.info.id])
    }
  }

  const comprehensive = orientedSets.some((set) => set.info.comprehensive)
  const nodes: CoverageNode[] = new Array(size)
  let scoreSum = 0
  for (let at = 0; at < size; at++) {
    const req = to.ordered[at] as Req
    const list = rowsOf[at]
    let evidence: CoverageEvidence[] = []
    if (list !== undefined) {
      sortRows(list, compareRows)
      evidence = new Array(list.length)
      for (let k = 0; k < list.length; k++) evidence[k] = evidenceOfRow[list[k] as number] as CoverageEvidence
    }
    const jointlyCoveredBy = jointOf.get(req.id) ?? []
    let status: CoverageStatus | null = null
    let score = 0
    if (req.assessable) {
      const best = evidence[0]?.effect
      status =
        best === 'full' || jointlyCoveredBy.length > 0
          ? 'full'
          : best === 'partial'
            ? 'partial'
            : best === 'related'
              ? 'related'
              : comprehensive || evidence.some((e) => e.effect === 'gap')
                ? 'none'
                : 'unknown'
      score = status === 'full' ? 1 : status === 'partial' ? (evidence[0]?.weight ?? 0) : 0
      scoreSum += score
    }
    nodes[at] = {
      id: req.id,
      refId: req.refId,
      title: req.title,
      parent: req.parent,
      kind: req.kind,
      depth: req.depth,
      assessable: req.assessable,
      status,
      score: round4(score),
      evidence,
      jointlyCoveredBy,
      counts: emptyCounts(),
      children: [],
    }
  }
  // Reverse preorder visits children before parents: roll the counts up.
  for (let at = size - 1; at >= 0; at--) {
    const req = to.ordered[at] as Req
    const node = nodes[at] as CoverageNode
    const counts = node.counts
    if (node.status !== null) {
      counts[node.status]++
      counts.total++
    }
    const kids = to.children.get(req.id)
    if (kids) {
      for (const kid of kids) {
        const child = nodes[kid.position] as CoverageNode
        node.children.push(child)
        const more = child.counts
        counts.full += more.full
        counts.partial += more.partial
        counts.related += more.related
        counts.none += more.none
        counts.unknown += more.unknown
        counts.total += more.total
      }
    }
  }
  const requirements = to.roots.map((root) => nodes[root.position] as CoverageNode)
  const counts = emptyCounts()
  for (const root of requirements) for (const key of Object.keys(counts) as (keyof CoverageCounts)[]) counts[key] += root.counts[key]

  const setDetails: CoverageSetDetail[] = orientedSets.map((set, rank) => ({
    id: set.info.id,
    publisher: set.info.publisher,
    method: set.info.method,
    licence: set.info.licence,
    comprehensive: set.info.comprehensive,
    status: set.info.status,
    sourceUrl: set.info.sourceUrl,
    reviewedAt: set.info.reviewedAt,
    direction: set.direction,
    derived: set.info.derivedFrom !== null,
    rows: set.rows,
    ignoredRows: set.ignoredRows,
    targets: targetCount[rank] as number,
  }))

  return {
    summary: {
      from: from.editionId,
      to: to.editionId,
      ...counts,
      score: counts.total === 0 ? 0 : round4(scoreSum / counts.total),
      sets: setDetails.map(({ id, publisher, method, licence, comprehensive }) => ({ id, publisher, method, licence, comprehensive })),
    },
    from: { editionId: from.editionId, standardSlug: from.standardSlug },
    to: { editionId: to.editionId, standardSlug: to.standardSlug },
    requirements,
    sets: setDetails,
    issues,
  }
}
