import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { FlattenedField } from 'payload'
import { validOperators } from 'payload/shared'

import { QUERY_LIMITS, type IdType } from './query-check'

/**
 * The JSON Schema of a collection's `where`, built from its field config and Payload's own list of
 * operators (`validOperators`), compiled once per collection with Ajv: which operators each field
 * takes, what values they take, how deep and wide a query may be. A query that does not match
 * answers 400 with the message of the schema part it broke (`x-message`), naming the condition.
 * Paths the schema does not know are left to Payload, which answers "cannot be queried" itself.
 */

/** Fields of another collection, for paths that cross a relationship ("category.name"). */
export type FieldsOf = (collection: string) => FlattenedField[] | undefined

export interface WhereContext {
  fields: FlattenedField[]
  fieldsOf: FieldsOf
  idType: IdType
}

type Schema = Record<string, unknown>
type Kind = 'id' | 'number' | 'date' | 'checkbox' | 'point' | 'text' | 'other'

const NULL = [{ type: 'null' }, { const: 'null' }]
const INTEGER = '-?\\d{1,16}'
const OBJECT_ID = '[0-9a-fA-F]{24}'
const NUMBER = '\\s*-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*'

function scalar(kind: Kind, idType: IdType): Schema {
  const single = { not: { type: ['object', 'array'] }, 'x-message': 'must be a single value' }
  switch (kind) {
    case 'id':
      return idType === 'number'
        ? { anyOf: [{ type: 'integer' }, { type: 'string', pattern: `^${INTEGER}$` }, ...NULL], 'x-message': 'is not a document id' }
        : { anyOf: [{ type: 'string', pattern: `^${OBJECT_ID}$` }, ...NULL], 'x-message': 'is not a document id' }
    case 'number':
      return { anyOf: [{ type: 'number' }, { type: 'string', pattern: `^${NUMBER}$` }, ...NULL], 'x-message': 'is not a number' }
    case 'date':
      return { anyOf: [{ type: 'number' }, { type: 'string', format: 'payload-date' }, ...NULL], 'x-message': 'is not a date' }
    case 'checkbox':
      return { anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }, ...NULL], 'x-message': 'is not true or false' }
    default:
      return single
  }
}

/** A list operator's value: an array, or a comma-separated string of values of the field's kind. */
function list(kind: Kind, idType: IdType): Schema {
  const item = scalar(kind, idType)
  const itemPattern = kind === 'id' ? (idType === 'number' ? INTEGER : OBJECT_ID) : kind === 'number' ? NUMBER : null
  const tooMany = `lists too many values; at most ${QUERY_LIMITS.maxListValues} are allowed`
  // "1,2,3": at most maxListValues values too (checked first, so the answer says why).
  const counted = { if: { type: 'string' }, then: { pattern: `^[^,]*(,[^,]*){0,${QUERY_LIMITS.maxListValues - 1}}$`, 'x-message': tooMany } }
  return {
    if: { type: 'array' },
    then: { maxItems: QUERY_LIMITS.maxListValues, items: item, 'x-message': tooMany },
    else: {
      allOf: [
        counted,
        itemPattern
          ? { type: 'string', pattern: `^(${itemPattern}|null)(,(${itemPattern}|null))*$`, 'x-message': item['x-message'] }
          : { type: ['string', 'number', 'boolean', 'null'], 'x-message': 'must be a list of values' },
      ],
    },
  }
}

const BASE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT_MATCH = ['like', 'not_like', 'contains']
const GEO = ['near', 'within', 'intersects']

/** Payload's operators a field of this kind takes (`all` only on fields holding several values). */
function operatorsFor(kind: Kind, many: boolean): string[] {
  const by: Record<Kind, string[]> = {
    id: [...BASE, 'like', 'contains'],
    number: [...BASE, ...ORDER],
    date: [...BASE, ...ORDER],
    checkbox: BASE,
    point: ['equals', 'not_equals', 'exists', ...GEO],
    text: [...BASE, ...ORDER, ...TEXT_MATCH],
    other: validOperators.filter((operator) => operator !== 'all' && !GEO.includes(operator)),
  }
  const allowed = new Set([...by[kind], ...(many ? ['all'] : [])])
  return validOperators.filter((operator) => allowed.has(operator))
}

