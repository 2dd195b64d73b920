import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../config'
import { DEFAULT_MAX_TEXT_LENGTH, MAX_RICH_TEXT_CHARS, MAX_ROWS, checkWrite, writeSchema } from './write-schema'

// The collection's fields as Payload sanitizes them (arrays carry their rows' `id`); the rich-text
// field needs an editor object for Payload's schema builder, whose part write-schema replaces.
const fields = [
  { name: 'shortName', type: 'text', maxLength: 40 },
  { name: 'notes', type: 'textarea' },
  { name: 'body', type: 'richText', editor: {} },
  {
    name: 'faq',
    type: 'array',
    maxRows: 30,
    flattenedFields: [
      { name: 'id', type: 'text' },
      { name: 'answer', type: 'textarea', maxLength: 10 },
    ],
  },
  { name: 'months', type: 'group', flattenedFields: [{ name: 'note', type: 'text', maxLength: 5 }] },
  { name: 'year', type: 'number' },
  { name: 'published', type: 'date' },
  { name: 'category', type: 'relationship', relationTo: 'categories' },
  { name: 'standards', type: 'relationship', relationTo: 'standards', hasMany: true },
  { name: 'complexity', type: 'select', options: [{ label: 'Low', value: 'low' }, { label: 'High', value: 'high' }] },
  { name: '_status', type: 'select', options: [{ label: 'Draft', value: 'draft' }, { label: 'Published', value: 'published' }] },
  { name: 'source', type: 'text', custom: { link: 'web' } },
  { name: 'footer', type: 'text', custom: { link: 'site' } },
  { name: 'tags', type: 'json' },
] as unknown as FlattenedField[]
const things = { slug: 'things', flattenedFields: fields } as unknown as SanitizedCollectionConfig

/** A draft's save, which Payload does not validate: every rule is checked here. */
const draft = { fieldRules: true }
/** A publish: Payload's own field validation checks lengths, links and options. */
const publish = { fieldRules: false }

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

let config: SanitizedConfig
beforeAll(async () => {
  config = await createConfig({ databaseURI: 'file::memory:' })
})

const check = (data: Record<string, unknown>, options = draft) => checkWrite(data, config, things, 'number', options)

describe('the write schema', () => {
  it('is Payload’s JSON Schema of the fields, loosened for partial writes, with our limits', () => {
    const schema = writeSchema(config, things, 'number', draft) as { properties: Record<string, Record<string, unknown>> }
    expect(schema).not.toHaveProperty('required')
    expect(schema.properties.shortName).toMatchObject({ type: ['string', 'null'], maxLength: 40 })
    expect(schema.properties.notes).toMatchObject({ maxLength: DEFAULT_MAX_TEXT_LENGTH })
    expect(schema.properties.faq).toMatchObject({ maxItems: MAX_ROWS, items: { type: 'object', properties: { answer: { maxLength: 10 } } } })
    expect(schema.properties.faq!.items).not.toHaveProperty('additionalProperties')
    expect(schema.properties.complexity).toMatchObject({ enum: ['low', 'high', null] })
    expect(schema.properties.tags).toMatchObject({ 'x-max-json-length': MAX_RICH_TEXT_CHARS })
    // On a publish the field rules are Payload's: only the shape, the size caps and `_status` stay.
    const published = writeSchema(config, things, 'number', publish) as typeof schema
    expect(published.properties.shortName).not.toHaveProperty('maxLength')
    expect(published.properties.complexity).not.toHaveProperty('enum')
    expect(published.properties._status).toMatchObject({ enum: ['draft', 'published', null] })
    expect(published.properties.faq).toMatchObject({ maxItems: MAX_ROWS })
  })
})

