import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { buildImportFormatSchema } from './schema'
import { checkSchema } from './schema-check'
import { schemaFile, schemaText } from './write-schema'

describe('import format schema', () => {
  it('is what docs/import-format.schema.json holds (regenerate: npm run import-format:schema -w @versus/cms)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(schemaText())
  })

  it('takes rich text as Lexical JSON or shorthand blocks, and says which part of a block is wrong', () => {
    const schema = buildImportFormatSchema()
    const article = (body: unknown) => ({ format: 'versus/1', articles: [{ slug: 'a', body }] })
    expect(checkSchema(article(['A paragraph.', { list: ['one', 'two'], ordered: true }]), schema)).toEqual([])
    expect(checkSchema(article({ root: { type: 'root', children: [] } }), schema)).toEqual([])
    expect(checkSchema(article(['ok', { list: 'one' }]), schema)).toEqual([
      { path: 'articles[0].body[1].list', message: 'must be an array (got "one")' },
    ])
    expect(checkSchema(article(42), schema)).toEqual([
      {
        path: 'articles[0].body',
        message:
          'must be Lexical JSON ({ "root": … }) or a list of blocks (strings, or { "list": [...], "ordered": true }) (got number 42)',
      },
    ])
  })
})

describe('checking a file with Ajv', () => {
  it('lists every problem of every record in one pass, each with its path and reason', () => {
    const schema = buildImportFormatSchema()
    const problems = checkSchema(
      {
        format: 'versus/1',
        extra: true,
        categories: [{ name: 'No slug' }, { slug: 'Bad Slug' }],
        standards: [{ slug: 'a', editionYear: '2019', complexity: 'extreme', keyFeatures: 'one' }],
        comparisons: [{ standards: ['a'] }],
        articles: [{ slug: 'b', renameFrom: 'c', previousSlugs: ['Not a slug'] }],
      },
      schema,
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'extra', message: expect.stringMatching(/^unknown field \(expected one of format, categories/) as unknown as string },
        { path: 'categories[0].slug', message: 'is required' },
        { path: 'categories[1].slug', message: 'must be lowercase letters and digits separated by single hyphens (got "Bad Slug")' },
        { path: 'standards[0].editionYear', message: 'must be a number (got "2019")' },
        { path: 'standards[0].complexity', message: 'must be one of "low", "medium", "high" (got "extreme")' },
        { path: 'standards[0].keyFeatures', message: 'must be an array (got "one")' },
        { path: 'comparisons[0].standards', message: 'must have exactly 2 items (got 1)' },
        {
          path: 'articles[0].previousSlugs[0]',
          message: 'must be lowercase letters and digits separated by single hyphens (got "Not a slug")',
        },
      ]),
    )
    expect(problems).toHaveLength(8)
  })
})
