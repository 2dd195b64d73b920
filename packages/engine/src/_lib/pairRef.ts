import type { PairRef } from '../model'
import { compareSlugs } from '../compareSlugs/index'
import { PAIR_SEPARATOR } from '../pairSlug/index'

/** The PairRef of two standard slugs, in canonical order (what pairSlug and comparisonPath give, in one comparison). */
export function makePairRef(a: string, b: string): PairRef {
  const standards: [string, string] = compareSlugs(a, b) <= 0 ? [a, b] : [b, a]
  const slug = `${standards[0]}${PAIR_SEPARATOR}${standards[1]}`
  return { slug, path: `/compare/${slug}`, standards }
}

/** The PairRef of two standard slugs in the order given: a reviewed pair in its editor's order (`displayPair`). */
export function orderedPairRef(first: string, second: string): PairRef {
  const slug = `${first}${PAIR_SEPARATOR}${second}`
  return { slug, path: `/compare/${slug}`, standards: [first, second] }
}
