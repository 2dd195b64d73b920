/**
 * Every CMS request the site makes, with the tags of exactly what it reads.
 * A page's dependencies are the union of the requests it makes; nothing here
 * fetches whole collections "just in case".
 */
import { listQuery } from './fetch'
import {
  ARTICLE_INDEX_FIELDS,
  COMPARISON_INDEX_FIELDS,
  STANDARD_CARD_FIELDS,
  STANDARD_INDEX_FIELDS,
  TAGS,
  articleTag,
  comparisonTag,
  standardTag,
} from '@versus/content'

export interface CmsRequest {
  path: string
  tags: string[]
}

const PUBLISHED = { 'where[_status][equals]': 'published' }

const select = (...fields: string[]) => Object.fromEntries(fields.map((field) => [`select[${field}]`, 'true']))

// Relations stay ids (depth 0): they are resolved through the index and the categories list,
// so a cached answer never embeds another document's fields.
const slimList = (collection: string, fields: readonly string[], extra: Record<string, string> = {}) =>
  `/api/${collection}?${listQuery({ depth: '0', ...PUBLISHED, ...select(...fields), ...extra })}`

const one = (collection: string, where: Record<string, string>) =>
  `/api/${collection}?${new URLSearchParams({ depth: '0', limit: '1', ...where, ...PUBLISHED }).toString()}`

export const REQUESTS = {
  standardsIndex: {
    path: slimList('standards', STANDARD_INDEX_FIELDS, { sort: 'slug' }),
    tags: [TAGS.standardsIndex, TAGS.standards],
  },
  standardsList: {
    path: slimList('standards', STANDARD_CARD_FIELDS, { sort: 'slug' }),
    tags: [TAGS.standardsList, TAGS.standards],
  },
  comparisonsIndex: {
    path: slimList('comparisons', COMPARISON_INDEX_FIELDS, { sort: 'pairKey' }),
    tags: [TAGS.comparisonsIndex, TAGS.comparisons],
  },
  articlesIndex: {
    path: slimList('articles', ARTICLE_INDEX_FIELDS, { sort: '-publishedAt' }),
    tags: [TAGS.articlesIndex, TAGS.articles],
  },
  aspects: { path: `/api/aspects?${listQuery({ depth: '0', sort: 'order' })}`, tags: [TAGS.aspects] },
  categories: { path: `/api/categories?${listQuery({ depth: '0', sort: 'name' })}`, tags: [TAGS.categories] },
  site: { path: '/api/globals/site?depth=0', tags: [TAGS.site] },
  sitemapStandards: { path: slimList('standards', ['slug', 'updatedAt']), tags: [TAGS.sitemap, TAGS.standards] },
  sitemapComparisons: {
    path: slimList('comparisons', ['standardA', 'standardB', 'updatedAt']),
    tags: [TAGS.sitemap, TAGS.comparisons],
  },
  sitemapArticles: {
    path: slimList('articles', ['slug', 'publishedAt', 'updatedAt']),
    tags: [TAGS.sitemap, TAGS.articles],
  },
} as const satisfies Record<string, CmsRequest>

/** One published standard, every field. */
export function standardRequest(slug: string): CmsRequest {
  return { path: one('standards', { 'where[slug][equals]': slug }), tags: [standardTag(slug), TAGS.standards] }
}

/** One published comparison by its pair key, every field. */
export function comparisonRequest(pairKey: string): CmsRequest {
  return { path: one('comparisons', { 'where[pairKey][equals]': pairKey }), tags: [comparisonTag(pairKey), TAGS.comparisons] }
}

/** One published article, every field (the body lives only on its own page). */
export function articleRequest(slug: string): CmsRequest {
  return { path: one('articles', { 'where[slug][equals]': slug }), tags: [articleTag(slug), TAGS.articles] }
}

/** What the proxy reads to redirect old slugs (redirects.ts): current and previous slugs of published documents. */
export const REQUESTS_ALIASES = {
  standards: slimList('standards', ['slug', 'previousSlugs', 'updatedAt']),
  articles: slimList('articles', ['slug', 'previousSlugs', 'updatedAt']),
  // The order each reviewed pair is shown in (standard ids, resolved through the standards above).
  comparisons: slimList('comparisons', ['standardA', 'standardB']),
} as const
