import { cache } from 'react'
import type { ArticleRecord, AspectRecord, CategoryRecord, ComparisonRecord, StandardRecord } from '@versus/engine'
import { compareSlugs } from '@versus/engine'
import { CmsError, cmsFetch, listQuery } from './fetch'
import {
  createMapContext,
  mapArticle,
  mapAspect,
  mapComparison,
  mapStandard,
} from './map'
import {
  RawArticleSchema,
  RawAspectSchema,
  RawCategorySchema,
  RawComparisonSchema,
  RawStandardSchema,
  parseList,
  type ParsedList,
} from './raw'
import { TAGS } from './tags'
import type { z } from 'zod'

/** Everything published, as engine records. */
export interface Catalog {
  standards: StandardRecord[]
  aspects: AspectRecord[]
  categories: CategoryRecord[]
  comparisons: ComparisonRecord[]
  articles: ArticleRecord[]
}

/** The raw REST bodies of the five collections. */
export interface CatalogBodies {
  standards: unknown
  aspects: unknown
  categories: unknown
  comparisons: unknown
  articles: unknown
}

const PUBLISHED = { 'where[_status][equals]': 'published' }
/** Populated standards only need to be identified; the full records come from their own list. */
const SLIM_STANDARDS = { 'populate[standards][slug]': 'true' }

export const CATALOG_REQUESTS = {
  standards: { path: `/api/standards?${listQuery({ ...PUBLISHED, ...SLIM_STANDARDS, sort: 'slug' })}`, tags: [TAGS.standards] },
  aspects: { path: `/api/aspects?${listQuery({ sort: 'order' })}`, tags: [TAGS.aspects] },
  categories: { path: `/api/categories?${listQuery({ sort: 'name' })}`, tags: [TAGS.categories] },
  comparisons: { path: `/api/comparisons?${listQuery({ ...PUBLISHED, ...SLIM_STANDARDS })}`, tags: [TAGS.comparisons] },
  articles: {
    // The list needs no bodies; an article page fetches its own.
    path: `/api/articles?${listQuery({
      ...PUBLISHED,
      ...SLIM_STANDARDS,
      sort: '-publishedAt',
      'select[title]': 'true',
      'select[slug]': 'true',
      'select[summary]': 'true',
      'select[standards]': 'true',
      'select[publishedAt]': 'true',
      'select[updatedAt]': 'true',
    })}`,
    tags: [TAGS.articles],
  },
} as const

function parseOrThrow<T>(name: string, schema: z.ZodType<T>, body: unknown): T[] {
  const parsed: ParsedList<T> | null = parseList(schema, body)
  if (!parsed) throw new CmsError(`CMS sent something other than a list for ${name}`, { path: name })
  for (const r of parsed.rejected) {
    console.warn(`[cms] skipped ${name} document ${String(r.id)}: ${r.issues}`)
  }
  return parsed.docs
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => compareSlugs(a.slug, b.slug)

/** Pure: raw REST bodies → catalog. Separate from fetching so it can be tested. */
export function buildCatalog(bodies: CatalogBodies): Catalog {
  const rawStandards = parseOrThrow('standards', RawStandardSchema, bodies.standards)
  const rawAspects = parseOrThrow('aspects', RawAspectSchema, bodies.aspects)
  const rawCategories = parseOrThrow('categories', RawCategorySchema, bodies.categories)
  const ctx = createMapContext({ standards: rawStandards, aspects: rawAspects, categories: rawCategories })

  const standards = dedupeBySlug(rawStandards.map((raw) => mapStandard(raw, ctx))).sort(bySlug)
  const aspects = dedupeBySlug(rawAspects.map(mapAspect)).sort((a, b) => a.order - b.order || compareSlugs(a.slug, b.slug))
  const categories = dedupeBySlug([...ctx.categories.values()]).sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || compareSlugs(a.slug, b.slug),
  )
  const comparisons = parseOrThrow('comparisons', RawComparisonSchema, bodies.comparisons).flatMap(
    (raw) => mapComparison(raw, ctx) ?? [],
  )
  const articles = dedupeBySlug(
    parseOrThrow('articles', RawArticleSchema, bodies.articles).map((raw) => mapArticle(raw, ctx)),
  )
  return { standards, aspects, categories, comparisons, articles }
}

function dedupeBySlug<T extends { slug: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(item.slug) ? false : (seen.add(item.slug), true)))
}

/** Every published record, fetched once per render (and cached, tagged, across renders). */
export const getCatalog = cache(async (): Promise<Catalog> => {
  const [standards, aspects, categories, comparisons, articles] = await Promise.all(
    (['standards', 'aspects', 'categories', 'comparisons', 'articles'] as const).map((key) =>
      cmsFetch(CATALOG_REQUESTS[key].path, [...CATALOG_REQUESTS[key].tags]),
    ),
  )
  return buildCatalog({ standards, aspects, categories, comparisons, articles })
})

/** The index of standards by slug. */
export function standardsBySlug(catalog: Catalog): Map<string, StandardRecord> {
  return new Map(catalog.standards.map((s) => [s.slug, s]))
}
