import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import { GraphQLObjectType, GraphQLSchema, GraphQLString, NoFragmentCyclesRule, validate } from 'graphql'
import type { DocumentNode } from 'graphql'

import { GRAPHQL_LIMITS, armorRules } from './armor'

export interface GraphqlRefusal {
  status: number
  message: string
}

/** Armor's rules look only at the document (fragments, aliases, depth): any valid schema will do. */
const shapeOnly = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { _: { type: GraphQLString } } }) })

/**
 * Why a GraphQL request must not reach Payload, or null: a body over the size limit, one that is not
 * JSON, and a query over GraphQL Armor's limits (tokens, depth, aliases, directives, cost), checked
 * here because Payload's own complexity rule expands fragments without remembering them (a fragment
 * bomb held the CMS at full CPU for minutes), recurses forever on a fragment cycle (graphql-js's
 * NoFragmentCyclesRule, also run here) and runs before any rule of ours. Syntax errors are
 * left to Payload, which answers in GraphQL's own format.
 */
export function graphqlRefusal(body: string): GraphqlRefusal | null {
  if (Buffer.byteLength(body) > GRAPHQL_LIMITS.maxBodyBytes) {
    return { status: 413, message: `A GraphQL request may be at most ${GRAPHQL_LIMITS.maxBodyBytes / 1000} KB.` }
  }
  let request: unknown
  try {
    request = JSON.parse(body)
  } catch {
    return { status: 400, message: 'The GraphQL request is not JSON: send {"query": "…", "variables": {…}}.' }
  }
  const query = typeof request === 'object' && request !== null ? (request as { query?: unknown }).query : undefined
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = new MaxTokensParserWLexer(query, { n: GRAPHQL_LIMITS.maxTokens, exposeLimits: true }).parseDocument()
  } catch (error) {
    if (error instanceof Error && /Token limit/.test(error.message)) return { status: 400, message: error.message }
    return null
  }
  const [problem] = validate(shapeOnly, document, [NoFragmentCyclesRule, ...armorRules()])
  return problem ? { status: 400, message: problem.message } : null
}
