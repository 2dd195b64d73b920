/**
 * The pair page's requirement overlap: which editions face each other, the
 * coverage each way (computeCoverage), what B adds requirement by requirement,
 * the sets behind it, and, when no set links the two, candidates inferred
 * through other standards (inferMappings), never counted.
 */
import type { EditionEntry } from '@versus/content'
import type { CoverageModel, CoverageNode, CoverageSummary } from '@versus/engine'
import { computeCoverage, inferMappings } from '@versus/engine'
import type {
  AddedGroupView,
  AddedRequirementView,
  CoverageDirectionView,
  EvidenceView,
  InferredView,
  RequirementOverlapView,
} from '@versus/ui'
import type { CrosswalkIndex } from './crosswalk-index'
import { editionBadge, editionsOf, requirementLink, sourceView, standardName, supersededNotice } from './crosswalk-index'
import { STATUS_LABELS, isTypedMethod, percent, relationshipWords } from './words'

/** Where "how we count" points. */
export const METHODOLOGY_PATH = '/methodology#coverage'
/** Inferred candidates shown at most. */
export const MAX_INFERRED = 20

/** Sets that count between two standards: published, between their editions, not an edition transition. */
function setsBetween(index: CrosswalkIndex, a: EditionEntry, b: EditionEntry) {
  return [...index.sets.values()].filter(
    (s) =>
      s.method !== 'edition-transition' &&
      ((s.sourceEdition === a.id && s.targetEdition === b.id) || (s.sourceEdition === b.id && s.targetEdition === a.id)),
  )
}

/**
 * The two editions a pair page speaks about: the pair of editions joined by a
 * set, preferring current editions, then newer; with no set at all, each
 * standard's current edition. Null when a side has no edition.
 */
export function pairEditions(index: CrosswalkIndex, slugs: [string, string]): { editions: [EditionEntry, EditionEntry]; linked: boolean } | null {
  const left = editionsOf(index, slugs[0])
  const right = editionsOf(index, slugs[1])
  if (!left[0] || !right[0]) return null
  for (const a of left) {
    for (const b of right) {
      if (setsBetween(index, a, b).length > 0) return { editions: [a, b], linked: true }
    }
  }
  return { editions: [left[0], right[0]], linked: false }
}

/** The pair's coverage both ways, or none when no set links them. */
export function pairCoverage(index: CrosswalkIndex, slugs: [string, string]): CoverageModel[] {
  const found = pairEditions(index, slugs)
  if (!found?.linked) return []
  const [a, b] = found.editions
  const catA = index.records.catalogs.get(a.id)
  const catB = index.records.catalogs.get(b.id)
  if (!catA || !catB) return []
  const { sets, mappings } = index.records
  return [computeCoverage({ from: catA, to: catB, sets, mappings }), computeCoverage({ from: catB, to: catA, sets, mappings })].filter(
    (model) => model.summary.sets.length > 0,
  )
}

/** What the JSON API says about the pair's coverage: one summary per direction. */
export const coverageSummaries = (models: CoverageModel[]): CoverageSummary[] => models.map((m) => m.summary)

function evidenceOf(index: CrosswalkIndex, model: CoverageModel, node: CoverageNode): EvidenceView[] {
  return node.evidence
    .filter((e) => e.effect !== 'not-related' && e.sources.length > 0)
    .slice(0, 3)
    .map((e) => {
      const set = index.sets.get(e.setId)
      return {
        requirements: e.sources.map((s) => requirementLink(index, model.from.editionId, s.id)),
        relationship: relationshipWords(e.relationship, set ? isTypedMethod(set.method) : false),
        publisher: e.publisher,
      }
    })
}

/**
 * A row's gap note says what its targets ask beyond its sources, so it speaks about this
 * requirement only when the row is read as stored (its set `forward` here), or when it is a gap row
 * (nothing maps to this requirement, and the note says why).
 */
function gapNoteOf(model: CoverageModel, node: CoverageNode): string | null {
  const forward = new Set(model.sets.filter((s) => s.direction === 'forward').map((s) => s.id))
  return node.evidence.find((e) => e.gapNote && (e.effect === 'gap' || forward.has(e.setId)))?.gapNote ?? null
}

function addedOf(index: CrosswalkIndex, model: CoverageModel, node: CoverageNode): AddedRequirementView {
  const status = node.status ?? 'unknown'
  return {
    ...requirementLink(index, model.to.editionId, node.id),
    status,
    statusLabel: STATUS_LABELS[status],
    gapNote: status === 'full' ? null : gapNoteOf(model, node),
    evidence: evidenceOf(index, model, node),
  }
}

