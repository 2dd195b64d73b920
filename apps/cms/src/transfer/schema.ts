/**
 * The JSON Schema of a `versus/1` file, built from the collections' own
 * select options so the two never drift, and a small validator for the subset
 * of JSON Schema it uses. docs/import-format.schema.json is this object
 * written out (`npm run import-format:schema -w @versus/cms`; a test fails
 * when it is stale). Value rules (ranges, required fields, row counts, slug
 * uniqueness…) are the collections' own and run at import time.
 */
import type { CollectionConfig, Field } from 'payload'

import { Standards } from '../collections/Standards'
import { FORMAT } from './format'

export type JSONSchema = {
  $schema?: string
  $id?: string
  $ref?: string
  $defs?: Record<string, JSONSchema>
  title?: string
  description?: string
  type?: JSONType | JSONType[]
  properties?: Record<string, JSONSchema>
  required?: string[]
  additionalProperties?: boolean
  items?: JSONSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  pattern?: string
  enum?: (string | number)[]
  const?: string
  anyOf?: JSONSchema[]
}
type JSONType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'

/** The values of a select field, found by name anywhere in a collection's fields (tabs, rows, groups, arrays). */
function selectValues(collection: CollectionConfig, name: string): string[] {
  const walk = (fields: Field[]): string[] | null => {
    for (const field of fields) {
      if (field.type === 'select' && field.name === name) {
        return field.options.map((option) => (typeof option === 'string' ? option : option.value))
      }
      const nested =
        field.type === 'tabs'
          ? field.tabs.flatMap((tab) => tab.fields)
          : 'fields' in field && Array.isArray(field.fields)
            ? field.fields
            : null
      const found = nested && walk(nested)
      if (found) return found
    }
    return null
  }
  const values = walk(collection.fields)
  if (!values) throw new Error(`No select field "${name}" in ${collection.slug}`)
  return values
}

const slug: JSONSchema = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'lowercase letters and digits separated by single hyphens',
}
const slugRef = (what: string): JSONSchema => ({ type: 'string', minLength: 1, description: `The slug of ${what}.` })
const text: JSONSchema = { type: 'string' }
const number: JSONSchema = { type: 'number' }
const strings: JSONSchema = { type: 'array', items: text }
const object = (properties: Record<string, JSONSchema>, required: string[] = [], description?: string): JSONSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
})
const rows = (properties: Record<string, JSONSchema>, required: string[]): JSONSchema => ({
  type: 'array',
  items: object(properties, required),
})
const status: JSONSchema = {
  enum: ['published', 'draft'],
  description: 'Default "published". A draft becomes the latest version without publishing it.',
}
const alwaysPublished: JSONSchema = { const: 'published', description: 'This collection has no drafts.' }
const faq = rows({ question: text, answer: text }, ['question', 'answer'])
const timestamp: JSONSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  description: 'an ISO 8601 date-time ("2026-01-20T09:00:00.000Z")',
}
const timestamps = { createdAt: timestamp, updatedAt: timestamp }
const previousSlugs: JSONSchema = {
  ...strings,
  description: 'Earlier slugs, which redirect. Kept by the CMS: applied only when the import creates the document.',
}

/**
 * A record of a collection with versions: its fields, status and timestamps,
 * and (in a history export) every stored version and the live version.
 */
function versionedRecord(fields: Record<string, JSONSchema>, required: string[]): JSONSchema {
  return object(
    {
      ...fields,
      status,
      ...timestamps,
      versions: {
        type: 'array',
        description: 'Every stored version, oldest first; the last is this record. Restored when the import creates the document.',
        items: object({ ...fields, status, ...timestamps }, [...required, 'createdAt', 'updatedAt']),
      },
      live: {
        ...object(fields, required),
        description: 'The published version the site shows while the latest version (this record) is a draft.',
      },
    },
    required,
  )
}

