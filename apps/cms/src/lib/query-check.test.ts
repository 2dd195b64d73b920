import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { QUERY_LIMITS, isDocumentId, pagingProblem } from './query-check'
import { whereProblem, whereSchema } from './query-schema'


const categories = [{ name: 'name', type: 'text' }] as FlattenedField[]
const fields = [
  { name: 'slug', type: 'text' },
  { name: 'editionYear', type: 'number' },
  { name: 'publishedAt', type: 'date' },
  { name: 'featured', type: 'checkbox' },
  { name: 'category', type: 'relationship', relationTo: 'categories' },
  {
    name: 'aspectValues',
    type: 'array',
    flattenedFields: [
      { name: 'id', type: 'text' },
      { name: 'aspect', type: 'relationship', relationTo: 'aspects' },
    ],
  },
] as FlattenedField[]
const sqlite = { fields, fieldsOf: (slug: string) => (slug === 'categories' ? categories : undefined), idType: 'number' as const }
const mongo = { ...sqlite, idType: 'text' as const }

describe('isDocumentId', () => {
  it('takes whole numbers on SQLite and ObjectIds on MongoDB, nothing else', () => {
    expect(['1', '42', 7, '-1'].map((id) => isDocumentId(id, 'number'))).toEqual([true, true, true, true])
    expect(['not-an-id', '1.5', '1e3', '0x10', '', ' 1', NaN, 1.5, '507f1f77bcf86cd799439011'].map((id) => isDocumentId(id, 'number'))).toEqual(
      Array(9).fill(false),
    )
    expect(isDocumentId('507f1f77bcf86cd799439011', 'text')).toBe(true)
    expect(['42', 'not-an-id', '507f1f77bcf86cd79943901z', 42].map((id) => isDocumentId(id, 'text'))).toEqual([false, false, false, false])
  })
})

