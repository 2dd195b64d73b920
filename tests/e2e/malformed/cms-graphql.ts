import { graphqlJson, type MalformedCase } from './types'

// GraphQL at /api/graphql, asked the GraphQL-over-HTTP way (`application/graphql-response+json`),
// under which a query that cannot run answers 4xx. Policy (docs/api.md): visitors read published
// content; introspection is off in production; depth and complexity are bounded.
const query = (name: string, body: string | (() => Buffer), extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name: `graphql ${name}`,
  app: 'cms',
  method: 'POST',
  path: '/api/graphql',
  headers: graphqlJson,
  body,
  expect: 'client-error',
  ...extra,
})

const q = (text: string, variables?: unknown) => JSON.stringify(variables === undefined ? { query: text } : { query: text, variables })

function nested(levels: number): string {
  let text = '{ Standards(limit: 100) { docs { '
  for (let i = 0; i < levels; i++) text += 'related { standard { '
  text += 'shortName'
  for (let i = 0; i < levels; i++) text += ' } }'
  return `${text} } } }`
}

const aliases = (count: number, field = 'Standards(limit: 100) { docs { shortName } }') =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

// Each fragment spreads the next one twice: 2^30 fields if expanded naively.
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Standard { shortName }` : `fragment F${i} on Standard { ...F${i + 1} a: shortName ...F${i + 1} }`,
  )
  return `{ Standards { docs { ...F0 } } } ${fragments.join(' ')}`
}

export const cmsGraphqlCases: MalformedCase[] = [
  query('syntax error', q('{')),
  query('empty query', q('')),
  query('no query at all', '{}'),
  query('a number for the query', '{"query":5}'),
  query('a body that is not JSON', 'not json'),
  query('an empty body', ''),
  query('a batch of two', `[${q('{ Standards { totalDocs } }')},${q('{ Standards { totalDocs } }')}]`),
  query('an unknown field', q('{ Nope { id } }')),
  query('an unknown argument', q('{ Standards(nope: 1) { totalDocs } }')),
  query('a variable of the wrong type', q('query($l: Int) { Standards(limit: $l) { totalDocs } }', { l: 'abc' })),
  query('variables that are a string', JSON.stringify({ query: '{ Standards { totalDocs } }', variables: 'x' })),
  query('a missing operation name', JSON.stringify({ query: 'query A { Standards { totalDocs } } query B { Standards { totalDocs } }' })),
  query('a word for an id', q('{ Standard(id: "abc") { id } }'), { expect: 'graphql-errors' }),
  query('a word for an id in where', q('{ Standards(where: { id: { equals: "abc" } }) { totalDocs } }'), {
    expect: 'graphql-errors',
  }),
  query('a word for a relationship in where', q('{ Standards(where: { category: { equals: "abc" } }) { totalDocs } }'), {
    expect: 'graphql-errors',
  }),
  query('a negative limit', q('{ Standards(limit: -5) { totalDocs } }'), { expect: 'graphql-errors' }),
  query('page zero', q('{ Standards(page: 0) { totalDocs } }'), { expect: 'graphql-errors' }),
  query('introspection of the schema', q('{ __schema { types { name } } }')),
  query('introspection of a type', q('{ __type(name: "Standard") { fields { name } } }')),
  query('relationships nested 15 levels', q(nested(15))),
  query('relationships nested 4 levels', q(nested(4))),
  query('relationships nested 2 levels (allowed)', q(nested(2)), { expect: 'ok' }),
  query('2,000 aliases', q(aliases(2000))),
  query('500 aliases of a count', q(aliases(500, 'Standards(limit: 0) { totalDocs }'))),
  query('a fragment cycle', q('fragment A on Standard { ...B } fragment B on Standard { ...A } { Standards { docs { ...A } } }')),
  query('a fragment bomb', q(fragmentBomb(30))),
  query('1,000 repeated directives', q(`{ Standards { totalDocs ${'@include(if: true) '.repeat(1000)}} }`)),
  query('a 1 MB query', () => Buffer.from(q(`{ Standards { totalDocs } } ${'#'.repeat(1024 * 1024)}`))),
  query('a 1 MB string argument', () => Buffer.from(q(`{ Standards(where: { slug: { equals: "${'x'.repeat(1024 * 1024)}" } }) { totalDocs } }`))),
  query('a mutation by a visitor', q('mutation { createStandard(data: { shortName: "x" }) { id } }')),
  query('a delete by a visitor', q('mutation { deleteStandard(id: 1) { id } }'), { expect: 'graphql-errors' }),
  query('users by a visitor', q('{ Users { docs { email } } }'), { expect: 'graphql-errors', absent: ['@example.com'] }),
  query('login with wrong types', q('mutation { loginUser(email: 1, password: 2) { token } }')),
  query('a GET request', '', { method: 'GET', body: undefined }),
  // Issue 14.
  query('all on a single-value field', q('{ Standards(where: { shortName: { all: ["a"] } }) { totalDocs } }'), { expect: 'graphql-errors' }),
  query('the admin-access flag asked for by a visitor', q('{ Access { canAccessAdmin } }'), { expect: 'ok' }),
  query('a misspelled field (no suggestions)', q('{ Users { docs { emial } } }'), { absent: ['Did you mean'] }),
  query('20 aliases of a whole list', q(aliases(20, 'Standards(limit: 0) { totalDocs }'))),
  query('limit 101 by a visitor', q('{ Standards(limit: 101) { totalDocs } }'), { expect: 'graphql-errors' }),
]
