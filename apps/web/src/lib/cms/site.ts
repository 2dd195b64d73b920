import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'
import { articlePath, standardPath } from '@versus/engine'
import { getCatalog } from './catalog'
import { siteUrl } from './config'
import { cmsFetch } from './fetch'
import { mapSite, type SiteContent } from './map'
import { RawSiteSchema } from './raw'
import { TAGS } from './tags'
import { groupStandards, listComparisons, type ComparisonSummary, type StandardGroup } from './views'

/**
 * The site global. It is cosmetic (name, tagline, call to action, footer), so at
 * run time a CMS outage falls back to defaults instead of breaking every page,
 * the not-found page included.
 */
export const getSite = cache(async (): Promise<SiteContent> => {
  try {
    const body = await cmsFetch('/api/globals/site?depth=0', [TAGS.site])
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
  const [catalog, site] = await Promise.all([getCatalog(), getSite()])
  const comparisons = listComparisons(catalog)
  return { site, featured: comparisons.filter((c) => c.featured), groups: groupStandards(catalog), comparisons }
}

export interface SitemapEntry {
  url: string
  lastModified?: string
}

/** Every published page, with absolute URLs. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const catalog = await getCatalog()
  const base = siteUrl()
  const entry = (path: string, lastModified?: string): SitemapEntry => ({
    url: `${base}${path}`,
    ...(lastModified ? { lastModified } : {}),
  })
  return [
    entry('/'),
    entry('/standards'),
    entry('/compare'),
    entry('/articles'),
    ...catalog.standards.map((s) => entry(standardPath(s.slug), s.updatedAt)),
    ...listComparisons(catalog).map((c) => entry(c.path, c.updatedAt)),
    ...catalog.articles.map((a) => entry(articlePath(a.slug), a.publishedAt)),
  ]
}
