import type { CrosswalkBundle, MappingSetEntry } from '../../crosswalk-bundle'
import type { HeaderKey } from './vocabulary'
import { COLUMNS, CSV_MAGIC, CSV_VERSION, HEADER_KEYS, ID_SEPARATOR } from './vocabulary'

function headerValue(set: MappingSetEntry, key: HeaderKey): string | null {
  switch (key) {
    case 'set':
      return set.id
    case 'title':
      return set.title ?? null
    case 'source-edition':
      return set.sourceEdition
    case 'target-edition':
      return set.targetEdition
    case 'publisher':
      return set.publisher
    case 'author':
      return set.author ?? null
    case 'method':
      return set.method
    case 'comprehensive':
      return set.comprehensive ? 'yes' : 'no'
    case 'licence':
      return set.licence ?? null
    case 'source-url':
      return set.sourceUrl ?? null
    case 'reviewed-at':
      return set.reviewedAt ?? null
    case 'status':
      return set.status
    case 'covered-targets':
      return set.coveredTargets?.length ? set.coveredTargets.join(`${ID_SEPARATOR} `) : null
    case 'covered-sources':
      return set.coveredSources?.length ? set.coveredSources.join(`${ID_SEPARATOR} `) : null
  }
}

/** RFC 4180 quoting, also for cells a reader might trim or take for a comment. */
function cell(value: string): string {
  return /[",\r\n]|^\s|\s$|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function ids(refIds: string[], setId: string): string {
  for (const refId of refIds) {
    if (refId.includes(ID_SEPARATOR) || refId.trim() !== refId || refId === '') {
      throw new RangeError(`set "${setId}": requirement id ${JSON.stringify(refId)} cannot be written in a crosswalk CSV cell`)
    }
  }
  return refIds.join(`${ID_SEPARATOR} `)
}

/**
 * One mapping set of a bundle as a crosswalk CSV (docs/crosswalk-csv.md):
 * `# key: value` lines with the set's metadata, a header row, one row per
 * mapping. Header values are single lines (line breaks become spaces).
 *
 * @throws RangeError when the bundle has no such set, or a requirement id
 * cannot be written (contains ";", or leading or trailing spaces).
 */
export function toCrosswalkCsv(bundle: CrosswalkBundle, setId: string): string {
  const set = bundle.sets.find((s) => s.id === setId)
  if (!set) throw new RangeError(`no mapping set "${setId}" in the bundle`)
  const lines = [`# ${CSV_MAGIC} ${CSV_VERSION}`]
  for (const key of HEADER_KEYS) {
    const value = headerValue(set, key)
    if (value !== null && value !== '') lines.push(`# ${key}: ${value.replace(/[\r\n]+/g, ' ').trim()}`)
  }
  lines.push(COLUMNS.join(','))
  for (const row of bundle.mappings) {
    if (row.set !== setId) continue
    lines.push(
      [
        cell(ids(row.sources, setId)),
        cell(ids(row.targets, setId)),
        row.relationship,
        row.rationale ?? '',
        row.strength === null || row.strength === undefined ? '' : String(row.strength),
        row.gapNote ? cell(row.gapNote) : '',
      ].join(','),
    )
  }
  return `${lines.join('\n')}\n`
}
