import { Ajv } from 'ajv'
import type { ErrorObject, SchemaValidateFunction, ValidateFunction } from 'ajv'
import { fieldsToJSONSchema, getCollectionIDFieldTypes } from 'payload'
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

import { stripControlCharactersDeep } from './control-characters'
import { richTextProblem } from './rich-text-schema'
import { SITE_LINK_MESSAGE, WEB_ADDRESS_MESSAGE, isSiteLink, isWebAddress } from './validators'

/**
 * What a create or update may send, as a JSON Schema validated with Ajv: Payload's own JSON Schema
 * of the collection or global (`fieldsToJSONSchema`, the one `payload generate:types` is built
 * from: each field's type, options, rows and groups), loosened for partial updates and drafts (no
 * `required`, unknown keys left to Payload, which ignores them), with our limits added to each
 * field's part through Payload's own `typescriptSchema` hook: `maxItems` on arrays, `maxLength` on
 * text, formats on link fields, rich text and JSON size, and the messages each refusal gives.
 */

/**
 * Marks a text field as a link, so its address is checked on drafts too (where Payload skips the
 * field's own `validate`): `custom: { link: 'web' }` takes http(s) addresses, `'site'` also paths.
 */
export type LinkKind = 'web' | 'site'

/** Text and textarea fields without their own `maxLength` (Payload's `defaultMaxTextLength`). */
export const DEFAULT_MAX_TEXT_LENGTH = 10_000
/** One rich-text (or JSON) field, serialized: about 150 pages of prose. */
export const MAX_RICH_TEXT_CHARS = 1_000_000
/**
 * Rows in any array, drafts included. A field's own `maxRows` (often lower) is checked by Payload
 * when publishing, with the field's message; drafts may be unfinished, but not absurd.
 */
export const MAX_ROWS = 100

export interface WriteOptions {
  /**
   * Also check what Payload's field validation checks when publishing — text length, link fields,
   * select options — for a draft, which Payload saves without validating.
   */
  fieldRules: boolean
}

export interface InputProblem {
  path: string
  message: string
}

/** A document the data points to, so its existence can be checked (SQLite refuses a dangling one with a 500, MongoDB keeps it). */
export interface Reference {
  path: string
  collection: string
  id: number | string
}

export interface WriteCheck {
  problems: InputProblem[]
  references: Reference[]
}

type Schema = Record<string, unknown>
type Entity = SanitizedCollectionConfig | SanitizedGlobalConfig
type IdType = 'number' | 'text'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(schema: Schema): string[] {
  const type = schema.type
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : []
}

/**
 * Payload's schema of a required field does not take null; a write may send null for any field (it
 * clears it), and whether the field may be empty is Payload's own validation's to say ("This field is
 * required."). A single relationship is a `oneOf` whose first alternative is the id type.
 */
function nullable(schema: Schema): Schema {
  const listed = types(schema)
  if (listed.length > 0) return listed.includes('null') ? schema : { ...schema, type: [...listed, 'null'] }
  const [first, ...rest] = Array.isArray(schema.oneOf) ? (schema.oneOf as Schema[]) : []
  return first ? { ...schema, oneOf: [nullable(first), ...rest] } : schema
}

/** Our part of one field's schema, on top of Payload's. */
function withLimits(field: FlattenedField, payloadSchema: Schema, { fieldRules }: WriteOptions): Schema {
  const schema = nullable(payloadSchema)
  const many = 'hasMany' in field && field.hasMany === true
  const items = isRecord(schema.items) ? schema.items : {}
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const own = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined
      const link = (field.custom as { link?: LinkKind } | undefined)?.link
      const rules = fieldRules ? { maxLength: own ?? DEFAULT_MAX_TEXT_LENGTH, ...(link ? { format: `${link}-link` } : {}) } : {}
      const text = { 'x-type-message': 'This field takes text.' }
      return many
        ? { ...schema, 'x-clean': true, 'x-type-message': 'This field takes a list.', items: { ...items, ...rules, ...text } }
        : { ...schema, ...rules, ...text, 'x-clean': true }
    }
    case 'select':
    case 'radio': {
      // Payload validates options when publishing, but not its own `_status` ("bogus" was stored).
      const choose = fieldRules || field.name === '_status'
      const options = (part: Schema): Schema => {
        const { enum: choices, ...rest } = part
        return choose && Array.isArray(choices) ? { ...rest, enum: [...choices, null] } : rest
      }
      return many
        ? { ...schema, 'x-clean': true, 'x-type-message': 'This field takes a list.', items: { ...options(items), 'x-type-message': 'This field takes text.' } }
        : { ...options(schema), 'x-clean': true, 'x-type-message': 'This field takes text.' }
    }
    case 'number':
      return many
        ? { ...schema, 'x-type-message': 'This field takes a list.', items: { ...items, 'x-type-message': 'This field takes a number.' } }
        : { ...schema, 'x-type-message': 'This field takes a number.' }
    case 'checkbox':
      return { ...schema, 'x-type-message': 'This field takes true or false.' }
    case 'date':
      // A string Date.parse reads, or a Date from the Local API.
      return { 'x-date': true, 'x-clean': true }
    case 'relationship':
    case 'upload': {
      const reference = typeof field.relationTo === 'string' ? { 'x-reference': field.relationTo } : {}
      const id = { 'x-type-message': 'This field takes the id of a document.' }
      return many ? { ...schema, ...reference, 'x-type-message': 'This field takes a list.', items: { ...items, ...id } } : { ...schema, ...reference, ...id }
    }
    case 'richText':
      // Lexical's outputSchema is the TypeScript type of a saved value, not what it accepts (rich-text-schema.ts).
      return { 'x-rich-text': true, 'x-max-json-length': MAX_RICH_TEXT_CHARS, 'x-clean': true }
    case 'json':
      return { ...schema, 'x-max-json-length': MAX_RICH_TEXT_CHARS, 'x-clean': true }
    case 'array':
      // The admin sends an array it has no rows for as its row count, 0.
      return {
        ...schema,
        type: [...types(schema), 'integer'],
        minimum: 0,
        maximum: 0,
        maxItems: MAX_ROWS,
        'x-type-message': 'This field takes a list of rows.',
        items: { ...items, 'x-type-message': 'Each row is a set of fields.' },
      }
    case 'group':
    case 'tab':
      return { ...schema, 'x-type-message': 'This field takes a set of fields.' }
    default:
      return schema
  }
}

