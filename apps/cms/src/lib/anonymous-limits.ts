/**
 * What an anonymous read may ask for (docs/api.md, "Limits"; docs/deploy.md). Anonymous
 * `GET /api/standards?limit=0&depth=3` answered 3.2 MB: each level of population multiplies the
 * answer, each extra document adds to it. Signed-in editors keep Payload's defaults (and
 * QUERY_LIMITS.maxDepth).
 *
 * Refused with a 400 naming the bound rather than clamped: a clamped answer looks complete and is
 * not. Whole lists (`limit=0` or `pagination=false`) stay open to visitors at depth 0, where the
 * answer grows only with the collection itself: the site reads its indexes that way.
 */
export const ANONYMOUS_LIMITS = {
  limit: 100,
  depth: 2,
} as const

export interface ReadArgs {
  depth?: unknown
  limit?: unknown
  pagination?: unknown
}

/** Why an anonymous read asks for too much, or null. Values are Payload's parsed arguments. */
export function anonymousReadProblem({ depth, limit, pagination }: ReadArgs): string | null {
  const depthValue = typeof depth === 'number' ? depth : undefined
  if (depthValue !== undefined && depthValue > ANONYMOUS_LIMITS.depth) {
    return `Without signing in, depth may be at most ${ANONYMOUS_LIMITS.depth}.`
  }
  const whole = pagination === false || limit === 0
  if (whole && depthValue !== 0) {
    return 'Without signing in, a whole list (limit=0 or pagination=false) needs depth=0; or page through it with limit ≤ 100.'
  }
  if (typeof limit === 'number' && limit > ANONYMOUS_LIMITS.limit) {
    return `Without signing in, limit may be at most ${ANONYMOUS_LIMITS.limit}.`
  }
  return null
}
