import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS, armorRules, blockFieldSuggestionsRule } from './armor'
import { graphqlRefusal } from './precheck'

const body = (query: string) => JSON.stringify({ query })

function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Standard { shortName }` : `fragment F${i} on Standard { ...F${i + 1} a: shortName ...F${i + 1} }`,
  )
  return `{ Standards { docs { ...F0 } } } ${fragments.join(' ')}`
}

describe('graphqlRefusal', () => {
  it('lets ordinary queries and syntax errors through to Payload', () => {
    expect(graphqlRefusal(body('{ Standards(limit: 5) { docs { shortName related { standard { shortName } } } } }'))).toBeNull()
    expect(graphqlRefusal(body('{'))).toBeNull()
    expect(graphqlRefusal('{"query": 5}')).toBeNull()
  })

  it('refuses bodies that are not JSON or too large', () => {
    expect(graphqlRefusal('not json')?.status).toBe(400)
    expect(graphqlRefusal(body(`{ Standards { totalDocs } } #${'x'.repeat(GRAPHQL_LIMITS.maxBodyBytes)}`))?.status).toBe(413)
  })

  it('refuses a fragment bomb in a few steps, and a fragment cycle', () => {
    // Expanding 30 doubling levels would never end: the test's own timeout catches a regression.
    expect(graphqlRefusal(body(fragmentBomb(30)))?.message).toMatch(/limit of \d+ exceeded/)
    expect(graphqlRefusal(body('fragment A on S { ...B } fragment B on S { ...A } { Standards { docs { ...A } } }'))?.message).toMatch(
      /Cannot spread fragment "A" within itself/,
    )
  })

  it('refuses too many aliases (20 copies of a whole list were 823 KB), tokens, directives and depth', () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: Standards(limit: 0) { totalDocs }`).join(' ')
    expect(graphqlRefusal(body(`{ ${aliases} }`))).toMatchObject({ status: 400, message: expect.stringMatching(/Aliases limit of 10 exceeded/) })
    expect(graphqlRefusal(body(`{ Standards { totalDocs ${'a: totalDocs '.repeat(3000)} } }`))?.message).toMatch(/Token limit/)
    expect(graphqlRefusal(body(`{ Standards { totalDocs ${'@skip(if: false) '.repeat(21)} } }`))?.message).toMatch(/Directives limit/)
    const deep = `{ Standards { docs { ${'related { standard { '.repeat(4)} id ${'} } '.repeat(4)} } } }`
    expect(graphqlRefusal(body(deep))?.message).toMatch(/depth limit of 8 exceeded/)
  })
})

describe('the rules in Payload', () => {
  const schema = buildSchema('type S { name: String, email: String, next: S } type Query { s: S }')
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, ...armorRules(), blockFieldSuggestionsRule]).map((e) => e.message)

  it('counts nested fields through fragments', () => {
    expect(errors('{ s { next { next { name } } } }')).toEqual([])
    expect(errors(`{ s { ...N } } fragment N on S { ${'next { '.repeat(8)} name ${'} '.repeat(8)} }`)[0]).toMatch(/depth limit of 8 exceeded/)
  })

  it('never suggests field names', () => {
    const [message] = errors('{ s { emial } }')
    expect(message).toMatch(/Cannot query field "emial"/)
    expect(message).not.toMatch(/Did you mean/)
  })
})
