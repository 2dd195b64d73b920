import type {
  CoverageCounts,
  CoverageEvidence,
  CoverageModel,
  CoverageNode,
  CoverageSetDetail,
  CoverageStatus,
  EvidenceEffect,
  MappingIssue,
} from '../model'
import type { CatalogRecord, MappingRecord, MappingSetRecord, MappingSetStatus } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import type { OrientedRow, Req } from './mappings'
import { indexCatalog, isRecord, isTyped, orientMappings, readSets, refOf, round4 } from './mappings'

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

function compareEvidence(a: CoverageEvidence & { first: number }, b: CoverageEvidence & { first: number }): number {
  return (
    EFFECT_RANK[a.effect] - EFFECT_RANK[b.effect] ||
    b.weight - a.weight ||
    compareSlugs(a.setId, b.setId) ||
    a.first - b.first ||
    a.mapping.index - b.mapping.index
  )
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
  const oriented = orientMappings(from, to, sets, raw.mappings, opts, issues)

  type Gathered = CoverageEvidence & { first: number }
  const evidenceOf = new Map<string, Gathered[]>()
  const typedSetsOf = new Map<string, Set<string>>()
  const targetsOfSet = new Map<string, Set<string>>()
  for (const row of oriented.rows) {
    const effect = effectOf(row)
    const weight = linkWeight(effect, row.relationship, row.strength)
    const setId = row.set.info.id
    const sources = row.sources.map(refOf)
    let headings: string[] | null = null
    for (const target of row.targets) {
      if (!target.assessable) {
        ;(headings ??= []).push(target.id)
        continue
      }
      const evidence: Gathered = {
        sources,
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
        first: row.sources[0]?.position ?? -1,
      }
      const list = evidenceOf.get(target.id)
      if (list) list.push(evidence)
      else evidenceOf.set(target.id, [evidence])
      let targets = targetsOfSet.get(setId)
      if (!targets) targetsOfSet.set(setId, (targets = new Set()))
      targets.add(target.id)
      if (row.relationship !== 'related' && row.relationship !== 'not-related') {
        let typed = typedSetsOf.get(target.id)
        if (!typed) typedSetsOf.set(target.id, (typed = new Set()))
        typed.add(setId)
      }
    }
    if (headings !== null) {
      issues.push({
        kind: 'heading-target',
        setId,
        mapping: row.index,
        ids: headings,
        message: `Mapping #${row.index} of "${setId}" targets headings, which are not counted.`,
      })
    }
  }

  // A declared joint cover needs at least one typed link of that set to show for it.
  const jointOf = new Map<string, string[]>()
  for (const set of oriented.sets) {
    for (const id of set.covered) {
      const target = to.byId.get(id)
      const supported = isTyped(set.info.method) && target?.assessable === true && typedSetsOf.get(id)?.has(set.info.id) === true
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

  const comprehensive = oriented.sets.some((set) => set.info.comprehensive)
  const nodes = new Map<string, CoverageNode>()
  let scoreSum = 0
  for (const req of to.ordered) {
    const evidence = (evidenceOf.get(req.id) ?? []).sort(compareEvidence).map(({ first: _first, ...rest }) => rest)
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
    nodes.set(req.id, {
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
    })
  }
  // Reverse preorder visits children before parents: roll the counts up.
  for (let i = to.ordered.length - 1; i >= 0; i--) {
    const req = to.ordered[i] as Req
    const node = nodes.get(req.id) as CoverageNode
    if (node.status !== null) {
      node.counts[node.status]++
      node.counts.total++
    }
    const kids = to.children.get(req.id)
    if (kids) {
      for (const kid of kids) {
        const child = nodes.get(kid.id) as CoverageNode
        node.children.push(child)
        for (const key of ['full', 'partial', 'related', 'none', 'unknown', 'total'] as const) node.counts[key] += child.counts[key]
      }
    }
  }
  const requirements = to.roots.map((root) => nodes.get(root.id) as CoverageNode)
  const counts = emptyCounts()
  for (const root of requirements) for (const key of Object.keys(counts) as (keyof CoverageCounts)[]) counts[key] += root.counts[key]

  const setDetails: CoverageSetDetail[] = oriented.sets.map((set) => ({
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
    targets: targetsOfSet.get(set.info.id)?.size ?? 0,
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
