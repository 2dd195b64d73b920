/**
 * Where the comparison picker (a plain GET form, so it works without
 * JavaScript) sends the visitor: the comparison URL of the chosen standards (a
 * reviewed pair in its editor's order, anything else in canonical order), or back to /compare with the reason and the choice kept. Any two
 * or more published standards have a page (a pair nobody reviewed is
 * generated from the records), so a valid choice always lands on one.
 */
import { compareSlugs, comparisonPath, isValidSlug } from '@versus/engine'
import type { PairOrders } from '@versus/engine'

/** As the engine's pairSlug joins two slugs. */
const SEPARATOR = '-vs-'

export const MIN_PICK = 2
export const MAX_PICK = 4

export type PickerError = 'too-few' | 'too-many' | 'unknown'

export interface PickerCatalog {
  /** Published standard slugs. */
  standards: ReadonlySet<string>
  /** The order each reviewed pair is shown in; without it, canonical order (the page then redirects). */
  orders?: PairOrders
}

export type PickerTarget = { kind: 'comparison'; path: string } | { kind: 'back'; path: string; error: PickerError }

/** Chosen slugs as given: trimmed, lower case, first occurrence kept, at most 20 looked at. */
export function normalizeSelection(values: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const value of values.slice(0, 20)) {
    const slug = value.trim().toLowerCase()
    if (slug) seen.add(slug)
  }
  return [...seen]
}

function back(error: PickerError, keep: readonly string[]): PickerTarget {
  const query = new URLSearchParams([['error', error], ...keep.map((s): [string, string] => ['s', s])])
  return { kind: 'back', path: `/compare?${query.toString()}`, error }
}

export function pickerTarget(values: readonly string[], catalog: PickerCatalog): PickerTarget {
  const chosen = normalizeSelection(values)
  const known = chosen.filter((slug) => isValidSlug(slug) && catalog.standards.has(slug))
  if (known.length !== chosen.length) return back('unknown', known)
  if (known.length < MIN_PICK) return back('too-few', known)
  if (known.length > MAX_PICK) return back('too-many', known)
  const [a, b] = known
  if (known.length === 2 && a && b) return { kind: 'comparison', path: comparisonPath(a, b, catalog.orders) }
  // A matrix's canonical order is the engine's slug order.
  return { kind: 'comparison', path: `/compare/${[...known].sort(compareSlugs).join(SEPARATOR)}` }
}

/** The sentence shown above the picker after a redirect back. */
export function pickerMessage(error: string, names: readonly string[]): string | null {
  switch (error) {
    case 'too-few':
      return `Choose at least ${MIN_PICK} standards to compare${names.length === 1 ? ` (you chose only ${names[0]})` : ''}.`
    case 'too-many':
      return `Choose at most ${MAX_PICK} standards to compare (you chose ${names.length}).`
    case 'unknown':
      return 'One of the chosen standards is not published. Choose again from the list.'
    default:
      return null
  }
}
