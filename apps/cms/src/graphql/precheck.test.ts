import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { maxDepthRule } from './maxDepthRule'
import { GRAPHQL_MAX_BODY_BYTES, GRAPHQL_MAX_ROOT_FIELDS, graphqlRefusal } from './precheck'

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
    expect(graphqlRefusal(body(`{ Standards { totalDocs } } #${'x'.repeat(GRAPHQL_MAX_BODY_BYTES)}`))?.status).toBe(413)
  })

  it('refuses a fragment bomb in a few steps, and a fragment cycle', () => {
    // Expanding 30 doubling levels would never end: the test's own timeout catches a regression.
    expect(graphqlRefusal(body(fragmentBomb(30)))?.message).toMatch(/fields once its fragments are expanded/)
    expect(graphqlRefusal(body('fragment A on S { ...B } fragment B on S { ...A } { Standards { docs { ...A } } }'))?.message).toBe(
      'Fragment "A" spreads itself.',
    )
  })

  it('refuses too many top-level fields, aliases counted', () => {
    const aliases = Array.from({ length: GRAPHQL_MAX_ROOT_FIELDS + 1 }, (_, i) => `a${i}: Standards { totalDocs }`).join(' ')
    expect(graphqlRefusal(body(`{ ${aliases} }`))?.message).toMatch(/at most 20 top-level fields/)
  })
})

describe('maxDepthRule', () => {
  const schema = buildSchema('type S { name: String, next: S } type Query { s: S }')
  const errors = (query: string) => validate(schema, parse(query), [maxDepthRule(4)]).map((e) => e.message)

  it('counts nested fields through fragments', () => {
    expect(errors('{ s { next { next { name } } } }')).toEqual([])
    expect(errors('{ s { next { next { next { name } } } } }')).toEqual(['The query nests fields more than 4 levels deep.'])
    expect(errors('{ s { ...N } } fragment N on S { next { next { next { name } } } }')).toEqual([
      'The query nests fields more than 4 levels deep.',
    ])
  })
})
