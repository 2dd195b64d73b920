import type { SelectionRef } from '../model'
import { isValidSlug } from '../isValidSlug/index'
import { PAIR_SEPARATOR } from '../pairSlug/index'
import { makeSelectionRef } from '../_lib/selectionRef'

/** Fewest and most standards a comparison URL may name. */
export const MIN_SELECTION = 2
export const MAX_SELECTION = 4

/** Longest selection slug `parseSelection` accepts (four slugs of the length a pair allows). */
export const MAX_SELECTION_SLUG_LENGTH = 400

/** A comparison slug of two to four standards read from a URL. */
export interface ParsedSelection {
  /** The standard slugs as written in the URL. */
  standards: string[]
  /** The canonical selection (redirect to `canonical.path` when `isCanonical` is false). */
  canonical: SelectionRef
  /** Whether the input already is the canonical slug. */
  isCanonical: boolean
}

/**
 * @name parseSelection
 * @summary Read a comparison slug of two to four standards, such as "nis2-vs-gdpr-vs-iso-27701".
 *
 * @description
 * Accepts two to four valid, pairwise different standard slugs joined by
 * `-vs-`, at most 400 characters, nothing else (no upper case,
 * percent-encoding or trailing characters). Because a valid slug has no `vs`
 * segment, the split is unambiguous. Returns null for anything else: a
 * malformed slug, a repeated standard, a single standard or more than four.
 * For two standards the canonical slug is the pair slug (`parsePair`, which
 * keeps answering null for three or more).
 *
 * @param input - The URL segment
 * @returns The parsed selection, or null
 *
 * @example
 * parseSelection('nis2-vs-gdpr-vs-iso-27701')
 * //=> { standards: ['nis2', 'gdpr', 'iso-27701'], isCanonical: false,
 * //     canonical: { slug: 'gdpr-vs-iso-27701-vs-nis2', path: '/compare/gdpr-vs-iso-27701-vs-nis2', standards: ['gdpr', 'iso-27701', 'nis2'] } }
 * parseSelection('gdpr-vs-nis2-vs-gdpr') //=> null
 */
export function parseSelection(input: string): ParsedSelection | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_SELECTION_SLUG_LENGTH) return null
  const standards = input.split(PAIR_SEPARATOR)
  if (standards.length < MIN_SELECTION || standards.length > MAX_SELECTION) return null
  if (!standards.every(isValidSlug) || new Set(standards).size !== standards.length) return null
  const canonical = makeSelectionRef(standards)
  return { standards, canonical, isCanonical: canonical.slug === input }
}
