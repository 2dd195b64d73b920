import type { FlattenedField } from 'payload'

import { SITE_LINK_MESSAGE, WEB_ADDRESS_MESSAGE, isSiteLink, isWebAddress } from './validators'

/**
 * Marks a text field as a link, so its address is checked on drafts too (where Payload skips the
 * field's own `validate`): `custom: { link: 'web' }` takes http(s) addresses, `'site'` also paths.
 */
export type LinkKind = 'web' | 'site'

/** Text and textarea fields without their own `maxLength` (Payload's `defaultMaxTextLength`). */
export const DEFAULT_MAX_TEXT_LENGTH = 10_000
/** One rich-text field, as Lexical JSON: about 150 pages of prose. */
export const MAX_RICH_TEXT_CHARS = 1_000_000
/**
 * Rows in any array, drafts included. A field's own `maxRows` (often lower) is checked by Payload
 * when publishing, with the field's message; drafts may be unfinished, but not absurd.
 */
export const MAX_ROWS = 100

// Control characters other than tab, line feed and carriage return: NUL ends C strings (and some
// drivers' text), and none of them means anything on a page.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/** A copy of a JSON value (rich text) with control characters stripped from every string in it. */
export function stripControlCharactersDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value)
  if (Array.isArray(value)) return value.map(stripControlCharactersDeep)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlCharactersDeep(item)]))
  }
  return value
}

/** Levels of nesting a rich-text tree may have (lists in lists in quotes…). */
export const MAX_RICH_TEXT_DEPTH = 40

/**
 * Why a rich-text value is not Lexical's shape — `{ root: { children: [nodes] } }`, each node an
 * object with a string `type` and, if any, an array of `children` — or has a link the site would
 * not render (javascript:, data:…), or null when it is fine (or empty). Lexical's own hooks assume
 * that shape and fail with a 500 otherwise, and Lexical stores any link URL it is given.
 */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (!isRecord(value) || !isRecord(value.root)) return 'This rich text is not in the editor’s format: it needs a "root" node.'
  const check = (node: unknown, depth: number): string | null => {
    if (depth > MAX_RICH_TEXT_DEPTH) return `This rich text nests more than ${MAX_RICH_TEXT_DEPTH} levels deep.`
    if (!isRecord(node) || typeof node.type !== 'string') return 'This rich text is not in the editor’s format: every node needs a "type".'
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = isRecord(node.fields) ? node.fields : {}
      const url = fields.url ?? node.url
      if (fields.linkType !== 'internal' && (typeof url !== 'string' || !isSiteLink(url))) {
        return `A link in this text goes to ${JSON.stringify(String(url).slice(0, 60))}. ${SITE_LINK_MESSAGE}`
      }
    }
    if (node.children === undefined) return null
    if (!Array.isArray(node.children)) return 'This rich text is not in the editor’s format: "children" must be a list.'
    for (const child of node.children) {
      const problem = check(child, depth + 1)
      if (problem) return problem
    }
    return null
  }
  return check(value.root, 0)
}