/** B's hierarchy, one group per top-level entry, its assessable requirements flattened in catalog order. */
function groupsOf(index: CrosswalkIndex, model: CoverageModel): AddedGroupView[] {
  const groups: AddedGroupView[] = []
  const loose: AddedRequirementView[] = []
  const walk = (node: CoverageNode, into: AddedRequirementView[]) => {
    if (node.assessable) into.push(addedOf(index, model, node))
    for (const child of node.children) walk(child, into)
  }
  for (const root of model.requirements) {
    if (root.assessable && root.children.length === 0) {
      loose.push(addedOf(index, model, root))
      continue
    }
    const items: AddedRequirementView[] = []
    walk(root, items)
    if (items.length === 0) continue
    groups.push({ heading: requirementLink(index, model.to.editionId, root.id), items })
  }
  if (loose.length > 0) {
    groups.push({ heading: null, items: loose })
  }
  return groups
}

/** /compare/<pair>/checklist/<to-standard>.csv: what <to> adds for someone complying with the other. */
export const checklistPath = (pairSlug: string, toStandard: string) => `/compare/${pairSlug}/checklist/${toStandard}.csv`

function directionView(index: CrosswalkIndex, model: CoverageModel, pairSlug: string): CoverageDirectionView {
  const from = index.editions.get(model.from.editionId) as EditionEntry
  const to = index.editions.get(model.to.editionId) as EditionEntry
  const { full, partial, related, none, unknown, total } = model.summary
  return {
    fromSlug: from.standard,
    toSlug: to.standard,
    fromName: standardName(index, from.standard),
    toName: standardName(index, to.standard),
    fromEdition: editionBadge(from),
    toEdition: editionBadge(to),
    counts: { full, partial, related, none, unknown, total },
    scoreLabel: percent(model.summary.score),
    groups: groupsOf(index, model),
    csvPath: checklistPath(pairSlug, to.standard),
  }
}

/** Candidates from A to B through other editions, and the sets walked; null when there is none. */
function inferredView(index: CrosswalkIndex, a: EditionEntry, b: EditionEntry): { view: InferredView; sets: Set<string> } | null {
  const catalogs = [...index.records.catalogs.values()]
  const model = inferMappings({ catalogs, from: a.id, to: b.id, sets: index.records.sets, mappings: index.records.mappings })
  const useful = model.candidates.filter((c) => c.coverage !== 'not-related')
  if (useful.length === 0) return null
  const sets = new Set(useful.flatMap((c) => c.path.sets))
  const label = (id: string) => index.editions.get(id)?.label ?? id
  const coverage = { full: 'Would cover', partial: 'Would partly cover', related: 'Related', 'not-related': 'Not related' } as const
  const view: InferredView = {
    fromName: standardName(index, a.standard),
    toName: standardName(index, b.standard),
    candidates: useful.slice(0, MAX_INFERRED).map((c) => ({
      source: requirementLink(index, a.id, c.source.id),
      target: requirementLink(index, b.id, c.target.id),
      relationship: relationshipWords(c.relationship, true),
      coverageLabel: coverage[c.coverage],
      confidenceLabel: percent(c.confidence),
      via: c.path.editions.slice(1, -1).map(label),
    })),
    more: Math.max(0, useful.length - MAX_INFERRED),
  }
  return { view, sets }
}

/**
 * The overlap section's model, or null when there is nothing to say (a side
 * without a catalog, and no set or inferred candidate linking the two).
 */
export function buildRequirementOverlap(index: CrosswalkIndex, slugs: [string, string], pairSlug: string): RequirementOverlapView | null {
  const found = pairEditions(index, slugs)
  if (!found) return null
  const [a, b] = found.editions
  const models = pairCoverage(index, slugs)
  const inferred = models.length === 0 ? inferredView(index, a, b) : null
  // With no set and no candidate, there is still something to say when both have a catalog: that nobody mapped them.
  const catalogued = (id: string) => (index.requirements.get(id)?.size ?? 0) > 0
  if (models.length === 0 && !inferred && !(catalogued(a.id) && catalogued(b.id))) return null
  const used = new Set([...models.flatMap((m) => m.summary.sets.map((s) => s.id)), ...(inferred?.sets ?? [])])
  const sources = [...index.sets.values()].filter((s) => used.has(s.id)).map(sourceView)
  return {
    names: [standardName(index, a.standard), standardName(index, b.standard)],
    editions: [editionBadge(a), editionBadge(b)],
    notices: [a, b].map((e) => supersededNotice(index, e)).filter((n) => n !== null),
    directions: models.map((m) => directionView(index, m, pairSlug)),
    sources,
    inferred: inferred?.view ?? null,
    methodologyPath: METHODOLOGY_PATH,
  }
}
