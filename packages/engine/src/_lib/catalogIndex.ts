import type { ArticleRecord, ComparisonRecord, StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { pairSlug } from '../pairSlug/index'
import { arrayOr, categoryKey } from './normalize'
import type { ArticleEntry } from './relatedArticles'
import { uniqueArticles } from './relatedArticles'
import type { StandardFacts } from './standardFacts'
import { computeFacts } from './standardFacts'
import { indexStandards, linkTargets } from './standardIndex'
import { cleanText, compareCodeUnits } from './text'

/** Where a prepared catalog keeps its index (a symbol: invisible to JSON and to the types). */
export const CATALOG_INDEX: unique symbol = Symbol.for('@versus/engine/catalog-index')

/** One pair of the catalog's comparisons, duplicates merged. */
export interface ComparisonEntry {
  /** The two slugs in code-unit order, NUL-joined: identity of the pair. */
  key: string
  /** The canonical pair slug. */
  slug: string
  x: string
  y: string
  /** Summary chosen independently of catalog order. */
  summary: string
}

export interface CatalogIndex {
  /** The arrays the index was built from; it is only used while the catalog still holds them. */
  standards: readonly StandardRecord[] | undefined
  comparisons: readonly ComparisonRecord[] | undefined
  articles: readonly ArticleRecord[] | undefined
  /** Standard slug → articles mentioning it (first record of an article slug only). */
  articlesBy: Map<string, ArticleEntry[]>
  bySlug: Map<string, StandardRecord>
  /** Category key → slugs of standards in it. */
  byCategory: Map<string, string[]>
  /** Slug → slugs of the standards linking to it. */
  linkedBy: Map<string, string[]>
  /** Slug → the comparisons it takes part in. */
  comparisonsBy: Map<string, ComparisonEntry[]>
  /**
   * Comparisons of two catalog standards by category: under "c" those with a
   * side in category c, under "c\u0000d" (c ≤ d) those whose sides are in c
   * and d. Each list in candidate order (pair slug, then key).
   */
  byCategories: Map<string, ComparisonEntry[]>
  /** Per-standard derivations of the catalog's records, computed once (never handed out uncopied). */
  facts: WeakMap<StandardRecord, StandardFacts>
}

/** Identity of a pair of slugs, whatever their order. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`
}

/** Key of a pair of categories in `byCategories`. */
export function categoryPairKey(c: string, d: string): string {
  return c <= d ? `${c}\u0000${d}` : `${d}\u0000${c}`
}

/** Candidate order among equal scores: pair slug, then key. */
export function compareEntries(p: { slug: string; key: string }, q: { slug: string; key: string }): number {
  return compareSlugs(p.slug, q.slug) || compareCodeUnits(p.key, q.key)
}

/** Of two summaries, the one to keep: non-blank first, then code-unit smallest. */
export function preferSummary(current: string, next: string): string {
  if (!next) return current
  if (!current) return next
  return compareCodeUnits(next, current) < 0 ? next : current
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Builds the lookup structures `rankWithCatalogIndex` walks instead of scanning every comparison. */
export function buildCatalogIndex(
  standards: readonly StandardRecord[] | undefined,
  comparisons: readonly ComparisonRecord[] | undefined,
  articles: readonly ArticleRecord[] | undefined,
): CatalogIndex {
  const bySlug = indexStandards(standards)
  const byCategory = new Map<string, string[]>()
  const linkedBy = new Map<string, string[]>()
  for (const [slug, standard] of bySlug) {
    const category = categoryKey(standard.category)
    if (category) push(byCategory, category, slug)
    for (const target of linkTargets(standard)) push(linkedBy, target, slug)
  }

  const entries = new Map<string, ComparisonEntry>()
  for (const comparison of arrayOr(comparisons)) {
    const pair = comparison && typeof comparison === 'object' ? comparison.standards : undefined
    if (!Array.isArray(pair)) continue
    const x = pair[0]
    const y = pair[1]
    if (typeof x !== 'string' || typeof y !== 'string' || x === y) continue
    const key = pairKey(x, y)
    const summary = cleanText(comparison.summary)
    const existing = entries.get(key)
    if (existing) existing.summary = preferSummary(existing.summary, summary)
    else entries.set(key, { key, slug: pairSlug(x, y), x, y, summary })
  }
  const comparisonsBy = new Map<string, ComparisonEntry[]>()
  const byCategories = new Map<string, ComparisonEntry[]>()
  for (const entry of entries.values()) {
    push(comparisonsBy, entry.x, entry)
    push(comparisonsBy, entry.y, entry)
    const rx = bySlug.get(entry.x)
    const ry = bySlug.get(entry.y)
    if (!rx || !ry) continue
    const cx = categoryKey(rx.category)
    const cy = categoryKey(ry.category)
    if (cx) push(byCategories, cx, entry)
    if (cy && cy !== cx) push(byCategories, cy, entry)
    if (cx && cy) push(byCategories, categoryPairKey(cx, cy), entry)
  }
  for (const list of byCategories.values()) list.sort(compareEntries)

  const articlesBy = new Map<string, ArticleEntry[]>()
  for (const entry of uniqueArticles(articles)) {
    for (const standard of new Set(arrayOr(entry.article.standards))) {
      if (typeof standard === 'string') push(articlesBy, standard, entry)
    }
  }

  const facts = new WeakMap<StandardRecord, StandardFacts>()
  for (const standard of bySlug.values()) facts.set(standard, computeFacts(standard))

  return { standards, comparisons, articles, articlesBy, bySlug, byCategory, linkedBy, comparisonsBy, byCategories, facts }
}

/** The catalog's prebuilt index, when it was prepared and still holds the same arrays. */
export function catalogIndexOf(catalog: unknown): CatalogIndex | null {
  if (!catalog || typeof catalog !== 'object') return null
  const index = (catalog as { [CATALOG_INDEX]?: CatalogIndex })[CATALOG_INDEX]
  if (!index) return null
  const { standards, comparisons, articles } = catalog as { standards?: unknown; comparisons?: unknown; articles?: unknown }
  return index.standards === standards && index.comparisons === comparisons && index.articles === articles ? index : null
}
