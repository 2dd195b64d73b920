import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { buildImportFormatSchema, checkSchema } from './schema'
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
