import type { PairRef } from '../model'
import { compareSlugs } from '../compareSlugs/index'
import { comparisonPath } from '../comparisonPath/index'
import { pairSlug } from '../pairSlug/index'

/** The PairRef of two standard slugs, in canonical order. */
export function makePairRef(a: string, b: string): PairRef {
  const standards: [string, string] = compareSlugs(a, b) <= 0 ? [a, b] : [b, a]
  return { slug: pairSlug(a, b), path: comparisonPath(a, b), standards }
}
