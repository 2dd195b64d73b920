import { createRequire } from 'node:module'

import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions'
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import type * as GraphQL from 'graphql'
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql'

/**
 * GraphQL limits (docs/api.md, "Limits"), enforced by GraphQL Armor's rules. They run twice: in
 * the proxy before Payload sees the request (graphql/precheck.ts: Payload's own complexity rule
 * expands fragments without remembering them, so a fragment bomb must be refused before it), and as
 * Payload validation rules (config.ts) for every caller the proxy does not see.
 */
export const GRAPHQL_LIMITS = {
  /** Fields nested in one operation. */
  maxDepth: 8,
  /** Aliases in one operation: each alias of `Standards` is a whole second list. */
  maxAliases: 10,
  /** Directives in one operation (@include/@skip). */
  maxDirectives: 20,
  /** Armor's cost: objects 2, scalars 1, ×1.5 per level of nesting. */
  maxCost: 5000,
  /** Lexical tokens in one query. */
  maxTokens: 5000,
  /** Bytes in one GraphQL request body. */
  maxBodyBytes: 100_000,
} as const

/** Armor rules report through the validation context (not by throwing, which graphql-http answers 500). */
const report = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
}

/** Armor's rules with our limits. */
export function armorRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, ...report }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.maxDirectives, ...report }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, ...report }),
  ] as unknown as ValidationRule[]
}

/**
 * Armor's own masking of "Did you mean …?" (its envelop plugin's validation hook), applied to one
 * message. The plugin recognises errors with `instanceof` against the CommonJS copy of graphql it
 * requires, so the message travels in an error of that copy.
 */
const maskSuggestions = (() => {
  const { GraphQLError: CommonJsGraphQLError } = createRequire(import.meta.url)('graphql') as typeof GraphQL
  const onValidateEnd = blockFieldSuggestionsPlugin({ mask: '' }).onValidate?.({} as never) as
    | ((end: { valid: boolean; result: readonly GraphQLError[]; setResult: (errors: GraphQLError[]) => void }) => void)
    | undefined
  return (error: GraphQLError): GraphQLError => {
    let message = error.message
    onValidateEnd?.({ valid: false, result: [new CommonJsGraphQLError(message)], setResult: ([first]) => (message = first?.message ?? message) })
    if (message === error.message) return error
    // The same class as the original (graphql-http tells errors from results with `instanceof`).
    const SameGraphQLError = error.constructor as typeof GraphQLError
    return new SameGraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions })
  }
})()

/**
 * A rule that reports nothing itself but passes every other rule's error through Armor's
 * suggestion mask first: with introspection off, "Did you mean "email"?" would hand out the
 * schema a field at a time. Rules are instantiated before any of them visits, so wrapping the
 * shared context's `reportError` here catches graphql-js's own rules too.
 */
export const blockFieldSuggestionsRule: ValidationRule = (context) => {
  const reportError = context.reportError.bind(context)
  context.reportError = (error: GraphQLError) => reportError(maskSuggestions(error))
  return {}
}
