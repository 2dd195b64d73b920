import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { DEFAULT_MAX_TEXT_LENGTH, MAX_RICH_TEXT_DEPTH, MAX_ROWS, cleanInput, richTextProblem } from './input-limits'

const fields = [
  { name: 'shortName', type: 'text', maxLength: 40 },
  { name: 'notes', type: 'textarea' },
  { name: 'body', type: 'richText' },
  {
    name: 'faq',
    type: 'array',
    maxRows: 30,
    flattenedFields: [{ name: 'answer', type: 'textarea', maxLength: 10 }],
  },
  { name: 'months', type: 'group', flattenedFields: [{ name: 'note', type: 'text', maxLength: 5 }] },
  { name: 'year', type: 'number' },
  { name: 'category', type: 'relationship', relationTo: 'categories' },
  { name: 'standards', type: 'relationship', relationTo: 'standards', hasMany: true },
] as FlattenedField[]

/** A draft's save, which Payload does not validate: every rule is checked here. */
const rules = { fieldRules: true }

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('cleanInput', () => {
  it('strips NUL and other control characters, keeping tabs and line breaks, rich text included', () => {
    const data: Record<string, unknown> = { shortName: 'ISO\u0000 27001\u0007', notes: 'a\tb\nc\r\u001b', body: paragraph('x\u0000y') }
    expect(cleanInput(data, fields, rules).problems).toEqual([])
    expect(data).toEqual({ shortName: 'ISO 27001', notes: 'a\tb\nc\r', body: paragraph('xy') })
  })

  it('keeps Unicode that is text: right-to-left marks, joiners, combining marks, emoji', () => {
    const text = 'a\u202eb\u200dc e\u0301\u0301 👩‍💻'
    const data: Record<string, unknown> = { notes: text }
    cleanInput(data, fields, rules)
    expect(data.notes).toBe(text)
  })

  it('refuses text over its field’s limit, or the default, with both numbers', () => {
    expect(cleanInput({ shortName: 'x'.repeat(41) }, fields, rules).problems).toEqual([{ path: 'shortName', message: 'At most 40 characters (now 41).' }])
    expect(cleanInput({ notes: 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1) }, fields, rules).problems).toEqual([
      { path: 'notes', message: `At most 10,000 characters (now 10,001).` },
    ])
    expect(cleanInput({ faq: [{ answer: 'short' }, { answer: 'far too long' }], months: { note: 'sixsix' } }, fields, rules).problems).toEqual([
      { path: 'faq.1.answer', message: 'At most 10 characters (now 12).' },
      { path: 'months.note', message: 'At most 5 characters (now 6).' },
    ])
  })

  it('leaves lengths, link fields and options to Payload when it validates (a publish)', () => {
    const publish = { fieldRules: false }
    expect(cleanInput({ shortName: 'x'.repeat(41) }, fields, publish).problems).toEqual([])
    expect(cleanInput({ shortName: { $gt: '' }, body: 'plain' }, fields, publish).problems.map((p) => p.path)).toEqual(['shortName', 'body'])
  })

  it('refuses absurd arrays, and leaves a field’s own row limit to publishing', () => {
    expect(cleanInput({ faq: Array.from({ length: 31 }, () => ({ answer: 'a' })) }, fields, rules).problems).toEqual([])
    expect(cleanInput({ faq: Array.from({ length: MAX_ROWS + 1 }, () => ({ answer: 'a' })) }, fields, rules).problems).toEqual([
      { path: 'faq', message: `At most ${MAX_ROWS} rows (now ${MAX_ROWS + 1}).` },
    ])
  })

  it('refuses rich text that is not Lexical’s shape', () => {
    expect(cleanInput({ body: 'plain' }, fields, rules).problems[0]?.path).toBe('body')
    expect(cleanInput({ body: { root: { type: 'root', children: 'x' } } }, fields, rules).problems[0]?.message).toMatch(/"children" must be a list/)
    expect(cleanInput({ body: null }, fields, rules).problems).toEqual([])
  })

  it('refuses values of the wrong type, so a draft cannot store an object in a text field', () => {
    expect(cleanInput({ shortName: { $gt: '' }, year: 'abc', category: {}, standards: 'gdpr', faq: 'x', months: 3 }, fields, rules).problems).toEqual([
      { path: 'shortName', message: 'This field takes text.' },
      { path: 'faq', message: 'This field takes a list of rows.' },
      { path: 'months', message: 'This field takes a set of fields.' },
      { path: 'year', message: 'This field takes a number.' },
      { path: 'category', message: 'This field takes the id of a document.' },
      { path: 'standards', message: 'This field takes a list.' },
    ])
  })

  it('takes an empty array as the admin sends it, a row count of 0', () => {
    expect(cleanInput({ faq: 0 }, fields, rules).problems).toEqual([])
  })

  it('lists the documents relationships name, populated or not', () => {
    expect(cleanInput({ category: 3, standards: [1, { id: 2 }] }, fields, rules).references).toEqual([
      { path: 'category', collection: 'categories', id: 3 },
      { path: 'standards', collection: 'standards', id: 1 },
      { path: 'standards', collection: 'standards', id: 2 },
    ])
  })

  it('looks only at the fields sent', () => {
    expect(cleanInput({}, fields, rules)).toEqual({ problems: [], references: [] })
  })
})