/** The fields with our limits hooked onto Payload's schema of each (`typescriptSchema`), nested fields too. */
function annotate(fields: FlattenedField[], options: WriteOptions): FlattenedField[] {
  return fields.map((field) => {
    const nested = 'flattenedFields' in field && Array.isArray(field.flattenedFields) ? { flattenedFields: annotate(field.flattenedFields, options) } : {}
    const own = 'typescriptSchema' in field && Array.isArray(field.typescriptSchema) ? field.typescriptSchema : []
    return {
      ...field,
      ...nested,
      typescriptSchema: [...own, ({ jsonSchema }: { jsonSchema: Schema }) => withLimits(field, jsonSchema, options)],
    } as FlattenedField
  })
}

const KEEP_AS_IS = new Set(['enum', 'const', 'default', 'examples'])
const NAMED_SCHEMAS = new Set(['properties', 'definitions', 'patternProperties'])

/**
 * Payload's schema describes a whole saved document; a write may send part of one, a draft may
 * leave required fields empty, and Payload ignores keys it does not know: drop `required` and
 * `additionalProperties: false` everywhere (keys of `properties` are field names, not keywords).
 */
function loosen(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(loosen)
  if (!isRecord(schema)) return schema
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if ((key === 'required' && Array.isArray(value)) || (key === 'additionalProperties' && value === false)) continue
    if (NAMED_SCHEMAS.has(key) && isRecord(value)) result[key] = Object.fromEntries(Object.entries(value).map(([name, part]) => [name, loosen(part)]))
    else result[key] = KEEP_AS_IS.has(key) ? value : loosen(value)
  }
  return result
}

/** What Payload's schema refers to for a populated relationship (`#/definitions/<collection>`): a document with its id. */
function documentDefinitions(config: SanitizedConfig, idTypes: Record<string, 'number' | 'string'>): Record<string, Schema> {
  return Object.fromEntries(
    config.collections.map((collection) => {
      const document = { type: 'object', required: ['id'], properties: { id: { type: ['number', 'string'] } } }
      // A numeric id may come as a string ("5"); isDocumentId and the lookup decide whether it names a document.
      const numeric = { type: 'string', pattern: '^-?\\d{1,16}$' }
      const definition = idTypes[collection.slug] === 'number' ? { anyOf: [document, numeric] } : document
      // Reached only as one alternative of a relationship, whose own message says what it takes.
      return [collection.slug, { ...definition, 'x-alternative': true }]
    }),
  )
}

/** The write schema of a collection or global: Payload's, with our limits. */
export function writeSchema(config: SanitizedConfig, entity: Entity, idType: IdType, options: WriteOptions): Schema {
  const idTypes = getCollectionIDFieldTypes({ config, defaultIDType: idType })
  const interfaces = new Map<string, Schema>()
  const { properties } = fieldsToJSONSchema(idTypes, annotate(entity.flattenedFields, options), interfaces as never, config)
  const definitions = { ...Object.fromEntries([...interfaces].map(([name, part]) => [name, loosen(part)])), ...documentDefinitions(config, idTypes) }
  return { type: 'object', properties: loosen(properties), definitions }
}

interface CheckContext {
  references: Reference[]
}

