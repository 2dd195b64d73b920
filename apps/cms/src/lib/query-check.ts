import type { FlattenedField } from 'payload'

/**
 * Bounds on what one read may ask of the database, for REST, GraphQL and the
 * Local API alike (docs/api.md, "Limits"). `maxDepth` matters most: standards
 * relate to standards, so each extra level of population multiplies the
 * answer (all standards at depth 6 is ~50 MB; depth 10 ran the CMS out of memory).
 */
export const QUERY_LIMITS = {
  maxDepth: 3,
  /** and/or levels in one `where`. */
  maxWhereNesting: 8,
  /** Operator conditions in one `where`, all levels together. */
  maxWhereConditions: 100,
  /** Values in one `in` / `not_in` / `all` list. */
  maxListValues: 500,
} as const

/** How ids look on the adapter in use: integers on SQLite, ObjectId hex strings on MongoDB. */
export type IdType = 'number' | 'text'

/**
 * Whether a value has the shape of an id on this adapter (whether or not a document has it).
 * Negative integers qualify: they match nothing, and the import's validation pass stands in for
 * documents not written yet with them (transfer/import.ts).
 */
export function isDocumentId(value: unknown, idType: IdType): boolean {
  if (idType === 'number') {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : NaN
    return Number.isSafeInteger(n)
  }
  return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
}

/** What a `where` value has to be, by the kind of field its path ends on. */
type ValueKind = 'id' | 'number' | 'date' | 'checkbox' | 'point' | 'text' | 'other'

/** A field a path ends on: the kind of its values, and whether it holds several (`all` needs that). */
interface PathTarget {
  kind: ValueKind
  many: boolean
}

/** Fields of another collection, for paths that cross a relationship ("category.name"). */
export type FieldsOf = (collection: string) => FlattenedField[] | undefined

// Version queries (`/api/standards/versions`) name the document as `parent` and its fields as
// `version.<field>`; no collection here has fields of those names.
const VERSION_META: Record<string, PathTarget> = {
  parent: { kind: 'id', many: false },
  latest: { kind: 'checkbox', many: false },
  autosave: { kind: 'checkbox', many: false },
  snapshot: { kind: 'checkbox', many: false },
}

const TEXT_FIELDS = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])

function kindOfField(field: FlattenedField): ValueKind {
  if (TEXT_FIELDS.has(field.type)) return 'text'
  switch (field.type) {
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'checkbox':
      return 'checkbox'
    case 'point':
      return 'point'
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? 'id' : 'other'
    default:
      return 'other'
  }
}

function resolveFields(segments: string[], fields: FlattenedField[], fieldsOf: FieldsOf): PathTarget | null {
  let current = fields
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((f) => 'name' in f && f.name === segments[i])
    if (!field) return null
    if (i === segments.length - 1) return { kind: kindOfField(field), many: 'hasMany' in field && field.hasMany === true }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      current = field.flattenedFields
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      if (segments[i + 1] === 'id' && i + 2 === segments.length) return { kind: 'id', many: false }
      const next = fieldsOf(field.relationTo)
      if (!next) return null
      current = next
    } else {
      return { kind: 'other', many: false }
    }
  }
  return null
}

/** The kind of value a query path needs; null when the path names no field (Payload reports that itself). */
function resolvePath(path: string, fields: FlattenedField[], fieldsOf: FieldsOf): PathTarget | null {
  const segments = path.replace(/__/g, '.').split('.')
  const [first] = segments
  if (segments.length === 1 && (first === 'id' || first === '_id')) return { kind: 'id', many: false }
  const kind = resolveFields(segments, fields, fieldsOf)
  if (kind !== null || first === undefined) return kind
  if (segments.length === 1) return VERSION_META[first] ?? null
  return first === 'version' ? resolveFields(segments.slice(1), fields, fieldsOf) : null
}

const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in', 'all'])
const TEXT_MATCH = new Set(['like', 'not_like', 'contains'])
const GEO = new Set(['near', 'within', 'intersects'])

function isNullish(value: unknown): boolean {
  return value === null || value === 'null'
}

/** Why `value` cannot stand for a field of `kind` (null when it can). */
function scalarProblem(kind: ValueKind, value: unknown, idType: IdType): string | null {
  if (typeof value === 'object' && value !== null) return 'must be a single value'
  switch (kind) {
    case 'id':
      return isNullish(value) || isDocumentId(value, idType) ? null : 'is not a document id'
    case 'number': {
      if (isNullish(value)) return null
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      return typeof n === 'number' && Number.isFinite(n) ? null : 'is not a number'
    }
    case 'date': {
      if (isNullish(value)) return null
      const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN
      return Number.isFinite(time) ? null : 'is not a date'
    }
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' || isNullish(value) ? null : 'is not true or false'
    default:
      return null
  }
}