describe('checkWrite', () => {
  it('strips NUL and other control characters, keeping tabs and line breaks, rich text included', () => {
    const data: Record<string, unknown> = { shortName: 'ISO\u0000 27001\u0007', notes: 'a\tb\nc\r\u001b', body: paragraph('x\u0000y'), faq: [{ answer: 'q\u0000' }] }
    expect(check(data).problems).toEqual([])
    expect(data).toMatchObject({ shortName: 'ISO 27001', notes: 'a\tb\nc\r', body: paragraph('xy'), faq: [{ answer: 'q' }] })
  })

  it('refuses text over its field’s maxLength, or the default, nested fields too, on drafts', () => {
    expect(check({ shortName: 'x'.repeat(41) }).problems).toEqual([{ path: 'shortName', message: 'At most 40 characters (now 41).' }])
    expect(check({ notes: 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1) }).problems).toEqual([
      { path: 'notes', message: `At most ${DEFAULT_MAX_TEXT_LENGTH.toLocaleString('en')} characters (now ${(DEFAULT_MAX_TEXT_LENGTH + 1).toLocaleString('en')}).` },
    ])
    expect(check({ faq: [{ answer: 'short' }, { answer: 'far too long' }], months: { note: 'sixsix' } }).problems).toEqual([
      { path: 'faq.1.answer', message: 'At most 10 characters (now 12).' },
      { path: 'months.note', message: 'At most 5 characters (now 6).' },
    ])
  })

  it('leaves lengths to Payload on a publish, but not types', () => {
    expect(check({ shortName: 'x'.repeat(41) }, publish).problems).toEqual([])
    expect(check({ shortName: { $gt: '' }, body: 'plain' }, publish).problems.map((p) => p.path)).toEqual(['shortName', 'body'])
  })

  it('caps rows at MAX_ROWS whatever the save; the field’s own maxRows is Payload’s', () => {
    expect(check({ faq: Array.from({ length: 31 }, () => ({ answer: 'a' })) }).problems).toEqual([])
    expect(check({ faq: Array.from({ length: MAX_ROWS + 1 }, () => ({ answer: 'a' })) }, publish).problems).toEqual([
      { path: 'faq', message: `At most ${MAX_ROWS} rows (now ${MAX_ROWS + 1}).` },
    ])
  })

  it('caps rich text and JSON by their serialized size', () => {
    expect(check({ body: paragraph('x'.repeat(MAX_RICH_TEXT_CHARS)) }, publish).problems).toEqual([
      { path: 'body', message: `This text is too long: at most ${MAX_RICH_TEXT_CHARS.toLocaleString('en')} characters of content and formatting.` },
    ])
    expect(check({ tags: ['x'.repeat(MAX_RICH_TEXT_CHARS)] }, publish).problems.map((p) => p.path)).toEqual(['tags'])
  })

  it('refuses rich text that is not Lexical’s shape, or links a page would not render', () => {
    expect(check({ body: 'plain' }).problems[0]?.path).toBe('body')
    expect(check({ body: { root: { type: 'root', children: 'x' } } }).problems[0]?.message).toMatch(/"children" must be a list/)
    expect(check({ body: { root: { type: 'root', children: [{ type: 'link', fields: { url: 'javascript:x' } }] } } }, publish).problems[0]?.message).toMatch(
      /^A link in this text goes to "javascript:x"/,
    )
    expect(check({ body: null }).problems).toEqual([])
  })

  it('refuses values of the wrong type, so a draft cannot store an object in a text field', () => {
    expect(check({ shortName: { $gt: '' }, year: 'abc', category: {}, standards: 'gdpr', faq: 'x', months: 3, published: 'soon' }).problems).toEqual([
      { path: 'shortName', message: 'This field takes text.' },
      { path: 'faq', message: 'This field takes a list of rows.' },
      { path: 'months', message: 'This field takes a set of fields.' },
      { path: 'year', message: 'This field takes a number.' },
      { path: 'published', message: 'This field takes a date.' },
      { path: 'category', message: 'This field takes the id of a document.' },
      { path: 'standards', message: 'This field takes a list.' },
    ])
    expect(check({ faq: [1], standards: [{ name: 'x' }] }).problems).toEqual([
      { path: 'faq.0', message: 'Each row is a set of fields.' },
      { path: 'standards.0', message: 'This field takes the id of a document.' },
    ])
  })

  it('takes an empty array as the admin sends it, a row count of 0, and dates as strings or Dates', () => {
    expect(check({ faq: 0, published: '2024-05-01T00:00:00.000Z' }).problems).toEqual([])
    expect(check({ published: new Date() }).problems).toEqual([])
    expect(check({ faq: 3 }).problems).toEqual([{ path: 'faq', message: 'This field takes a list of rows.' }])
  })

  it('lists the documents relationships name, populated or not', () => {
    expect(check({ category: 3, standards: [1, { id: 2 }, '4'] }).references).toEqual([
      { path: 'category', collection: 'categories', id: 3 },
      { path: 'standards', collection: 'standards', id: 1 },
      { path: 'standards', collection: 'standards', id: 2 },
      { path: 'standards', collection: 'standards', id: '4' },
    ])
  })

  it('takes null for every field, required ones too: what is required is Payload’s validation’s to say', () => {
    const required = [
      { name: 'title', type: 'text', required: true },
      { name: 'year', type: 'number', required: true },
      { name: 'kind', type: 'select', required: true, options: [{ label: 'A', value: 'a' }] },
      { name: 'category', type: 'relationship', relationTo: 'categories', required: true },
      { name: 'rows', type: 'array', required: true, flattenedFields: [{ name: 'text', type: 'text', required: true }] },
      { name: 'months', type: 'group', flattenedFields: [{ name: 'min', type: 'number', required: true }] },
    ] as unknown as FlattenedField[]
    const strict = { slug: 'strict', flattenedFields: required } as unknown as SanitizedCollectionConfig
    const data = { title: null, year: null, kind: null, category: null, rows: [{ text: null }], months: { min: null } }
    expect(checkWrite(data, config, strict, 'number', draft).problems).toEqual([])
    expect(checkWrite({ title: 5, category: 'x' }, config, strict, 'number', draft).problems.map((p) => p.path)).toEqual(['title', 'category'])
  })

  it('looks only at the fields sent, and leaves unknown keys to Payload', () => {
    expect(check({})).toEqual({ problems: [], references: [] })
    expect(check({ id: 5, createdAt: 'x', somethingElse: { a: 1 } })).toEqual({ problems: [], references: [] })
  })

  it('checks the publication status whatever the save; other options only on drafts', () => {
    expect(check({ _status: 'bogus' }, publish).problems).toEqual([{ path: '_status', message: 'Pick one of: draft, published.' }])
    expect(check({ complexity: 'high', _status: null }).problems).toEqual([])
    expect(check({ complexity: '<script>' }).problems).toEqual([{ path: 'complexity', message: 'Pick one of: low, high.' }])
    expect(check({ complexity: '<script>' }, publish).problems).toEqual([])
  })

  it('checks link fields on drafts too', () => {
    expect(check({ source: 'https://example.org', footer: '/compare' }).problems).toEqual([])
    expect(check({ source: '', footer: '' }).problems).toEqual([])
    expect(check({ source: '/compare', footer: 'javascript:alert(1)' }).problems).toEqual([
      { path: 'source', message: 'Use a full web address starting with http:// or https://.' },
      { path: 'footer', message: expect.stringMatching(/./) as unknown as string },
    ])
  })
})