export function buildImportFormatSchema(): JSONSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://versus.example/import-format.schema.json',
    title: 'Versus import/export file (versus/1)',
    description:
      'Records refer to each other by slug (comparisons by their two standard slugs). Keys left out are empty. See docs/import-format.md.',
    type: 'object',
    properties: {
      format: { const: FORMAT },
      categories: {
        type: 'array',
        items: object({ slug, name: text, description: text, status: alwaysPublished, ...timestamps }, ['slug']),
      },
      aspects: {
        type: 'array',
        items: object({ slug, name: text, order: number, description: text, status: alwaysPublished, ...timestamps }, ['slug']),
      },
      standards: {
        type: 'array',
        items: versionedRecord(
          {
            slug,
            shortName: text,
            officialTitle: text,
            editionYear: number,
            legalNature: { enum: selectValues(Standards, 'legalNature') },
            obligation: { enum: selectValues(Standards, 'obligation') },
            jurisdiction: text,
            publisher: text,
            category: slugRef('a category'),
            tagline: text,
            costBand: number,
            complexity: { enum: selectValues(Standards, 'complexity') },
            implementationMonths: object({ min: number, max: number }),
            keyFeatures: strings,
            whatItIs: { $ref: '#/$defs/richText' },
            keyComponents: strings,
            whyOrganizationsUseIt: { $ref: '#/$defs/richText' },
            implementationOverview: { $ref: '#/$defs/richText' },
            aspectValues: rows({ aspect: slugRef('an aspect'), value: text }, ['aspect', 'value']),
            faq,
            sources: rows({ label: text, url: text }, ['label', 'url']),
            related: rows(
              { standard: slugRef('another standard'), relation: { enum: selectValues(Standards, 'relation') } },
              ['standard', 'relation'],
            ),
            previousSlugs,
          },
          ['slug'],
        ),
      },
      comparisons: {
        type: 'array',
        items: versionedRecord(
          {
            standards: {
              type: 'array',
              description: 'The two standard slugs, in either order; the first is side A.',
              items: slugRef('a standard'),
              minItems: 2,
              maxItems: 2,
            },
            summary: text,
            verdict: text,
            verdictBasis: {
              type: 'string',
              description: 'The generated verdict the verdict was written against (set by the CMS). Applied only when the import creates the document.',
            },
            featured: { type: 'boolean' },
            faq,
            aspectOverrides: rows(
              {
                aspect: slugRef('an aspect'),
                standard: { type: 'string', description: 'One of the two slugs in `standards`: the side overridden.' },
                value: text,
                basis: { type: 'string', description: 'As verdictBasis, for this override.' },
              },
              ['aspect', 'standard', 'value'],
            ),
          },
          ['standards'],
        ),
      },
      articles: {
        type: 'array',
        items: versionedRecord(
          {
            slug,
            title: text,
            summary: text,
            body: { $ref: '#/$defs/richText' },
            standards: { type: 'array', items: slugRef('a standard') },
            publishedAt: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
              description: 'an ISO 8601 date ("2026-01-20") or date-time ("2026-01-20T09:00:00.000Z")',
            },
            previousSlugs,
          },
          ['slug'],
        ),
      },
      site: object(
        {
          siteName: text,
          tagline: text,
          cta: object({ heading: text, body: text, linkLabel: text, linkUrl: text }),
          footerLinks: rows({ label: text, url: text }, ['label', 'url']),
        },
        [],
        'The site-wide settings (the `site` global). Keys left out are emptied, as for records.',
      ),
    },
    required: ['format'],
    additionalProperties: false,
    $defs: {
      richText: {
        anyOf: [{ $ref: '#/$defs/lexical' }, { $ref: '#/$defs/blocks' }],
      },
      lexical: {
        title: 'Lexical JSON ({ "root": … })',
        type: 'object',
        properties: {
          root: { type: 'object', properties: { type: { const: 'root' }, children: { type: 'array' } }, required: ['type', 'children'] },
        },
        required: ['root'],
      },
      blocks: {
        title: 'a list of blocks (strings, or { "list": [...], "ordered": true })',
        type: 'array',
        items: {
          anyOf: [
            { title: 'a paragraph (string)', type: 'string' },
            {
              title: 'a list ({ "list": [...] })',
              ...object({ list: strings, ordered: { type: 'boolean' } }, ['list']),
            },
          ],
        },
      },
    },
  }
}

