import type { PairOrders } from '../displayPair/index'
import { displayPair } from '../displayPair/index'

/**
 * @name comparisonPath
 * @summary The site path of a comparison page.
 *
 * @param a - One standard's slug
 * @param b - The other standard's slug
 * @param orders - Reviewed pairs' chosen orders (`pairOrders`); without them, or for a pair not in them, canonical order
 * @returns `/compare/<first>-vs-<second>`, the same for both argument orders
 *
 * @example
 * comparisonPath('nis2', 'gdpr') //=> '/compare/gdpr-vs-nis2'
 * comparisonPath('gdpr', 'nis2', pairOrders([['nis2', 'gdpr']])) //=> '/compare/nis2-vs-gdpr'
 */
export function comparisonPath(a: string, b: string, orders?: PairOrders): string {
  return displayPair(a, b, orders).path
}
