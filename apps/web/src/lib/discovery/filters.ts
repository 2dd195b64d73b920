/**
 * Filters of the standards list and the comparison picker. Pure and tiny: the
 * server applies them to a filtered URL (/standards?q=iso) and the browser
 * applies the same function to the rendered list while the visitor types.
 */

export const FILTER_KEYS = ['q', 'category', 'obligation', 'jurisdiction', 'nature'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type StandardFilters = Record<FilterKey, string>

export const NO_FILTERS: StandardFilters = { q: '', category: '', obligation: '', jurisdiction: '', nature: '' }

/** What a list item carries for filtering (also written as data-* attributes for the browser). */
export interface FilterFields {
  /** Lower-case text the search looks in: name, slug, tagline, publisher. */
  text: string
  category: string
  obligation: string
  jurisdiction: string
  nature: string
}

const MAX_QUERY = 100

/** Lower case, accents dropped, punctuation as spaces, single spaces. */
export function normalizeSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Filters from URL search params (the first value of each key; anything else ignored). */
export function parseFilters(params: Record<string, string | string[] | undefined>): StandardFilters {
  const out = { ...NO_FILTERS }
  for (const key of FILTER_KEYS) {
    const raw = params[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (typeof value === 'string') out[key] = value.trim().slice(0, MAX_QUERY)
  }
  return out
}

export function hasFilters(filters: StandardFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '')
}

/** Every word of the query must start a word of the item's text ("iso 27" matches "ISO 27001"). */
export function matchesFilters(item: FilterFields, filters: StandardFilters): boolean {
  if (filters.category && item.category !== filters.category) return false
  if (filters.obligation && item.obligation !== filters.obligation) return false
  if (filters.jurisdiction && item.jurisdiction !== filters.jurisdiction) return false
  if (filters.nature && item.nature !== filters.nature) return false
  const words = normalizeSearch(filters.q).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = ` ${normalizeSearch(item.text)}`
  return words.every((word) => haystack.includes(` ${word}`))
}