export interface InputProblem {
  path: string
  message: string
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A relationship value that names a document: its id, or the document itself ({ id }). */
function referencedId(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (isRecord(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return value.id
  return null
}

function optionValues(field: FlattenedField): string[] | null {
  if ((field.type !== 'select' && field.type !== 'radio') || !Array.isArray(field.options)) return null
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** Why a single value cannot be stored in a field of this type, or null. */
function typeProblem(field: FlattenedField, value: unknown): string | null {
  if (value === null || value === undefined) return null
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return typeof value === 'string' ? null : 'This field takes text.'
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      return typeof n === 'number' && Number.isFinite(n) ? null : 'This field takes a number.'
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'This field takes true or false.'
    case 'date':
      return (typeof value === 'string' && Number.isFinite(Date.parse(value))) || value instanceof Date ? null : 'This field takes a date.'
    case 'relationship':
    case 'upload':
      return referencedId(value) === null ? 'This field takes the id of a document.' : null
    default:
      return null
  }
}

/** A document the data points to, so its existence can be checked (SQLite refuses a dangling one with a 500, MongoDB keeps it). */
export interface Reference {
  path: string
  collection: string
  id: number | string
}

export interface CleanResult {
  problems: InputProblem[]
  references: Reference[]
}

export interface CleanOptions {
  /**
   * Also check what Payload's field validation checks when publishing — text length, link fields,
   * select options — for a draft, which Payload saves without validating.
   */
  fieldRules: boolean
}

/**
 * Cleans the data of one create or update in place — control characters stripped from every
 * string, rich text included — and lists what cannot be stored: a value of the wrong type, rich
 * text that is not Lexical's shape, links a page would not render, or beyond MAX_RICH_TEXT_CHARS,
 * arrays beyond MAX_ROWS; with `fieldRules`, also text beyond its field's `maxLength` (or
 * DEFAULT_MAX_TEXT_LENGTH), a link field's address and a select's options. Also lists the documents
 * its relationships name. Only fields present in `data` are looked at, so a partial update is
 * checked for what it sends.
 */
export function cleanInput(data: Record<string, unknown>, fields: FlattenedField[], options: CleanOptions, prefix = ''): CleanResult {
  const result: CleanResult = { problems: [], references: [] }
  const add = (more: CleanResult) => {
    result.problems.push(...more.problems)
    result.references.push(...more.references)
  }
  for (const field of fields) {
    if (!('name' in field) || !Object.prototype.hasOwnProperty.call(data, field.name)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const many = 'hasMany' in field && field.hasMany === true
    const values = many && Array.isArray(value) ? value : [value]
    if (many && value !== null && value !== undefined && !Array.isArray(value)) {
      result.problems.push({ path, message: 'This field takes a list.' })
      continue
    }
    const wrongType = values.map((item) => typeProblem(field, item)).find((problem) => problem !== null)
    if (wrongType) {
      result.problems.push({ path, message: wrongType })
      continue
    }
    const choices = optionValues(field)
    // Payload validates select fields when publishing, but not its own `_status` ("bogus" was stored).
    if (choices && (options.fieldRules || field.name === '_status')) {
      const outside = values.find((item) => typeof item === 'string' && !choices.includes(item))
      if (outside !== undefined) result.problems.push({ path, message: `Pick one of: ${choices.join(', ')}.` })
    }
    if (TEXT_TYPES.has(field.type)) {
      const maxLength = ('maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined) ?? DEFAULT_MAX_TEXT_LENGTH
      const cleaned = values.map((text) => (typeof text === 'string' ? stripControlCharacters(text) : text))
      data[field.name] = many ? cleaned : cleaned[0]
      const link = (field.custom as { link?: LinkKind } | undefined)?.link
      for (const text of cleaned) {
        if (typeof text !== 'string' || !options.fieldRules) continue
        if (text.length > maxLength) {
          result.problems.push({ path, message: `At most ${maxLength.toLocaleString('en')} characters (now ${text.length.toLocaleString('en')}).` })
        } else if (text !== '' && link === 'web' && !isWebAddress(text)) {
          result.problems.push({ path, message: WEB_ADDRESS_MESSAGE })
        } else if (text !== '' && link === 'site' && !isSiteLink(text)) {
          result.problems.push({ path, message: SITE_LINK_MESSAGE })
        }
      }
    } else if (field.type === 'richText' || field.type === 'json') {
      const cleaned = stripControlCharactersDeep(value)
      data[field.name] = cleaned
      const size = cleaned === undefined ? 0 : (JSON.stringify(cleaned)?.length ?? 0)
      const shape = field.type === 'richText' ? richTextProblem(cleaned) : null
      if (shape) result.problems.push({ path, message: shape })
      else if (size > MAX_RICH_TEXT_CHARS) {
        result.problems.push({ path, message: `This text is too long: at most ${MAX_RICH_TEXT_CHARS.toLocaleString('en')} characters of content and formatting.` })
      }
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      for (const item of values) {
        const id = referencedId(item)
        if (id !== null) result.references.push({ path, collection: field.relationTo, id })
      }
    } else if (field.type === 'array') {
      // The admin sends an array it has no rows for as its row count, 0.
      if (value === null || value === undefined || value === 0) continue
      if (!Array.isArray(value)) {
        result.problems.push({ path, message: 'This field takes a list of rows.' })
      } else if (value.length > MAX_ROWS) {
        result.problems.push({ path, message: `At most ${MAX_ROWS} rows (now ${value.length}).` })
      } else {
        value.forEach((row, index) => {
          if (isRecord(row)) add(cleanInput(row, field.flattenedFields, options, `${path}.${index}.`))
          else result.problems.push({ path: `${path}.${index}`, message: 'Each row is a set of fields.' })
        })
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      if (isRecord(value)) add(cleanInput(value, field.flattenedFields, options, `${path}.`))
      else if (value !== null && value !== undefined) result.problems.push({ path, message: 'This field takes a set of fields.' })
    } else if (typeof value === 'string') {
      data[field.name] = stripControlCharacters(value)
    }
  }
  return result
}
