/**
 * The JSON Schema of a `versus/1` file, built from the collections' own
 * select options so the two never drift (schema-check.ts checks a file
 * against it with Ajv). docs/import-format.schema.json is this object
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
  type: 'array',
  items: slug,
  description:
    'Earlier slugs, which redirect. Stored when the import creates the document; for one that exists, those not stored yet are added (never removed).',
}
const renameFrom: JSONSchema = {
  ...slug,
  description: 'Renames the document that has this slug now to `slug`; the old slug is kept as a redirect.',
}

/**
 * A record of a collection with versions: its fields, status and timestamps,
 * and (in a history export) every stored version and the live version.
 */
function versionedRecord(
  fields: Record<string, JSONSchema>,
  required: string[],
  importOnly: Record<string, JSONSchema> = {},
): JSONSchema {
  return object(
    {
      ...fields,
      ...importOnly,
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
      'Records refer to each other by slug (comparisons by their two standard slugs). An import merges: a key left out keeps the stored value (with --replace it is emptied). See docs/import-format.md.',
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
          { renameFrom },
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
          { renameFrom },
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
