/**
 * The site's search: standards, comparisons, articles and requirements as
 * MiniSearch documents, one index per data version (search-data.ts keeps it),
 * and a query answered as ranked groups. Pure: no fetching here.
 *
 * Matching is MiniSearch's (BM25, prefix, fuzzy); what this module decides is
 * which words each document offers and how a query is phrased:
 * - short names also as one word ("iso27001"), so a name typed without spaces matches;
 * - every word of the query must match (AND); only when nothing does, any word (OR);
 * - the whole query written as one word is an alternative ("ISO 27001" ≈ "iso27001", "A.5.1" ≈ "a51");
 * - genuine synonyms (terms.ts) are alternatives too ("privacy" ≈ "data protection").
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch'
import { MAX_SEARCH_QUERY, processSearchTerm, synonymPhrases, wholeForm } from './terms'

export const SEARCH_KINDS = ['standard', 'comparison', 'article', 'requirement'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** One thing a visitor can find. Every text field is plain text; the page escapes it. */
export interface SearchDoc {
  id: string
  kind: SearchKind
  /** What the result shows as its link text. */
  label: string
  path: string
  /** One line under the link. */
  snippet: string
  /** Short names, the title, a requirement's id: what people type. */
  name: string
  /** Official full titles. */
  fullTitle: string
  /** Categories, the standards an article or requirement belongs to. */
  topic: string
  /** Taglines, summaries, publishers, jurisdictions. */
  text: string
  /** Names written as one word ("iso27001", "iso270012022", "a51"): see compactForms and wholeForm in terms.ts. */
  compact: string[]
}

export interface SearchHit {
  id: string
  kind: SearchKind
  label: string
  path: string
  snippet: string
  score: number
}

export interface SearchGroup {
  kind: SearchKind
  hits: SearchHit[]
  /** How many matched, shown or not. */
  total: number
}

export interface SearchResults {
  /** The query as looked at (trimmed, capped). */
  query: string
  groups: SearchGroup[]
  total: number
  /** Nothing matched every word, so these match some of them. */
  partial: boolean
}

const FIELDS = ['name', 'compact', 'fullTitle', 'topic', 'text'] as const
const STORED = ['kind', 'label', 'path', 'snippet'] as const

/** Names weigh most, then official titles and categories, then the rest. */
const BOOST = { name: 6, compact: 6, fullTitle: 2, topic: 2, text: 1 }

const hasDigit = (term: string) => /\d/.test(term)

const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Typing "iso 2700" finds ISO 27001 and ISO 27002; a number is never fuzzy ("27001" is not "27701").
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (hasDigit(term) || term.length < 5 ? false : 0.2),
}

export type SiteSearchIndex = MiniSearch<Omit<SearchDoc, 'compact'> & { compact: string }>

/** Builds the index; done once per data version, never per request. */
export function createSearchIndex(docs: readonly SearchDoc[]): SiteSearchIndex {
  const index: SiteSearchIndex = new MiniSearch({
    fields: [...FIELDS],
    storeFields: [...STORED],
    processTerm: processSearchTerm,
    searchOptions: SEARCH_OPTIONS,
  })
  const seen = new Set<string>()
  const unique = docs.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)))
  index.addAll(unique.map((d) => ({ ...d, compact: [...new Set(d.compact)].join(' ') })))
  return index
}

/** The query as searched: trimmed, inner whitespace collapsed, at most MAX_SEARCH_QUERY characters. */
export function cleanQuery(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_QUERY).trim() : ''
}

/** Whether the query has a word worth looking for. */
export function hasSearchTerms(query: string): boolean {
  return query.split(/[^\p{L}\p{N}]+/u).some((word) => processSearchTerm(word) !== null)
}

function phrasings(query: string): string[] {
  const whole = wholeForm(query)
  return [...new Set([query, ...synonymPhrases(query), ...(whole ? [whole] : [])])]
}

function expression(query: string, combineWith: 'AND' | 'OR'): Query {
  return { combineWith: 'OR', queries: phrasings(query).map((phrase) => ({ combineWith, queries: [phrase] })) }
}

/** Per group, how many hits the results list. */
export const GROUP_LIMIT = 20

/** Ranked hits for a query, grouped by kind in SEARCH_KINDS order; empty groups left out. */
export function searchSite(index: SiteSearchIndex, rawQuery: unknown, kinds: readonly SearchKind[] = SEARCH_KINDS, limit = GROUP_LIMIT): SearchResults {
  const query = cleanQuery(rawQuery)
  const empty: SearchResults = { query, groups: [], total: 0, partial: false }
  if (!hasSearchTerms(query)) return empty
  const wanted = new Set(kinds)
  const filter = (r: SearchResult) => wanted.has(r.kind as SearchKind)
  let partial = false
  let found = index.search(expression(query, 'AND'), { filter })
  if (found.length === 0) {
    found = index.search(expression(query, 'OR'), { filter })
    partial = found.length > 0
  }
  const groups: SearchGroup[] = SEARCH_KINDS.filter((k) => wanted.has(k)).flatMap((kind) => {
    const all = found.filter((r) => r.kind === kind)
    if (all.length === 0) return []
    const hits = all.slice(0, limit).map(
      (r): SearchHit => ({
        id: String(r.id),
        kind,
        label: String(r.label),
        path: String(r.path),
        snippet: String(r.snippet ?? ''),
        score: r.score,
      }),
    )
    return [{ kind, hits, total: all.length }]
  })
  return { query, groups, total: groups.reduce((n, g) => n + g.total, 0), partial }
}
