/**
 * Imports a crosswalk file (CISO Assistant library YAML, OSCAL 1.1 catalog, OSCAL 1.2
 * mapping-collection, or the crosswalk CSV; `@versus/content` detects and parses it) through the
 * crosswalk writer (`crosswalk/write-bundle.ts`), with the same report as a `versus/1` import.
 *
 * All or nothing: any `error` from the parser or any problem the writer finds refuses the whole
 * file, and the report lists every one of them (record, field, reason). Warnings (a `-revert` set
 * dropped, duplicate rows merged, an edition id derived from a name) are shown and do not block.
 *
 * A file adds to what is stored and never removes: requirements and editions it does not mention
 * stay (a baseline catalog updates the controls it holds and leaves the rest of the edition alone),
 * and fields its format has no place for keep their stored value (our summaries, an edition's
 * amendments). Only a mapping set's rows are replaced as a whole by the file's rows for that set.
 */
import type { CrosswalkBundle, CrosswalkFormat, EditionEntry, FormatProblem, RequirementEntry } from '@versus/content'
import { detectFormat, parseCrosswalkFile, relationId } from '@versus/content'
import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { requirementKey } from '../crosswalk/bundle-problems'
import type { BundleProblem } from '../crosswalk/bundle-problems'
import { writeBundle } from '../crosswalk/write-bundle'
import type { WriteBundleReport, WriteCounts } from '../crosswalk/write-bundle'
import type { Action, CrosswalkKind, ImportReport, ReportLine } from './report'

type Doc = Record<string, unknown> & { id: number | string }

const CROSSWALK_KINDS: readonly CrosswalkKind[] = ['editions', 'requirements', 'mapping-sets', 'mappings']

/** What a crosswalk import adds to the report: the format read and the writer's counts per kind. */
export interface CrosswalkImportDetails {
  format: CrosswalkFormat
  counts: Record<CrosswalkKind, WriteCounts>
  /** Repeated rows the writer folded into one. */
  merged: number
}

export interface CrosswalkImportOptions {
  dryRun?: boolean
}

async function all(req: PayloadRequest, collection: string, where: Record<string, unknown> = {}): Promise<Doc[]> {
  const result = await req.payload.db.find({ collection, where, limit: 0, pagination: false, req } as never)
  return (result as { docs: Doc[] }).docs
}

interface StoredCatalogs {
  editions: Map<string, Doc>
  /** Edition slug → the refIds stored for it. */
  refIds: Map<string, string[]>
  /** requirementKey(edition slug, refId) → stored requirement. */
  requirements: Map<string, Doc>
}

/** Every stored edition and requirement, by string ids (a few thousand rows at most: two queries). */
async function loadCatalogs(req: PayloadRequest): Promise<StoredCatalogs> {
  const editionDocs = await all(req, 'editions')
  const slugById = new Map(editionDocs.map((doc) => [String(doc.id), String(doc.slug)]))
  const requirements = new Map<string, Doc>()
  const refIds = new Map<string, string[]>()
  for (const doc of await all(req, 'requirements')) {
    const edition = slugById.get(relationId(doc.edition) ?? '')
    if (!edition) continue
    requirements.set(requirementKey(edition, String(doc.refId)), doc)
    refIds.set(edition, [...(refIds.get(edition) ?? []), String(doc.refId)])
  }
  return { editions: new Map(editionDocs.map((doc) => [String(doc.slug), doc])), refIds, requirements }
}

const empty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * The bundle with what the file cannot say taken from what is stored: a requirement's summary,
 * kind, title and text, an edition's amendments, transition deadline and predecessor, when the file
 * leaves them empty. An edition that names a predecessor neither stored nor in the file is written
 * without it (a warning says so) rather than refused: import that edition, then this file again.
 */
export function keepStoredFields(bundle: CrosswalkBundle, stored: StoredCatalogs, warnings: FormatProblem[]): CrosswalkBundle {
  const inFile = new Set(bundle.editions.map((edition) => edition.id))
  const slugById = new Map([...stored.editions.values()].map((doc) => [String(doc.id), String(doc.slug)]))
  const editions = bundle.editions.map((edition): EditionEntry => {
    const doc = stored.editions.get(edition.id)
    const next: EditionEntry = { ...edition }
    if (doc) {
      const storedAmendments = Array.isArray(doc.amendments) ? doc.amendments.map((row) => String((row as { label?: unknown }).label ?? '')) : []
      if (empty(next.amendments) && storedAmendments.length > 0) next.amendments = storedAmendments
      if (empty(next.transitionDeadline) && typeof doc.transitionDeadline === 'string') next.transitionDeadline = doc.transitionDeadline.slice(0, 10)
      const storedPredecessor = slugById.get(relationId(doc.supersedes) ?? '')
      if (empty(next.supersedes) && storedPredecessor) next.supersedes = storedPredecessor
    }
    if (next.supersedes && !inFile.has(next.supersedes) && !stored.editions.has(next.supersedes)) {
      warnings.push({
        severity: 'warning',
        record: `edition ${edition.id}`,
        field: 'supersedes',
        reason: `${next.supersedes} is not stored yet: written without it (import that edition, then this file again, to link them)`,
      })
      next.supersedes = null
    }
    return next
  })
  const requirements = bundle.requirements.map((requirement): RequirementEntry => {
    const doc = stored.requirements.get(requirementKey(requirement.edition, requirement.refId))
    if (!doc) return requirement
    const next: RequirementEntry = { ...requirement }
    for (const field of ['summary', 'kind', 'title', 'text'] as const) {
      if (empty(next[field]) && !empty(doc[field])) next[field] = doc[field] as string
    }
    return next
  })
  return { ...bundle, editions, requirements }
}