/** The operators and values of one field of this kind; the same for every field of the kind (shared in the schema). */
function condition(kind: Kind, many: boolean, idType: IdType): Schema {
  const operators = operatorsFor(kind, many)
  const properties: Record<string, Schema> = {}
  for (const operator of operators) {
    if (operator === 'exists') properties[operator] = { anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }], 'x-message': 'must be true or false' }
    else if (operator === 'in' || operator === 'not_in' || operator === 'all') properties[operator] = list(kind, idType)
    // `contains` with an object is a nested relationship query, which Payload checks itself.
    else if (operator === 'contains' && kind === 'id') properties[operator] = { anyOf: [scalar(kind, idType), { type: 'object' }], 'x-message': 'is not a document id' }
    else if (TEXT_MATCH.includes(operator) || GEO.includes(operator)) properties[operator] = kind === 'point' ? {} : scalar('text', idType)
    else properties[operator] = scalar(kind, idType)
  }
  return {
    type: 'object',
    properties,
    propertyNames: { enum: operators, 'x-message': `takes only ${operators.join(', ')}` },
  }
}

function kindOf(field: FlattenedField): Kind {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return 'text'
    case 'number':
    case 'date':
    case 'checkbox':
    case 'point':
      return field.type
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? 'id' : 'other'
    default:
      return 'other'
  }
}

/** Every queryable path of these fields: nested fields by dots, one hop across a relationship. */
function paths(fields: FlattenedField[], fieldsOf: FieldsOf | null, prefix = ''): Map<string, { kind: Kind; many: boolean }> {
  const found = new Map<string, { kind: Kind; many: boolean }>()
  for (const field of fields) {
    if (!('name' in field)) continue
    const path = `${prefix}${field.name}`
    found.set(path, { kind: kindOf(field), many: 'hasMany' in field && field.hasMany === true })
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      for (const [sub, target] of paths(field.flattenedFields, fieldsOf, `${path}.`)) found.set(sub, target)
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && fieldsOf) {
      found.set(`${path}.id`, { kind: 'id', many: false })
      for (const [sub, target] of paths(fieldsOf(field.relationTo) ?? [], null, `${path}.`)) found.set(sub, target)
    }
  }
  return found
}

/** The `where` schema: nested and/or up to QUERY_LIMITS.maxWhereNesting levels, each level a copy referring to the next. */
export function whereSchema({ fields, fieldsOf, idType }: WhereContext): Schema {
  const known = paths(fields, fieldsOf)
  known.set('id', { kind: 'id', many: false })
  known.set('_id', { kind: 'id', many: false })
  // Version queries (`/api/standards/versions`) name the document as `parent` and its fields as `version.<field>`.
  for (const [path, target] of [...known]) known.set(`version.${path}`, target)
  for (const [path, kind] of [['parent', 'id'], ['latest', 'checkbox'], ['autosave', 'checkbox'], ['snapshot', 'checkbox']] as const) {
    if (!known.has(path)) known.set(path, { kind, many: false })
  }
  // Each path refers to its kind's condition, compiled once: a collection has hundreds of paths (its
  // fields, one hop across relationships, versions) and only a dozen kinds. Inlined, the schema took
  // Ajv a minute and more to compile on the first query, the event loop blocked all the while.
  const conditions: Record<string, Schema> = {}
  const definitions: Record<string, Schema> = {}
  for (const [path, { kind, many }] of known) {
    const name = `${kind}${many ? '-many' : ''}`
    definitions[name] ??= condition(kind, many, idType)
    conditions[path] = { $ref: `#/definitions/${name}` }
  }
  definitions.conditions = { type: 'object', properties: conditions }

  const levels = QUERY_LIMITS.maxWhereNesting
  for (let level = 0; level <= levels; level++) {
    const next =
      level < levels
        ? { type: 'array', maxItems: QUERY_LIMITS.maxWhereConditions, items: { $ref: `#/definitions/level${level + 1}` }, 'x-message': `The where query has more than ${QUERY_LIMITS.maxWhereConditions} conditions.` }
        : { type: 'array', maxItems: 0, 'x-message': `The where query nests and/or more than ${levels} levels deep.` }
    definitions[`level${level}`] = {
      type: 'object',
      maxProperties: QUERY_LIMITS.maxWhereConditions,
      properties: { and: next, or: next },
      allOf: [{ $ref: '#/definitions/conditions' }],
      'x-message': `The where query has more than ${QUERY_LIMITS.maxWhereConditions} conditions.`,
    }
  }
  return { $ref: '#/definitions/level0', definitions }
}