describe('whereProblem', () => {
  it('passes the queries the site and the admin send', () => {
    expect(whereProblem({ slug: { equals: 'gdpr' } }, sqlite)).toBeNull()
    expect(whereProblem({ and: [{ slug: { equals: 'x' } }, { id: { not_equals: 3 } }] }, sqlite)).toBeNull()
    expect(whereProblem({ or: [{ slug: { like: 'gd' } }, { id: { like: 'gd' } }] }, sqlite)).toBeNull()
    expect(whereProblem({ id: { in: '1,2,3' } }, sqlite)).toBeNull()
    expect(whereProblem({ editionYear: { greater_than: '2020' }, publishedAt: { less_than: '2024-01-01' } }, sqlite)).toBeNull()
    expect(whereProblem({ 'category.name': { equals: 'Privacy' } }, sqlite)).toBeNull()
    expect(whereProblem({ parent: { equals: 5 }, 'version.slug': { equals: 'x' } }, sqlite)).toBeNull()
    expect(whereProblem({ category: { equals: null }, slug: { exists: 'false' } }, sqlite)).toBeNull()
    expect(whereProblem({ nope: { equals: 'x' } }, sqlite)).toBeNull() // an unknown path: left to Payload
  })

  it('names the condition whose value cannot be of its field’s type', () => {
    expect(whereProblem({ id: { equals: 'abc' } }, sqlite)).toBe('where[id][equals]: "abc" is not a document id.')
    expect(whereProblem({ id: { equals: '12' } }, mongo)).toBe('where[id][equals]: "12" is not a document id.')
    expect(whereProblem({ id: { in: ['1', 'x'] } }, sqlite)).toBe('where[id][in]: "x" is not a document id.')
    expect(whereProblem({ category: { equals: 'abc' } }, sqlite)).toBe('where[category][equals]: "abc" is not a document id.')
    expect(whereProblem({ 'aspectValues.aspect': { equals: 'x' } }, sqlite)).toBe('where[aspectValues.aspect][equals]: "x" is not a document id.')
    expect(whereProblem({ parent: { in: 'a,b' } }, sqlite)).toBe('where[parent][in]: "a,b" is not a document id.')
    expect(whereProblem({ editionYear: { equals: 'abc' } }, sqlite)).toBe('where[editionYear][equals]: "abc" is not a number.')
    expect(whereProblem({ publishedAt: { greater_than: 'yesterday' } }, sqlite)).toBe('where[publishedAt][greater_than]: "yesterday" is not a date.')
    expect(whereProblem({ featured: { equals: 'maybe' } }, sqlite)).toBe('where[featured][equals]: "maybe" is not true or false.')
    expect(whereProblem({ slug: { exists: 'maybe' } }, sqlite)).toBe('where[slug][exists] must be true or false.')
    expect(whereProblem({ slug: { near: '1,2' } }, sqlite)).toMatch(/^where\[slug\]\[near\]: this field takes only equals, .*like, not_like\.$/)
    expect(whereProblem({ slug: { equals: { $ne: 1 } } }, sqlite)).toBe('where[slug][equals]: {"$ne":1} must be a single value.')
    // Operators the field does not take (Payload's list, by field type): the database failed with a 500.
    expect(whereProblem({ slug: { foo: 'x' } }, sqlite)).toMatch(/^where\[slug\]\[foo\]: this field takes only equals, /)
    expect(whereProblem({ slug: { all: ['a'] } }, sqlite)).toMatch(/^where\[slug\]\[all\]: this field takes only/)
    expect(whereProblem({ editionYear: { like: '20' } }, sqlite)).toMatch(/^where\[editionYear\]\[like\]: this field takes only/)
  })

  it('bounds nesting, conditions and lists', () => {
    let deep: Record<string, unknown> = { slug: { equals: 'x' } }
    for (let i = 0; i <= QUERY_LIMITS.maxWhereNesting; i++) deep = { or: [deep] }
    expect(whereProblem(deep, sqlite)).toBe(`The where query nests and/or more than ${QUERY_LIMITS.maxWhereNesting} levels deep.`)
    const wide = { or: Array.from({ length: QUERY_LIMITS.maxWhereConditions + 1 }, (_, i) => ({ slug: { equals: `s${i}` } })) }
    expect(whereProblem(wide, sqlite)).toBe(`The where query has more than ${QUERY_LIMITS.maxWhereConditions} conditions.`)
    const list = Array.from({ length: QUERY_LIMITS.maxListValues + 1 }, (_, i) => i + 1)
    expect(whereProblem({ id: { in: list } }, sqlite)).toBe(`where[id][in] lists ${list.length} values; at most ${QUERY_LIMITS.maxListValues} are allowed.`)
    // The same list as a comma-separated string, as a query string sends it; and text lists.
    expect(whereProblem({ id: { in: list.join(',') } }, sqlite)).toBe(`where[id][in] lists ${list.length} values; at most ${QUERY_LIMITS.maxListValues} are allowed.`)
    expect(whereProblem({ slug: { not_in: list.map((n) => `s${n}`).join(',') } }, sqlite)).toBe(
      `where[slug][not_in] lists ${list.length} values; at most ${QUERY_LIMITS.maxListValues} are allowed.`,
    )
    expect(whereProblem({ id: { in: list.slice(1).join(',') } }, sqlite)).toBeNull()
  })

  it('describes each kind of field once, however many paths have it (the schema compiles in a moment)', () => {
    const schema = whereSchema(sqlite) as { definitions: Record<string, { properties?: Record<string, unknown> }> }
    const paths = schema.definitions.conditions!.properties!
    // Own fields, one hop across the relationship, version paths: many paths…
    expect(Object.keys(paths).length).toBeGreaterThan(20)
    for (const [path, condition] of Object.entries(paths)) expect(condition, path).toEqual({ $ref: expect.stringMatching(/^#\/definitions\/[a-z]+(-many)?$/) })
    // …and one condition per kind: id, number, date, checkbox, text, other.
    const kinds = Object.keys(schema.definitions).filter((name) => name !== 'conditions' && !name.startsWith('level'))
    expect(kinds.sort()).toEqual(['checkbox', 'date', 'id', 'number', 'other', 'text'])
    expect(whereProblem({ slug: { in: { a: 1 } } }, sqlite)).toBe('where[slug][in] must be a list of values.')
  })

  it('keeps control characters out of its messages', () => {
    expect(whereProblem({ id: { equals: 'a\u0000b' } }, sqlite)).toBe('where[id][equals]: "a?b" is not a document id.')
  })
})

describe('pagingProblem', () => {
  it('takes whole numbers in range and refuses the rest', () => {
    expect(pagingProblem({ depth: 0, limit: 0, page: 1 })).toBeNull()
    expect(pagingProblem({ depth: QUERY_LIMITS.maxDepth, limit: 1e9 })).toBeNull()
    expect(pagingProblem({ depth: QUERY_LIMITS.maxDepth + 1 })).toBe(`depth must be a whole number from 0 to ${QUERY_LIMITS.maxDepth}.`)
    expect(pagingProblem({ depth: 'abc' })).toMatch(/^depth/)
    expect(pagingProblem({ limit: -1 })).toMatch(/^limit/)
    expect(pagingProblem({ limit: ['abc', '1'] })).toMatch(/^limit/)
    expect(pagingProblem({ page: 0 })).toBe('page must be a whole number, 1 or more.')
  })
})

describe('whereSchema', () => {
  it('grows with the kinds of fields, not with their number: every path refers to its kind’s conditions', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ name: `field${i}`, type: i % 2 ? 'text' : 'number' })) as FlattenedField[]
    const schema = whereSchema({ fields: many, fieldsOf: () => undefined, idType: 'number' }) as {
      definitions: Record<string, { properties?: Record<string, { $ref?: string }> }>
    }
    const paths = Object.values(schema.definitions.conditions?.properties ?? {})
    expect(paths.length).toBeGreaterThan(400)
    expect(paths.every((path) => typeof path.$ref === 'string')).toBe(true)
    // text, number, id (the document's own id), checkbox (version flags), the conditions and the nesting levels
    expect(Object.keys(schema.definitions).length).toBeLessThan(20)
    expect(whereProblem({ field1: { like: 'x' }, field2: { greater_than: 3 } }, { fields: many, fieldsOf: () => undefined, idType: 'number' })).toBeNull()
    expect(whereProblem({ field2: { in: true } }, { fields: many, fieldsOf: () => undefined, idType: 'number' })).toBe(
      'where[field2][in]: true is not a number.',
    )
  })
})
