/**
 * Cache tags (docs/content-model.md, "Site refresh"). Every CMS fetch carries
 * the tags of exactly what it reads, and the CMS sends the tags of exactly what
 * changed, so a publish refreshes the pages that show the change and no others.
 * Each fetch also carries its collection tag (`standards`, …), which the CMS
 * never sends on its own: posting it by hand refreshes everything read from
 * that collection.
 */
export const TAGS = {
  standards: 'standards',
  comparisons: 'comparisons',
  aspects: 'aspects',
  categories: 'categories',
  articles: 'articles',
  site: 'site',
  /** Slim list of published standards: slugs, names, kind, category, relations, earlier slugs. */
  standardsIndex: 'standards-index',
  /** The index plus what a card in a list shows: tagline, jurisdiction, edition, publisher. */
  standardsList: 'standards-list',
  /** Slim list of published comparisons: the pairs, summaries, featured. */
  comparisonsIndex: 'comparisons-index',
  /** Slim list of published articles: everything but the body. */
  articlesIndex: 'articles-index',
  /** Every published page with its last-modified date, for the sitemap only. */
  sitemap: 'sitemap',
} as const

export type SiteTag = (typeof TAGS)[keyof typeof TAGS]

/** One standard's full record: its own page and every comparison containing it. */
export const standardTag = (slug: string) => `standard:${slug}`
/** One pair's own document. `pairKey` is the two standard ids, sorted, joined by ":" ("3:7", or two MongoDB ids). */
export const comparisonTag = (pairKey: string) => `comparison:${pairKey}`
/** Crosswalk data about one standard (its editions, catalogs, the sets touching them): crosswalkTag in @versus/content. */
export { crosswalkTag } from '@versus/content'
/** One article's full document: its own page. */
export const articleTag = (slug: string) => `article:${slug}`

/** Tag names the revalidation endpoint accepts. */
export const TAG_PATTERN =
  /^(?:standards|comparisons|aspects|categories|articles|site|standards-index|standards-list|comparisons-index|articles-index|sitemap|(?:standard|article|crosswalk):[A-Za-z0-9._~-]+|comparison:[A-Za-z0-9._:~-]+)$/

export const MAX_TAG_LENGTH = 200