/** A value as it appears in a message: strings quoted, at most 40 characters, no control characters. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  const short = clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
  return typeof value === 'string' ? JSON.stringify(short) : short
}

function conditionProblem(path: string, operator: string, value: unknown, { kind, many }: PathTarget, idType: IdType): string | null {
  const where = `where[${path}][${operator}]`
  // Both made the database fail the whole request with a 500 (SQLite and MongoDB alike).
  if (operator === 'all' && !many) return `${where}: "all" works only on fields holding several values.`
  if (TEXT_MATCH.has(operator) && (kind === 'number' || kind === 'date' || kind === 'checkbox')) {
    return `${where}: "${operator}" works only on text fields.`
  }
  if (operator === 'exists') {
    return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : `${where} must be true or false.`
  }
  if (GEO.has(operator)) {
    return kind === 'point' ? null : `${where}: "${operator}" works only on geographic point fields.`
  }
  if (LISTS.has(operator)) {
    const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
    if (values.length > QUERY_LIMITS.maxListValues) {
      return `${where} lists ${values.length} values; at most ${QUERY_LIMITS.maxListValues} are allowed.`
    }
    for (const item of values) {
      const problem = scalarProblem(kind, item, idType)
      if (problem) return `${where}: ${show(item)} ${problem}.`
    }
    return null
  }
  if (TEXT_MATCH.has(operator)) {
    // `contains` with an object is a nested relationship query, which Payload checks itself;
    // on a relationship it takes an id. Otherwise text matching casts the column, so any word
    // will do (the admin's search runs `id like <term>`).
    if (operator === 'contains' && isPlainObject(value)) return null
    if (operator === 'contains' && kind === 'id') {
      const problem = scalarProblem(kind, value, idType)
      return problem ? `${where}: ${show(value)} ${problem}.` : null
    }
    return typeof value === 'object' && value !== null ? `${where} must be a single value.` : null
  }
  if (COMPARISONS.has(operator)) {
    const problem = scalarProblem(kind, value, idType)
    return problem ? `${where}: ${show(value)} ${problem}.` : null
  }
  return null // an unknown operator: Payload answers "The following path cannot be queried"
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface WhereContext {
  fields: FlattenedField[]
  fieldsOf: FieldsOf
  idType: IdType
}

/**
 * Why a `where` cannot be run (a message naming the condition), or null. Catches
 * what the database would choke on: values of the wrong type for their field
 * (a word for a relationship id or a date, which made SQLite fail the whole
 * request), geographic operators on plain fields, and queries too deep or too
 * large. Paths and operators Payload does not know are left to Payload's own check.
 */
export function whereProblem(where: unknown, context: WhereContext): string | null {
  let conditions = 0
  const walk = (node: Record<string, unknown>, level: number): string | null => {
    if (level > QUERY_LIMITS.maxWhereNesting) {
      return `The where query nests and/or more than ${QUERY_LIMITS.maxWhereNesting} levels deep.`
    }
    for (const [key, constraint] of Object.entries(node)) {
      if ((key.toLowerCase() === 'and' || key.toLowerCase() === 'or') && Array.isArray(constraint)) {
        for (const item of constraint) {
          if (!isPlainObject(item)) continue
          const problem = walk(item, level + 1)
          if (problem) return problem
        }
        continue
      }
      if (!isPlainObject(constraint)) continue
      const target = resolvePath(key, context.fields, context.fieldsOf)
      for (const [operator, value] of Object.entries(constraint)) {
        conditions += 1
        if (conditions > QUERY_LIMITS.maxWhereConditions) {
          return `The where query has more than ${QUERY_LIMITS.maxWhereConditions} conditions.`
        }
        if (target === null) continue
        const problem = conditionProblem(key, operator, value, target, context.idType)
        if (problem) return problem
      }
    }
    return null
  }
  return isPlainObject(where) ? walk(where, 0) : null
}

function isWholeNumber(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/** Why the paging and population arguments of a read cannot be used, or null. */
export function pagingProblem(args: { depth?: unknown; limit?: unknown; page?: unknown }): string | null {
  if (args.depth !== undefined && !isWholeNumber(args.depth, 0, QUERY_LIMITS.maxDepth)) {
    return `depth must be a whole number from 0 to ${QUERY_LIMITS.maxDepth}.`
  }
  if (args.limit !== undefined && !isWholeNumber(args.limit, 0)) {
    return 'limit must be a whole number, 0 or more (0 means no limit).'
  }
  if (args.page !== undefined && !isWholeNumber(args.page, 1)) return 'page must be a whole number, 1 or more.'
  return null
}
