/**
 * The slim, published index every page links from: standards (index or card
 * fields only), categories, comparisons and articles, as engine records. Which
 * parts a page loads is part of its dependencies (dependencies.ts).
 */
import type { ArticleRecord, CategoryRecord, ComparisonRecord, PairOrders, StandardRecord } from '@versus/engine'
import { compareSlugs, pairOrders } from '@versus/engine'
import { load, parseDocs } from './load'
import {
  createMapContext,
  mapArticle,
  mapCategory,
  mapComparison,
  mapIndexedStandard,
  pairKeyOf,
  type MapContext,
} from '@versus/content'
import {
  RawArticleIndexSchema,
  RawCategorySchema,
  RawComparisonSchema,
  RawStandardCardSchema,
  RawStandardIndexSchema,
} from './raw'
import { REQUESTS } from './requests'

/** A published comparison and the key the CMS tags its own document with. */
export interface IndexedComparison {
  record: ComparisonRecord
  pairKey: string
}

export interface SiteIndex {
  /** Published standards by slug order; index fields only, card fields too when loaded as a list. */
  standards: StandardRecord[]
  categories: CategoryRecord[]
  comparisons: IndexedComparison[]
  /** The order each published comparison is shown in (its editor's); pairs not in it are canonical. */
  orders: PairOrders
  articles: ArticleRecord[]
  /** Database ids of published standards and categories → what they resolve to. */
  context: MapContext
}

export interface IndexBodies {
  standards: unknown
  categories: unknown
  comparisons?: unknown
  articles?: unknown
  /** The standards body holds card fields (`standards-list`) rather than index fields only. */
  withCards?: boolean
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => compareSlugs(a.slug, b.slug)

function dedupeBySlug<T extends { slug: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(item.slug) ? false : (seen.add(item.slug), true)))
}

/** Pure: raw REST bodies → index. Separate from fetching so it can be tested. */
export function buildIndex(bodies: IndexBodies): SiteIndex {
  const rawStandards = bodies.withCards
    ? parseDocs('standards', RawStandardCardSchema, bodies.standards)
    : parseDocs('standards', RawStandardIndexSchema, bodies.standards)
  const rawCategories = parseDocs('categories', RawCategorySchema, bodies.categories)
  const context = createMapContext({ standards: rawStandards, aspects: [], categories: rawCategories })
  const standards = dedupeBySlug(rawStandards.map((raw) => mapIndexedStandard(raw, context))).sort(bySlug)
  const categories = dedupeBySlug(rawCategories.map(mapCategory)).sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || compareSlugs(a.slug, b.slug),
  )
  const comparisons =
    bodies.comparisons === undefined
      ? []
      : parseDocs('comparisons', RawComparisonSchema, bodies.comparisons).flatMap((raw) => {
          const record = mapComparison(raw, context)
          const pairKey = raw.pairKey || pairKeyOf(raw.standardA, raw.standardB)
          return record && pairKey ? [{ record, pairKey }] : []
        })
  const articles =
    bodies.articles === undefined
      ? []
      : dedupeBySlug(parseDocs('articles', RawArticleIndexSchema, bodies.articles).map((raw) => mapArticle(raw, context)))
  const orders = pairOrders(comparisons.map((c) => c.record.standards))
  return { standards, categories, comparisons, orders, articles, context }
}

export interface IndexOptions {
  /** Load the card fields of every standard (`standards-list`) instead of the index fields (`standards-index`). */
  cards?: boolean
  comparisons?: boolean
  articles?: boolean
}

/** Loads the parts of the index a page needs, each its own cached, tagged request. */
export async function getIndex(options: IndexOptions = {}): Promise<SiteIndex> {
  const [standards, categories, comparisons, articles] = await Promise.all([
    load(options.cards ? REQUESTS.standardsList : REQUESTS.standardsIndex),
    load(REQUESTS.categories),
    options.comparisons ? load(REQUESTS.comparisonsIndex) : undefined,
    options.articles ? load(REQUESTS.articlesIndex) : undefined,
  ])
  return buildIndex({ standards, categories, comparisons, articles, withCards: options.cards === true })
}

/** The engine's related-content catalog, from the index. */
export function engineCatalog(index: SiteIndex): {
  standards: StandardRecord[]
  comparisons: ComparisonRecord[]
  articles: ArticleRecord[]
} {
  return { standards: index.standards, comparisons: index.comparisons.map((c) => c.record), articles: index.articles }
}

export function standardsBySlug(index: Pick<SiteIndex, 'standards'>): Map<string, StandardRecord> {
  return new Map(index.standards.map((s) => [s.slug, s]))
}
