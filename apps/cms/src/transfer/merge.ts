/**
 * Merge (the default) and replace: what an import writes to a document that
 * exists. Merging writes only the fields the record carries (a list or rich
 * text it carries replaces that field whole; a field it leaves out keeps what
 * the editor wrote); replacing writes the whole document, a field left out
 * emptied. Also the field-level difference a dry run shows for an update.
 */
import { relationId } from '@versus/content'
import type { JsonObject } from 'payload'

import { matches } from '../seed/seed'
import type { TransferCollection } from './format'

/** Record keys that describe the import, not a field: they never become data. */
const NOT_FIELDS = new Set(['renameFrom', 'createdAt', 'updatedAt', 'versions', 'live'])

/** The document fields (data keys) a record carries. */
export function carriedFields(collection: TransferCollection, record: object): Set<string> {
  const fields = new Set<string>()
  for (const key of Object.keys(record)) {
    if (NOT_FIELDS.has(key)) continue
    if (key === 'status') fields.add('_status')
    else if (collection === 'comparisons' && key === 'standards') {
      fields.add('standardA')
      fields.add('standardB')
    } else fields.add(key)
  }
  return fields
}

/**
 * The data a merge writes to `existing`: the fields the record carries, a
 * group (implementationMonths) merged by its own keys, and the document's
 * status kept when the record has none. A comparison named in the other order
 * than stored swaps sides: its stored overrides, when the record leaves them
 * out, keep naming the same standard.
 */
export function mergeData(collection: TransferCollection, record: object, data: JsonObject, existing: JsonObject): JsonObject {
  const carried = carriedFields(collection, record)
  const merged: JsonObject = {}
  for (const [key, value] of Object.entries(data)) {
    if (!carried.has(key)) continue
    const stored = existing[key]
    merged[key] =
      key === 'implementationMonths' && isPlainObject(value) && isPlainObject(stored)
        ? Object.fromEntries(
            Object.entries(value).map(([part, given]) => [
              part,
              (record as { implementationMonths?: Record<string, unknown> }).implementationMonths?.[part] === undefined
                ? (stored[part] ?? null)
                : given,
            ]),
          )
        : value
  }
  if (!carried.has('_status') && '_status' in data) merged._status = existing._status ?? 'published'
  if (collection === 'comparisons' && !carried.has('aspectOverrides') && swapsSides(merged, existing)) {
    merged.aspectOverrides = (Array.isArray(existing.aspectOverrides) ? (existing.aspectOverrides as JsonObject[]) : []).map(
      (row) => ({ ...row, side: row.side === 'a' ? 'b' : 'a' }),
    )
  }
  return merged
}

function swapsSides(data: JsonObject, existing: JsonObject): boolean {
  const a = relationId(data.standardA)
  return a !== null && a === relationId(existing.standardB) && a !== relationId(existing.standardA)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One field an update changes, as the dry run shows it: old → new, long values abbreviated. */
export interface FieldChange {
  field: string
  from: string
  to: string
}

const MAX_SHOWN = 60

/** A value as a short line: text quoted, rich text as its words, lists and rows as JSON; long ones cut with their length. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)'
  let text: string
  if (isLexical(value)) text = JSON.stringify(plainText(value.root))
  else if (typeof value === 'string') text = JSON.stringify(value)
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value)
  else text = JSON.stringify(value)
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}… (${text.length} characters)` : text
}

function isLexical(value: unknown): value is { root: unknown } {
  return isPlainObject(value) && isPlainObject(value.root)
}

function plainText(node: unknown): string {
  if (!isPlainObject(node)) return ''
  if (typeof node.text === 'string') return node.text
  const children = Array.isArray(node.children) ? node.children : []
  const separator = node.type === 'root' || node.type === 'list' ? ' ' : ''
  return children.map(plainText).filter(Boolean).join(separator)
}

/**
 * The fields `data` changes on `existing`, each shown in the file's terms:
 * `before` and `after` are the document as a record (slugs for references)
 * before and after the write. Groups are compared by their own keys.
 */
export function fieldChanges(
  collection: TransferCollection,
  data: JsonObject,
  existing: JsonObject,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = []
  const seen = new Set<string>()
  for (const [key, value] of Object.entries(data)) {
    if (matches(value, existing[key])) continue
    const field = key === '_status' ? 'status' : collection === 'comparisons' && (key === 'standardA' || key === 'standardB') ? 'standards' : key
    if (seen.has(field)) continue
    seen.add(field)
    const old = before[field]
    const next = after[field]
    if (isPlainObject(old) && isPlainObject(next) && !isLexical(old) && !isLexical(next)) {
      for (const part of new Set([...Object.keys(old), ...Object.keys(next)])) {
        if (!matches(next[part], old[part]) || !matches(old[part], next[part])) {
          changes.push({ field: `${field}.${part}`, from: showValue(old[part]), to: showValue(next[part]) })
        }
      }
      continue
    }
    changes.push({ field, from: showValue(field === 'status' ? (old ?? 'published') : old), to: showValue(field === 'status' ? (next ?? 'published') : next) })
  }
  return changes
}
