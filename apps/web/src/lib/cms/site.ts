import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'
import { articlePath, comparisonPath, compareSlugs, pairOrders, standardPath } from '@versus/engine'
import { siteUrl } from './config'
import { load, parseDocs } from './load'
import { idKey } from '@versus/content'
import { mapSite, type SiteContent } from './site-content'
import { RawSiteSchema, RawSitemapDocSchema, type RawSitemapDoc } from './raw'
import { REQUESTS } from './requests'
import { engineCatalog, getIndex } from './site-index'
import { groupStandards, listComparisons, type ComparisonSummary, type StandardGroup } from './views'

/**
 * The site global. It is cosmetic (name, tagline, call to action, footer), so at
 * run time a CMS outage falls back to defaults instead of breaking every page,
 * the not-found page included.
 */
export const getSite = cache(async (): Promise<SiteContent> => {
  try {
    const body = await load(REQUESTS.site)
    const parsed = RawSiteSchema.safeParse(body)
    if (!parsed.success) console.warn('[cms] the site global did not parse; using defaults')
    return mapSite(parsed.success ? parsed.data : null, siteUrl())
  } catch (error) {
    unstable_rethrow(error)
    console.warn(`[cms] site global unavailable, using defaults: ${error instanceof Error ? error.message : error}`)
    return mapSite(null, siteUrl())
  }
})

export interface HomePage {
  site: SiteContent
  featured: ComparisonSummary[]
  groups: StandardGroup[]
  comparisons: ComparisonSummary[]
}

export async function getHomePage(): Promise<HomePage> {
  // The home page's index of standards shows names, obligation and legal nature: index fields only.
  const [index, site] = await Promise.all([getIndex({ comparisons: true }), getSite()])
  const comparisons = listComparisons(engineCatalog(index))
  return { site, featured: comparisons.filter((c) => c.featured), groups: groupStandards(index), comparisons }
}

export interface SitemapEntry {
  url: string
  lastModified?: string
}

export interface SitemapBodies {
  standards: unknown
  comparisons: unknown
  articles: unknown
}

/** Pure: every published page with absolute URLs, from the sitemap's own slim lists. */
export function buildSitemap(bodies: SitemapBodies, base: string): SitemapEntry[] {
  const entry = (path: string, lastModified?: string | null): SitemapEntry => ({
    url: `${base}${path}`,
    ...(lastModified ? { lastModified } : {}),
  })
  const standards = parseDocs('standards', RawSitemapDocSchema, bodies.standards).filter(
    (doc): doc is RawSitemapDoc & { slug: string } => typeof doc.slug === 'string' && doc.slug !== '',
  )
  const slugs = new Map(standards.map((doc) => [idKey(doc.id), doc.slug]))
  const side = (value: RawSitemapDoc['standardA']) =>
    value === null || value === undefined ? undefined : slugs.get(idKey(typeof value === 'object' ? value.id : value))
  const comparisons = parseDocs('comparisons', RawSitemapDocSchema, bodies.comparisons).flatMap((doc) => {
    const a = side(doc.standardA)
    const b = side(doc.standardB)
    return a && b && a !== b ? [{ standards: [a, b] as const, updatedAt: doc.updatedAt }] : []
  })
  // Each pair at the address it is shown at: standardA first, as its editor chose.
  const orders = pairOrders(comparisons.map((c) => c.standards))
  const pairs = new Map<string, SitemapEntry>()
  for (const { standards, updatedAt } of comparisons) {
    const path = comparisonPath(standards[0], standards[1], orders)
    if (!pairs.has(path)) pairs.set(path, entry(path, updatedAt))
  }
  const articles = parseDocs('articles', RawSitemapDocSchema, bodies.articles).flatMap((doc) =>
    doc.slug ? [entry(articlePath(doc.slug), doc.publishedAt ?? doc.updatedAt)] : [],
  )
  const standardEntries = standards
    .sort((x, y) => compareSlugs(x.slug, y.slug))
    .map((doc) => entry(standardPath(doc.slug), doc.updatedAt))
  const pairEntries = [...pairs.entries()].sort(([x], [y]) => compareSlugs(x, y)).map(([, value]) => value)
  // An index page changes when a document it lists does: its date is the newest of theirs.
  const newest = (entries: SitemapEntry[]) => latest(entries.map((e) => e.lastModified))
  return [
    entry('/', newest([...standardEntries, ...pairEntries, ...articles])),
    entry('/standards', newest(standardEntries)),
    entry('/compare', newest([...standardEntries, ...pairEntries])),
    entry('/articles', newest(articles)),
    ...standardEntries,
    ...pairEntries,
    ...articles,
  ]
}

/** The latest of some ISO dates, by time; null when none parses. */
export function latest(dates: readonly (string | undefined)[]): string | null {
  let best: string | null = null
  for (const date of dates) {
    if (date && !Number.isNaN(Date.parse(date)) && (best === null || Date.parse(date) > Date.parse(best))) best = date
  }
  return best
}

/** Every published page, with absolute URLs. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [standards, comparisons, articles] = await Promise.all([
    load(REQUESTS.sitemapStandards),
    load(REQUESTS.sitemapComparisons),
    load(REQUESTS.sitemapArticles),
  ])
  return buildSitemap({ standards, comparisons, articles }, siteUrl())
}