describe('richTextProblem', () => {
  it('bounds nesting', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' }
    for (let i = 0; i <= MAX_RICH_TEXT_DEPTH; i++) node = { type: 'quote', children: [node] }
    expect(richTextProblem({ root: { type: 'root', children: [node] } })).toBe(`This rich text nests more than ${MAX_RICH_TEXT_DEPTH} levels deep.`)
    expect(richTextProblem(paragraph('fine'))).toBeNull()
  })
})

describe('links in rich text', () => {
  const linked = (url: unknown, linkType = 'custom') => ({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url, linkType }, children: [{ type: 'text', text: 'x' }] }] }] },
  })

  it('takes site paths, anchors and http(s) or mailto addresses, and internal links', () => {
    for (const url of ['/standards/gdpr', '#faq', 'https://example.org/a?b=c', 'mailto:someone@example.org']) {
      expect(richTextProblem(linked(url)), url).toBeNull()
    }
    expect(richTextProblem(linked(undefined, 'internal'))).toBeNull()
  })

  it('refuses scripts, data, protocol-relative and unparseable addresses', () => {
    for (const url of ['javascript:window.__pwned=1', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', 'vbscript:x', 'https://exa mple.org', 42]) {
      expect(richTextProblem(linked(url)), String(url)).toMatch(/^A link in this text goes to /)
    }
  })
})

describe('choices', () => {
  const choices = [{ name: 'complexity', type: 'select', options: [{ label: 'Low', value: 'low' }, 'high'] }] as FlattenedField[]

  it('checks the publication status whatever the save', () => {
    const status = [{ name: '_status', type: 'select', options: ['draft', 'published'] }] as FlattenedField[]
    expect(cleanInput({ _status: 'bogus' }, status, { fieldRules: false }).problems).toEqual([{ path: '_status', message: 'Pick one of: draft, published.' }])
  })

  it('takes only the field’s options, drafts too', () => {
    expect(cleanInput({ complexity: 'high' }, choices, rules).problems).toEqual([])
    expect(cleanInput({ complexity: '<script>' }, choices, rules).problems).toEqual([{ path: 'complexity', message: 'Pick one of: low, high.' }])
  })
})

describe('link fields', () => {
  const linkFields = [
    { name: 'source', type: 'text', custom: { link: 'web' } },
    { name: 'footer', type: 'text', custom: { link: 'site' } },
  ] as FlattenedField[]

  it('checks addresses on drafts too', () => {
    expect(cleanInput({ source: 'https://example.org', footer: '/compare' }, linkFields, rules).problems).toEqual([])
    expect(cleanInput({ source: '/compare', footer: 'javascript:alert(1)' }, linkFields, rules).problems.map((p) => p.path)).toEqual(['source', 'footer'])
  })
})
