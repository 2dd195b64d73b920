import { compareSlugs } from '../compareSlugs/index'

/** Separator between the two standard slugs of a pair slug. */
export const PAIR_SEPARATOR = '-vs-'

/**
 * @name pairSlug
 * @summary The canonical slug of a comparison.
 *
 * @description
 * The two standard slugs in `compareSlugs` order, joined by `-vs-`, so both
 * orders of a pair give the same slug (and the same page).
 *
 * @param a - One standard's slug
 * @param b - The other standard's slug
 * @returns The pair slug
 *
 * @example
 * pairSlug('iso-27701', 'iso-27032') //=> 'iso-27032-vs-iso-27701'
 */
export function pairSlug(a: string, b: string): string {
  return compareSlugs(a, b) <= 0 ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`
}