export interface SchemaProblem {
  /** JSON path below the checked value: `standards[3].implementationMonths.max`. */
  path: string
  message: string
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function typeOf(value: unknown): JSONType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value as JSONType
}

function hasType(value: unknown, type: JSONType): boolean {
  const actual = typeOf(value)
  return actual === type || (type === 'number' && actual === 'integer')
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key
const quoteAll = (values: (string | number)[]) => values.map((value) => JSON.stringify(value)).join(', ')

/**
 * Checks `value` against `schema` (the subset above) and lists every
 * problem with its path. `root` resolves `$ref`s.
 */
export function checkSchema(value: unknown, schema: JSONSchema, root: JSONSchema = schema, path = ''): SchemaProblem[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '')
    const target = root.$defs?.[name]
    if (!target) throw new Error(`Unknown $ref ${schema.$ref}`)
    return checkSchema(value, target, root, path)
  }
  const problem = (message: string): SchemaProblem[] => [{ path, message }]

  if (schema.anyOf) {
    const results = schema.anyOf.map((alternative) => checkSchema(value, alternative, root, path))
    if (results.some((problems) => problems.length === 0)) return []
    // One alternative of the value's own type: its problems are the precise ones.
    const sameType = schema.anyOf
      .map((alternative, i) => ({ alternative: resolve(alternative, root), problems: results[i] ?? [] }))
      .filter(({ alternative }) => alternative.type !== undefined && hasType(value, alternative.type as JSONType))
    if (sameType.length === 1 && sameType[0]) return sameType[0].problems
    const titles = schema.anyOf.map((alternative) => resolve(alternative, root).title ?? 'another shape')
    return problem(`must be ${titles.join(' or ')} (got ${describe(value)})`)
  }
  if (schema.const !== undefined && value !== schema.const) {
    return problem(`must be ${JSON.stringify(schema.const)} (got ${describe(value)})`)
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    return problem(`must be one of ${quoteAll(schema.enum)} (got ${describe(value)})`)
  }
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((type) => hasType(value, type))) {
      return problem(`must be ${types.map(article).join(' or ')} (got ${describe(value)})`)
    }
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return problem('must not be empty')
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      // A pattern's description says in words what it requires.
      return problem(`must be ${schema.description ?? `a string matching ${schema.pattern}`} (got ${describe(value)})`)
    }
  }
  if (Array.isArray(value)) {
    const { minItems, maxItems } = schema
    if (minItems !== undefined && minItems === maxItems && value.length !== minItems) {
      return problem(`must have exactly ${minItems} items (got ${value.length})`)
    }
    if (minItems !== undefined && value.length < minItems) return problem(`must have at least ${minItems} items (got ${value.length})`)
    if (maxItems !== undefined && value.length > maxItems) return problem(`must have at most ${maxItems} items (got ${value.length})`)
    const items = schema.items
    if (items) return value.flatMap((item, i) => checkSchema(item, items, root, join(path, i)))
    return []
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>
    const problems: SchemaProblem[] = []
    const properties = schema.properties ?? {}
    for (const key of schema.required ?? []) {
      if (record[key] === undefined) problems.push({ path: join(path, key), message: 'is required' })
    }
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key]
      if (property) {
        problems.push(...checkSchema(item, property, root, join(path, key)))
      } else if (schema.additionalProperties === false) {
        problems.push({
          path: join(path, key),
          message: `unknown field (expected one of ${Object.keys(properties).join(', ')})`,
        })
      }
    }
    return problems
  }
  return []
}

function resolve(schema: JSONSchema, root: JSONSchema): JSONSchema {
  return schema.$ref ? (root.$defs?.[schema.$ref.replace('#/$defs/', '')] ?? schema) : schema
}
