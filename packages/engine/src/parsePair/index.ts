import type { PairRef } from '../model'
import { compareSlugs } from '../compareSlugs/index'
import { isValidSlug } from '../isValidSlug/index'
import { PAIR_SEPARATOR } from '../pairSlug/index'
import { makePairRef } from '../_lib/pairRef'

/** Longest pair slug `parsePair` accepts. */
export const MAX_PAIR_SLUG_LENGTH = 200

/** A pair slug read from a URL. */
export interface ParsedPair {
  /** The two standard slugs as written in the URL. */
  standards: [string, string]
  /** The canonical pair (redirect to `canonical.path` when `isCanonical` is false). */
  canonical: PairRef
  /** Whether the input already is the canonical pair slug. */
  isCanonical: boolean
}

/**
 * @name parsePair
 * @summary Read a comparison slug such as "iso-27701-vs-iso-27032".
 *
 * @description
 * Accepts exactly two valid, different standard slugs joined by `-vs-`, at most
 * 200 characters, nothing else: no upper case, percent-encoding, spaces or
 * trailing characters. Because a valid slug has no `vs` segment, the split is
 * unambiguous. Returns null for anything else, including a standard paired
 * with itself.
 *
 * @param input - The URL segment
 * @returns The parsed pair, or null
 *
 * @example
 * parsePair('iso-27701-vs-iso-27032')
 * //=> { standards: ['iso-27701', 'iso-27032'], isCanonical: false,
 * //     canonical: { slug: 'iso-27032-vs-iso-27701', path: '/compare/iso-27032-vs-iso-27701', standards: ['iso-27032', 'iso-27701'] } }
 * parsePair('iso-9001-vs-iso-9001') //=> null
 */
export function parsePair(input: string): ParsedPair | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_PAIR_SLUG_LENGTH) return null
  const at = input.indexOf(PAIR_SEPARATOR)
  if (at < 0) return null
  const first = input.slice(0, at)
  const second = input.slice(at + PAIR_SEPARATOR.length)
  if (first === second || !isValidSlug(first) || !isValidSlug(second)) return null
  return {
    standards: [first, second],
    canonical: makePairRef(first, second),
    isCanonical: compareSlugs(first, second) < 0,
  }
}