function referencedId(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (isRecord(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return value.id
  return null
}

function pathOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}

/** `x-reference`: records the documents a relationship names, for the existence check after validation. */
const collectReferences: SchemaValidateFunction = function (this: CheckContext, collection: string, value: unknown, _parent, cxt) {
  const path = pathOf(cxt?.instancePath ?? '')
  for (const item of Array.isArray(value) ? value : [value]) {
    const id = referencedId(item)
    if (id !== null) this.references.push({ path, collection, id })
  }
  return true
}

/** `x-clean`: control characters stripped from the value, every string in it. */
const clean: SchemaValidateFunction = (_schema, value, _parent, cxt) => {
  if (cxt && (isRecord(cxt.parentData) || Array.isArray(cxt.parentData))) {
    ;(cxt.parentData as Record<string | number, unknown>)[cxt.parentDataProperty] = stripControlCharactersDeep(value)
  }
  return true
}

const richText: SchemaValidateFunction = (_schema, value) => {
  const problem = richTextProblem(value)
  if (problem) richText.errors = [{ keyword: 'x-rich-text', message: problem, params: {} }]
  return problem === null
}

const maxJSONLength: SchemaValidateFunction = (max: number, value) => {
  const size = value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0)
  if (size <= max) return true
  maxJSONLength.errors = [
    { keyword: 'x-max-json-length', message: `This text is too long: at most ${max.toLocaleString('en')} characters of content and formatting.`, params: {} },
  ]
  return false
}

const date: SchemaValidateFunction = (_schema, value) => {
  const ok = value === null || value instanceof Date || ((typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime()))
  if (!ok) date.errors = [{ keyword: 'x-date', message: 'This field takes a date.', params: {} }]
  return ok
}

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, passContext: true })
ajv.addKeyword({ keyword: 'x-type-message', schemaType: 'string' })
ajv.addKeyword({ keyword: 'x-alternative', schemaType: 'boolean' })
ajv.addKeyword({ keyword: 'x-reference', schemaType: 'string', validate: collectReferences })
ajv.addKeyword({ keyword: 'x-clean', schemaType: 'boolean', modifying: true, validate: clean })
ajv.addKeyword({ keyword: 'x-rich-text', schemaType: 'boolean', errors: true, validate: richText })
ajv.addKeyword({ keyword: 'x-max-json-length', schemaType: 'number', errors: true, validate: maxJSONLength })
ajv.addKeyword({ keyword: 'x-date', schemaType: 'boolean', errors: true, validate: date })
ajv.addFormat('web-link', (text: string) => text === '' || isWebAddress(text))
ajv.addFormat('site-link', (text: string) => text === '' || isSiteLink(text))

const compiled = new WeakMap<Entity, Map<string, ValidateFunction>>()

function validatorFor(config: SanitizedConfig, entity: Entity, idType: IdType, options: WriteOptions): ValidateFunction {
  let byKind = compiled.get(entity)
  if (!byKind) compiled.set(entity, (byKind = new Map()))
  const key = `${idType}:${options.fieldRules}`
  let validate = byKind.get(key)
  if (!validate) byKind.set(key, (validate = ajv.compile(writeSchema(config, entity, idType, options))))
  return validate
}

/** The message for one Ajv error, in the words the admin shows under the field. */
function messageOf(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Schema
  const data = error.data
  switch (error.keyword) {
    case 'type':
    case 'oneOf':
    case 'anyOf':
    case 'minimum':
    case 'maximum':
      return typeof schema['x-type-message'] === 'string' ? schema['x-type-message'] : 'This value has the wrong type.'
    case 'maxLength':
      return `At most ${Number(error.params.limit).toLocaleString('en')} characters (now ${String(data).length.toLocaleString('en')}).`
    case 'maxItems':
      return `At most ${Number(error.params.limit)} rows (now ${Array.isArray(data) ? data.length : '?'}).`
    case 'enum':
      return `Pick one of: ${(error.params.allowedValues as unknown[]).filter((value) => value !== null).join(', ')}.`
    case 'format':
      return error.params.format === 'web-link' ? WEB_ADDRESS_MESSAGE : SITE_LINK_MESSAGE
    default:
      return error.message ?? 'This value is not valid.'
  }
}

/**
 * Cleans the data of one create or update in place — control characters stripped from every
 * string, rich text included — and lists what cannot be stored (one problem per field, the
 * outermost), and the documents its relationships name. Only fields present in `data` are looked
 * at, so a partial update is checked for what it sends.
 */
export function checkWrite(data: Record<string, unknown>, config: SanitizedConfig, entity: Entity, idType: IdType, options: WriteOptions): WriteCheck {
  const validate = validatorFor(config, entity, idType, options)
  const context: CheckContext = { references: [] }
  validate.call(context, data)
  // An alternative's own errors (a relationship's "number or document") stand behind the alternative's.
  const errors = (validate.errors ?? []).filter(
    (error) => !/\/(oneOf|anyOf)\/\d+(\/|$)/.test(error.schemaPath) && !(error.parentSchema as Schema | undefined)?.['x-alternative'],
  )
  const problems: InputProblem[] = []
  for (const error of errors) {
    const path = pathOf(error.instancePath)
    if (problems.some((problem) => problem.path === path || path.startsWith(`${problem.path}.`))) continue
    problems.push({ path, message: messageOf(error) })
  }
  return { problems, references: context.references }
}