const KIND_OF: Record<BundleProblem['kind'], CrosswalkKind> = {
  edition: 'editions',
  requirement: 'requirements',
  set: 'mapping-sets',
  mapping: 'mappings',
}

function problemLine(collection: CrosswalkKind | null, record: string, field: string, message: string): ReportLine {
  const where = field ? `${record}.${field}` : record
  return { action: 'reject', collection, index: null, key: record, field, message, text: `${where}: ${message}` }
}

function countLine(action: Exclude<Action, 'reject'>, kind: CrosswalkKind, n: number, label: string = action): ReportLine {
  return { action, collection: kind, index: null, key: `${n} ${kind}`, text: `${label.padEnd(9)} ${kind.padEnd(12)} ${n}` }
}

/** The writer's counts as report lines and totals (a deleted mapping row counts as an update of its set). */
function summarise(report: WriteBundleReport): { lines: ReportLine[]; counts: Record<Action, number>; details: Record<CrosswalkKind, WriteCounts> } {
  const details: Record<CrosswalkKind, WriteCounts> = {
    editions: report.counts.editions,
    requirements: report.counts.requirements,
    'mapping-sets': report.counts.sets,
    mappings: report.counts.mappings,
  }
  const counts: Record<Action, number> = { create: 0, update: 0, unchanged: 0, reject: 0 }
  const lines: ReportLine[] = []
  for (const kind of CROSSWALK_KINDS) {
    const { created, updated, unchanged, deleted } = details[kind]
    counts.create += created
    counts.update += updated + deleted
    counts.unchanged += unchanged
    if (created) lines.push(countLine('create', kind, created))
    if (updated) lines.push(countLine('update', kind, updated))
    if (deleted) lines.push(countLine('update', kind, deleted, 'delete'))
    if (unchanged) lines.push(countLine('unchanged', kind, unchanged))
  }
  return { lines, counts, details }
}

/**
 * Parses `text` as a crosswalk file and imports it, or answers null when it is in none of the
 * crosswalk formats (the caller then reads it as a `versus/1` file).
 */
export async function importCrosswalkText(
  payload: Payload,
  text: string,
  options: CrosswalkImportOptions = {},
): Promise<(ImportReport & { crosswalk: CrosswalkImportDetails }) | null> {
  if (detectFormat(text) === null) return null
  const dryRun = options.dryRun === true
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const stored = await loadCatalogs(req)
  const parsed = parseCrosswalkFile(text, { cisoAssistant: { knownRefIds: Object.fromEntries(stored.refIds) } })
  if (parsed.format === null) return null

  const warnings = parsed.problems.filter((problem) => problem.severity === 'warning')
  const errors = parsed.problems.filter((problem) => problem.severity === 'error')
  const bundle = keepStoredFields(parsed.bundle, stored, warnings)

  // The writer checks the bundle against the database (unknown standards, editions and refIds,
  // licences, URL segments) without writing: every problem of both passes goes in one report.
  const checked = await writeBundle(payload, bundle, { dryRun: true })
  const rejects = [
    ...errors.map((problem) => problemLine(null, problem.record, problem.field, problem.reason)),
    ...checked.problems.map((problem) => problemLine(KIND_OF[problem.kind], problem.record, problem.field, problem.message)),
  ]
  const warningTexts = warnings.map((problem) => `${problem.field ? `${problem.record}.${problem.field}` : problem.record}: ${problem.reason}`)
  // The writer runs in one transaction where the database has them (SQLite, MongoDB on a replica set).
  const transactional = payload.db.name === 'sqlite' || Boolean((payload.db as { transactionOptions?: unknown }).transactionOptions)
  const base = { dryRun, transactional, warnings: warningTexts }

  if (rejects.length > 0) {
    const { details } = summarise(checked)
    return {
      ...base,
      applied: false,
      counts: { create: 0, update: 0, unchanged: 0, reject: rejects.length },
      lines: rejects,
      crosswalk: { format: parsed.format, counts: details, merged: checked.merged },
    }
  }
  const result = dryRun ? checked : await writeBundle(payload, bundle)
  if (!result.ok) {
    // The database changed between the check and the write: report what the writer found now.
    const lines = result.problems.map((problem) => problemLine(KIND_OF[problem.kind], problem.record, problem.field, problem.message))
    const { details } = summarise(result)
    return { ...base, applied: false, counts: { create: 0, update: 0, unchanged: 0, reject: lines.length }, lines, crosswalk: { format: parsed.format, counts: details, merged: result.merged } }
  }
  const { lines, counts, details } = summarise(result)
  return { ...base, applied: !dryRun, counts, lines, crosswalk: { format: parsed.format, counts: details, merged: result.merged } }
}
