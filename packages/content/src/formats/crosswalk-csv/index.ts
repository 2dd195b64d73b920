/**
 * The crosswalk CSV (docs/crosswalk-csv.md) → one mapping set and its rows.
 * Leading `# key: value` lines carry the set's metadata; then a header row
 * and one row per mapping. Every problem is reported with its line.
 */
import type { MappingMethod, MappingRationale, MappingSetStatus } from '@versus/engine'
import { parse } from 'csv-parse/sync'

import type { MappingEntry, MappingSetEntry } from '../../crosswalk-bundle'
import type { ParseResult } from '../problem'
import { emptyBundle, ProblemList } from '../problem'
import { readRationale, readRelationship } from '../relationships'
import type { Column, HeaderKey } from './vocabulary'
import { COLUMNS, CSV_MAGIC, HEADER_KEYS, ID_SEPARATOR, REQUIRED_KEYS } from './vocabulary'

const METHODS: readonly MappingMethod[] = ['set-theory', 'crosswalk', 'supportive', 'edition-transition']
const STATUSES: readonly MappingSetStatus[] = ['draft', 'complete', 'not-complete', 'deprecated', 'superseded']

function splitIds(value: string): string[] {
  return value
    .split(ID_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export function parseCrosswalkCsv(source: string): ParseResult {
  const problems = new ProblemList()
  const bundle = emptyBundle()
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = new Map<HeaderKey, { value: string; line: number }>()
  let index = 0
  let magic = false
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim()
    if (line === '') continue
    if (!line.startsWith('#')) break
    const body = line.replace(/^#\s*/, '')
    if (index === 0 || !magic) {
      if (body.startsWith(CSV_MAGIC)) {
        magic = true
        continue
      }
    }
    const match = /^([a-z-]+)\s*:\s*(.*)$/i.exec(body)
    if (!match) continue // a free comment
    const key = match[1]!.toLowerCase()
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      problems.warning(`line ${index + 1}`, key, 'unknown header key: ignored')
      continue
    }
    if (header.has(key as HeaderKey)) problems.error(`line ${index + 1}`, key, 'given twice')
    header.set(key as HeaderKey, { value: match[2]!.trim(), line: index + 1 })
  }
  if (!magic) problems.warning('line 1', '', `no "# ${CSV_MAGIC} 1" line: read as a crosswalk CSV anyway`)
  const headerLine = index + 1
  const value = (key: HeaderKey): string | null => {
    const v = header.get(key)?.value
    return v === undefined || v === '' ? null : v
  }
  for (const key of REQUIRED_KEYS) {
    if (value(key) === null) problems.error('(header)', key, `missing: add a "# ${key}: …" line before the column row`)
  }
  const method = value('method')
  if (method !== null && !(METHODS as readonly string[]).includes(method)) {
    problems.error(`line ${header.get('method')!.line}`, 'method', `must be one of ${METHODS.join(', ')}, not "${method}"`)
  }
  const status = value('status')
  if (status !== null && !(STATUSES as readonly string[]).includes(status)) {
    problems.error(`line ${header.get('status')!.line}`, 'status', `must be one of ${STATUSES.join(', ')}, not "${status}"`)
  }
  const comprehensive = value('comprehensive')
  if (comprehensive !== null && comprehensive !== 'yes' && comprehensive !== 'no') {
    problems.error(`line ${header.get('comprehensive')!.line}`, 'comprehensive', `must be yes or no, not "${comprehensive}"`)
  }
  const setId = value('set') ?? 'unnamed-set'

  let records: { record: string[]; info: { lines: number } }[] = []
  try {
    records = parse(lines.slice(index).join('\n'), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    const e = error as Error & { lines?: number }
    problems.error(`line ${(e.lines ?? 1) + index}`, '', `not valid CSV: ${e.message}`)
  }
  if (records.length === 0) {
    problems.error(`line ${headerLine}`, '', 'no column row (source,target,relationship,…)')
    return { bundle, problems: problems.items }
  }
  const columns = records[0]!.record.map((c) => c.trim().toLowerCase().replace(/[\s-]+/g, '_'))
  const at = new Map<Column, number>()
  columns.forEach((name, i) => {
    if ((COLUMNS as readonly string[]).includes(name)) {
      if (at.has(name as Column)) problems.error(`line ${headerLine}`, name, 'column given twice')
      else at.set(name as Column, i)
    } else problems.warning(`line ${headerLine}`, name || `column ${i + 1}`, 'unknown column: ignored')
  })
  for (const required of ['source', 'target'] as const) {
    if (!at.has(required)) problems.error(`line ${headerLine}`, required, 'missing column')
  }

  for (const { record, info } of records.slice(1)) {
    const newlines = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0)
    const where = `line ${info.lines - newlines + index}`
    if (record.length !== columns.length) {
      problems.error(where, '', `${record.length} cells where the column row has ${columns.length}`)
      continue
    }
    const get = (column: Column): string => {
      const i = at.get(column)
      return i === undefined ? '' : record[i]!
    }
    const relationship = readRelationship(get('relationship'))
    if (relationship === null) problems.error(where, 'relationship', `unknown relationship "${get('relationship')}"`)
    const sources = splitIds(get('source'))
    const targets = splitIds(get('target'))
    const oneSideMayBeEmpty = relationship === 'not-related'
    if (sources.length === 0 && !(oneSideMayBeEmpty && targets.length > 0)) problems.error(where, 'source', 'empty')
    if (targets.length === 0 && !(oneSideMayBeEmpty && sources.length > 0)) problems.error(where, 'target', 'empty')
    let rationale: MappingRationale | null = null
    if (get('rationale').trim() !== '') {
      rationale = readRationale(get('rationale'))
      if (rationale === null) problems.error(where, 'rationale', `must be syntactic, semantic or functional, not "${get('rationale')}"`)
    }
    let strength: number | null = null
    const rawStrength = get('strength').trim()
    if (rawStrength !== '') {
      if (/^\d+$/.test(rawStrength) && Number(rawStrength) <= 10) strength = Number(rawStrength)
      else problems.error(where, 'strength', `must be a whole number from 0 to 10, not "${rawStrength}"`)
    }
    if (relationship === null || (sources.length === 0 && targets.length === 0)) continue
    if ((sources.length === 0 || targets.length === 0) && !oneSideMayBeEmpty) continue
    const gapNote = get('gap_note')
    const row: MappingEntry = {
      set: setId,
      sources,
      targets,
      relationship,
      rationale,
      strength,
      gapNote: gapNote.trim() === '' ? null : gapNote,
    }
    bundle.mappings.push(row)
  }

  const list = (key: HeaderKey): string[] | null => {
    const v = value(key)
    return v === null ? null : splitIds(v)
  }
  const set: MappingSetEntry = {
    id: setId,
    title: value('title'),
    sourceEdition: value('source-edition') ?? '',
    targetEdition: value('target-edition') ?? '',
    publisher: value('publisher') ?? '',
    author: value('author'),
    method: (METHODS as readonly (string | null)[]).includes(method) ? (method as MappingMethod) : 'crosswalk',
    comprehensive: comprehensive === 'yes',
    licence: value('licence'),
    sourceUrl: value('source-url'),
    reviewedAt: value('reviewed-at'),
    status: (STATUSES as readonly (string | null)[]).includes(status) ? (status as MappingSetStatus) : 'draft',
    coveredTargets: list('covered-targets'),
    coveredSources: list('covered-sources'),
  }
  bundle.sets.push(set)
  return { bundle, problems: problems.items }
}
