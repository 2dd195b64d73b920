import { pairSlug } from '../pairSlug/index'

/**
 * @name comparisonPath
 * @summary The site path of a comparison page.
 *
 * @param a - One standard's slug
 * @param b - The other standard's slug
 * @returns `/compare/<pair slug>`, the same for both orders
 *
 * @example
 * comparisonPath('nis2', 'gdpr') //=> '/compare/gdpr-vs-nis2'
 */
export function comparisonPath(a: string, b: string): string {
  return `/compare/${pairSlug(a, b)}`
}
