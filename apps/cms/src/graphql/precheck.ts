import { GraphQLError, Kind, parse } from 'graphql'
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

// GraphQL limits (docs/api.md, "Limits"). Depth and complexity are Payload validation rules
// (config.ts); the rest is checked here, before Payload sees the request.
/** Fields nested in one operation. */
export const GRAPHQL_MAX_DEPTH = 8
/** Payload's cost bound: a relationship costs 10, any other field 1. */
export const GRAPHQL_MAX_COMPLEXITY = 1000
/** Top-level fields (collection queries, aliases included) in one request. */
export const GRAPHQL_MAX_ROOT_FIELDS = 20
/** Bytes in one GraphQL request body. */
export const GRAPHQL_MAX_BODY_BYTES = 100_000
/** Lexical tokens in one query (graphql-js stops parsing past it). */
export const GRAPHQL_MAX_TOKENS = 20_000
/** Fields one query selects once every fragment spread is expanded in place. */
export const GRAPHQL_MAX_EXPANDED_FIELDS = 2_000

export interface GraphqlRefusal {
  status: number
  message: string
}

/**
 * Fields a selection set selects with fragments expanded, each fragment counted once and
 * remembered, so a fragment that spreads the next one twice, thirty times over (2^30 fields),
 * costs thirty steps here. A fragment that reaches itself is reported as a cycle.
 */
function expandedFieldCount(document: DocumentNode): { count: number; roots: number } | { cycle: string } {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const counted = new Map<string, number>()
  const visiting = new Set<string>()
  let cycle: string | null = null

  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += 1 + (selection.selectionSet ? count(selection.selectionSet) : 0)
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet)
      else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment) continue
        if (visiting.has(name)) {
          cycle ??= name
          continue
        }
        if (!counted.has(name)) {
          visiting.add(name)
          counted.set(name, count(fragment.selectionSet))
          visiting.delete(name)
        }
        total += counted.get(name) ?? 0
      }
    }
    return total
  }

  let total = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += count(definition.selectionSet)
  }
  if (cycle) return { cycle }
  if (total > GRAPHQL_MAX_EXPANDED_FIELDS) return { count: total, roots: 0 }

  // Top-level fields of each operation, through fragments spread at the top level; walked without
  // memory, which the bound on expanded fields above keeps cheap.
  const roots = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + 1
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + roots(selection.selectionSet)
      const fragment = fragments.get(selection.name.value)
      return fragment ? sum + roots(fragment.selectionSet) : sum
    }, 0)
  let rootFields = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) rootFields = Math.max(rootFields, roots(definition.selectionSet))
  }
  return { count: total, roots: rootFields }
}

/**
 * Why a GraphQL request must not reach Payload, or null. These are the requests that cost before
 * any validation rule can refuse them: Payload's complexity rule expands fragments without
 * remembering them (a fragment bomb held the CMS at full CPU for minutes), recurses forever on a
 * fragment cycle, and a huge body is parsed whole. Everything else (syntax errors included) is
 * left to Payload, which answers in GraphQL's own format.
 */
export function graphqlRefusal(body: string): GraphqlRefusal | null {
  if (Buffer.byteLength(body) > GRAPHQL_MAX_BODY_BYTES) {
    return { status: 413, message: `A GraphQL request may be at most ${GRAPHQL_MAX_BODY_BYTES / 1000} KB.` }
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
    document = parse(query, { maxTokens: GRAPHQL_MAX_TOKENS })
  } catch (error) {
    if (error instanceof GraphQLError && /tokens\. Parsing aborted/.test(error.message)) {
      return { status: 400, message: `A GraphQL query may have at most ${GRAPHQL_MAX_TOKENS.toLocaleString('en')} tokens.` }
    }
    return null
  }
  const expanded = expandedFieldCount(document)
  if ('cycle' in expanded) return { status: 400, message: `Fragment "${expanded.cycle}" spreads itself.` }
  if (expanded.roots > GRAPHQL_MAX_ROOT_FIELDS) {
    return { status: 400, message: `An operation may ask for at most ${GRAPHQL_MAX_ROOT_FIELDS} top-level fields (it asks for ${expanded.roots}).` }
  }
  if (expanded.count > GRAPHQL_MAX_EXPANDED_FIELDS) {
    return {
      status: 400,
      message: `The query selects ${expanded.count.toLocaleString('en')} fields once its fragments are expanded; at most ${GRAPHQL_MAX_EXPANDED_FIELDS.toLocaleString('en')} are allowed.`,
    }
  }
  return null
}
