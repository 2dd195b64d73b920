/**
 * Data for the site's search (/search and /standards?q=): the index built
 * from the cached, tagged requests the other pages read (the standards list,
 * comparisons and articles indexes, the crosswalk data of every published
 * standard), kept once per data version: a request builds the documents
 * (cheap) and reuses the MiniSearch index while they are unchanged.
 */
import { MAX_CROSSWALK_STANDARDS } from '@versus/content'
import { unstable_rethrow } from 'next/navigation'
import { indexCrosswalk, type CrosswalkIndex } from '@/lib/crosswalk/crosswalk-index'
import { mergeBundles } from '@/lib/crosswalk/merge-bundles'
import { buildSearchDocs } from '@/lib/search/search-docs'
import { cleanQuery, createSearchIndex, hasSearchTerms, searchSite, type SearchDoc, type SearchKind, type SearchResults, type SiteSearchIndex } from '@/lib/search/search-index'
import { loadCrosswalkBundle } from './crosswalk'
import { getIndex, engineCatalog } from './site-index'
import { getSite } from './site'
import type { SiteContent } from './site-content'
import { listComparisons } from './views'

/** One index per use (with requirements or without), each for the documents it was last built from. */
const kept = new Map<string, { key: string; index: SiteSearchIndex }>()

/** The index of these documents: the kept one when they are the same as last time, else a new one (kept instead). */
export function searchIndexFor(slot: string, docs: readonly SearchDoc[]): SiteSearchIndex {
  const key = JSON.stringify(docs)
  const found = kept.get(slot)
  if (found?.key === key) return found.index
  const index = createSearchIndex(docs)
  kept.set(slot, { key, index })
  return index
}

/**
 * Requirements are a part of the results: when the CMS fails on them alone, search goes on without them.
 * Every published standard's data, ten standards a request (each cached and tagged), merged.
 */
async function requirementCatalogs(slugs: string[], names: Map<string, string>): Promise<CrosswalkIndex | null> {
  try {
    const chunks = Array.from({ length: Math.ceil(slugs.length / MAX_CROSSWALK_STANDARDS) }, (_, i) =>
      slugs.slice(i * MAX_CROSSWALK_STANDARDS, (i + 1) * MAX_CROSSWALK_STANDARDS),
    )
    return indexCrosswalk(mergeBundles(await Promise.all(chunks.map((chunk) => loadCrosswalkBundle(chunk)))), names)
  } catch (error) {
    unstable_rethrow(error)
    console.warn(`[cms] search without requirements: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

async function loadSearchIndex(withRequirements: boolean): Promise<SiteSearchIndex> {
  const index = await getIndex({ cards: true, comparisons: true, articles: true })
  const names = new Map(index.standards.map((s) => [s.slug, s.shortName]))
  const crosswalk = withRequirements ? await requirementCatalogs([...names.keys()], names) : null
  const docs = buildSearchDocs({
    standards: index.standards,
    comparisons: listComparisons(engineCatalog(index)),
    articles: index.articles,
    crosswalk,
  })
  return searchIndexFor(withRequirements ? 'site' : 'standards', docs)
}

/** /search?q=: everything that matches, grouped and ranked. */
export async function getSearchPage(query: unknown): Promise<{ site: SiteContent; results: SearchResults }> {
  const [index, site] = await Promise.all([loadSearchIndex(true), getSite()])
  return { site, results: searchSite(index, query) }
}

/** /standards?q=: the slugs of the standards that match, or null when the query has nothing to look for. */
export async function searchStandardSlugs(query: string): Promise<Set<string> | null> {
  const kinds: SearchKind[] = ['standard']
  if (!hasSearchTerms(cleanQuery(query))) return null
  const results = searchSite(await loadSearchIndex(false), query, kinds, Number.MAX_SAFE_INTEGER)
  return new Set(results.groups.flatMap((g) => g.hits.map((h) => h.id.replace(/^standard:/, ''))))
}
