import type { PairRef } from '../model'
import { pairSlug } from '../pairSlug/index'
import { makePairRef, orderedPairRef } from '../_lib/pairRef'

/** The order editors chose for reviewed pairs: canonical pair slug → [shown first, shown second]. */
export type PairOrders = ReadonlyMap<string, readonly [string, string]>

/**
 * @name pairOrders
 * @summary Index the order each reviewed comparison is shown in.
 *
 * @description
 * Each entry is a reviewed comparison's two standard slugs as its editor
 * ordered them. A self-pair or a malformed entry is skipped; when the same pair
 * is listed twice (in either order) the first listing wins.
 *
 * @param pairs - Reviewed comparisons' standards, first shown first
 * @returns The orders, keyed by canonical pair slug
 *
 * @example
 * pairOrders([['soc-2', 'iso-27001']]).get('iso-27001-vs-soc-2') //=> ['soc-2', 'iso-27001']
 */
export function pairOrders(pairs: Iterable<readonly [string, string] | null | undefined>): PairOrders {
  const orders = new Map<string, readonly [string, string]>()
  for (const pair of pairs) {
    if (!Array.isArray(pair)) continue
    const [first, second] = pair as readonly unknown[]
    if (typeof first !== 'string' || typeof second !== 'string' || first === '' || second === '' || first === second) continue
    const key = pairSlug(first, second)
    if (!orders.has(key)) orders.set(key, [first, second])
  }
  return orders
}

/**
 * @name displayPair
 * @summary The order, slug and path a pair is shown and addressed by.
 *
 * @description
 * A reviewed pair (one in `orders`) is shown in the order its editor chose; any
 * other pair in the canonical (`compareSlugs`) order. Both argument orders give
 * the same result, so the other order of a pair can redirect to `path`.
 *
 * @param a - One standard's slug
 * @param b - The other standard's slug
 * @param orders - The reviewed pairs' orders (`pairOrders`); none: canonical
 * @returns The pair as shown: `standards` first shown first
 *
 * @example
 * const orders = pairOrders([['soc-2', 'iso-27001']])
 * displayPair('iso-27001', 'soc-2', orders).path //=> '/compare/soc-2-vs-iso-27001'
 * displayPair('soc-2', 'iso-27001').path //=> '/compare/iso-27001-vs-soc-2'
 */
export function displayPair(a: string, b: string, orders?: PairOrders): PairRef {
  const chosen = a !== b ? orders?.get(pairSlug(a, b)) : undefined
  return chosen ? orderedPairRef(chosen[0], chosen[1]) : makePairRef(a, b)
}