// `inlineRefs: false`: each definition (the conditions of a kind, the paths, each and/or level) becomes
// one function that the others call, instead of a copy inlined at every reference.
// Ajv's code optimizer is quadratic in the generated code: off (a third of the compile time here).
const ajv = new Ajv({ allErrors: false, verbose: true, strict: false, inlineRefs: false, code: { optimize: false } })
ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' })
ajv.addFormat('payload-date', (text: string) => Number.isFinite(Date.parse(text)))

/** One compiled validator per field list (a collection's) and adapter id type. */
const compiled = new WeakMap<FlattenedField[], Map<IdType, ValidateFunction>>()

function validatorFor(context: WhereContext): ValidateFunction {
  let byIdType = compiled.get(context.fields)
  if (!byIdType) compiled.set(context.fields, (byIdType = new Map()))
  let validate = byIdType.get(context.idType)
  if (!validate) byIdType.set(context.idType, (validate = ajv.compile(whereSchema(context))))
  return validate
}

/** A value as it appears in a message: strings quoted, at most 40 characters, no control characters. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  const short = clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
  return typeof value === 'string' ? JSON.stringify(short) : short
}

/** The message for Ajv's first error: the innermost `x-message` of the schema that refused, about the condition it names. */
function messageOf(error: ErrorObject, where: unknown): string {
  const segments = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  const note = (error.parentSchema as Schema | undefined)?.['x-message']
  const message = typeof note === 'string' ? note : (error.message ?? 'is not valid')
  if (/^[A-Z]/.test(message)) return message
  // The condition: the last path/operator pair outside and/or lists.
  let i = 0
  let node: unknown = where
  let path = ''
  let operator = ''
  for (; i < segments.length; i++) {
    const segment = segments[i]!
    if ((segment === 'and' || segment === 'or') && Array.isArray((node as Record<string, unknown>)[segment])) {
      node = ((node as Record<string, unknown[]>)[segment] ?? [])[Number(segments[++i])]
      continue
    }
    path = segment
    operator = segments[i + 1] ?? ''
    break
  }
  if (error.propertyName !== undefined) return `where[${path}][${error.propertyName}]: this field ${message}.`
  const value = error.data
  if (message === 'must be true or false' || message === 'must be a list of values') return `where[${path}][${operator}] ${message}.`
  if (message.startsWith('lists too many') && (Array.isArray(value) || typeof value === 'string')) {
    const count = Array.isArray(value) ? value.length : value.split(',').length
    return `where[${path}][${operator}] lists ${count} values; at most ${QUERY_LIMITS.maxListValues} are allowed.`
  }
  return `where[${path}][${operator}]: ${show(value)} ${message}.`
}

/** Why a `where` cannot be run (a message naming the condition), or null. */
export function whereProblem(where: unknown, context: WhereContext): string | null {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return null
  const validate = validatorFor(context)
  if (validate(where)) return null
  // Ajv reports the branches of an `anyOf` before the `anyOf` itself: the answer is the deepest error
  // whose schema carries a message (the value inside a list before the list), the last one on a tie.
  const errors = validate.errors ?? []
  const noted = errors.filter((error) => typeof (error.parentSchema as Schema | undefined)?.['x-message'] === 'string')
  const depth = (error: ErrorObject) => error.instancePath.split('/').length
  const chosen = noted.reduce<ErrorObject | undefined>((best, error) => (!best || depth(error) >= depth(best) ? error : best), undefined) ?? errors[0]
  return chosen ? messageOf(chosen, where) : 'The where query is not valid.'
}
