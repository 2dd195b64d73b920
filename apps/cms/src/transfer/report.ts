import { recordLabel } from './format'
import type { TransferCollection } from './format'
import type { FieldChange } from './merge'

/** The crosswalk collections a crosswalk file writes (crosswalk-import.ts); their lines count records per kind. */
export type CrosswalkKind = 'editions' | 'requirements' | 'mapping-sets' | 'mappings'

/** What a report line is about: a collection's record, the `site` global, or a crosswalk collection. */
export type ReportTarget = TransferCollection | 'site' | CrosswalkKind

const CROSSWALK_TARGETS: ReadonlySet<string> = new Set(['editions', 'requirements', 'mapping-sets', 'mappings'])

export type Action = 'create' | 'update' | 'unchanged' | 'reject'

export interface ReportLine {
  action: Action
  /** Null for problems with the file as a whole (format tag, unknown top-level key, the `site` settings' types). */
  collection: ReportTarget | null
  /** The record's position in its list in the file. */
  index: number | null
  /** Slug, or "a vs b" for a comparison (as written in the file). */
  key: string | null
  /** For rejects: the field below the record (`implementationMonths.max`, `keyFeatures[2]`), empty for the record itself. */
  field?: string
  /** For rejects: why. */
  message?: string
  /** For updates: each field that changes, old → new (long values abbreviated). */
  changes?: FieldChange[]
  /** For a record saved as a draft: the required facts it still lacks (file field paths). */
  missing?: string[]
  /** For a rename: the slug the document had. */
  renamedFrom?: string
  /** The line as shown to people: `create  standards  iso-22301`, or `standards[3] (iso-27001).implementationMonths.max: …`. */
  text: string
}

export interface ImportReport {
  dryRun: boolean
  /** True for a real run that went through (every write made, or nothing needed writing). */
  applied: boolean
  /** Whether the adapter ran the import in one database transaction (SQLite); otherwise validate first, undo on failure. */
  transactional: boolean
  counts: Record<Action, number>
  lines: ReportLine[]
  /** Decisions made while reading a crosswalk file (a `-revert` set dropped, rows merged, an id derived): shown, never blocking. */
  warnings?: string[]
}

export function where(collection: ReportTarget | null, index: number | null, record: unknown, field = ''): string {
  const base =
    collection === 'site'
      ? 'site'
      : collection === null || index === null || CROSSWALK_TARGETS.has(collection)
        ? ''
        : recordLabel(collection as TransferCollection, index, record)
  if (!field) return base || '(file)'
  if (!base) return field
  return field.startsWith('[') ? `${base}${field}` : `${base}.${field}`
}

export function rejectLine(args: {
  collection: ReportTarget | null
  index: number | null
  record: unknown
  key: string | null
  field?: string
  message: string
}): ReportLine {
  const { collection, index, record, key, field = '', message } = args
  return {
    action: 'reject',
    collection,
    index,
    key,
    field,
    message,
    text: `${where(collection, index, record, field)}: ${message}`,
  }
}

export function actionLine(
  action: Exclude<Action, 'reject'>,
  collection: ReportTarget,
  index: number,
  key: string,
  details: { changes?: FieldChange[]; missing?: string[]; renamedFrom?: string } = {},
): ReportLine {
  const notes = [
    ...(details.renamedFrom ? [`renamed from ${details.renamedFrom}`] : []),
    ...(details.missing?.length ? [`saved as a draft, missing ${details.missing.join(', ')}`] : []),
  ]
  const text = `${action.padEnd(9)} ${collection.padEnd(11)} ${key}${notes.length ? ` (${notes.join('; ')})` : ''}`
  return {
    action,
    collection,
    index,
    key,
    ...(details.changes?.length ? { changes: details.changes } : {}),
    ...(details.missing?.length ? { missing: details.missing } : {}),
    ...(details.renamedFrom ? { renamedFrom: details.renamedFrom } : {}),
    text,
  }
}

/** An update's changes, one indented line each: `    editionYear: 2019 → 2022`. */
export function changeLines(line: ReportLine): string[] {
  return (line.changes ?? []).map((change) => `          ${change.field}: ${change.from} → ${change.to}`)
}

export function countLines(lines: ReportLine[]): Record<Action, number> {
  const counts: Record<Action, number> = { create: 0, update: 0, unchanged: 0, reject: 0 }
  for (const line of lines) counts[line.action]++
  return counts
}

/** The report as plain text: one line per record, rejects first, then the totals. */
export function formatReport(report: ImportReport): string {
  const { counts } = report
  const rejects = report.lines.filter((line) => line.action === 'reject')
  const others = report.lines.filter((line) => line.action !== 'reject')
  const outcome = rejects.length
    ? 'The file was refused: nothing was changed.'
    : report.dryRun
      ? 'Dry run: nothing was changed.'
      : 'Imported.'
  return [
    ...rejects.map((line) => `reject    ${line.text}`),
    ...(report.warnings ?? []).map((warning) => `warning   ${warning}`),
    ...others.flatMap((line) => [line.text, ...changeLines(line)]),
    '',
    `${counts.create} ${report.applied ? 'created' : 'to create'}, ${counts.update} ${report.applied ? 'updated' : 'to update'}, ` +
      `${counts.unchanged} unchanged, ${counts.reject} rejected. ${outcome}`,
  ].join('\n')
}
