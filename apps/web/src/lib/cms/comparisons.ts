import type { ComparisonModel, ComparisonRecord } from '@versus/engine'
import { compareStandards, pairSlug, parsePair } from '@versus/engine'
import { buildTimeParams } from './params'
import { getCatalog, standardsBySlug, type Catalog } from './catalog'
import type { SiteContent } from './map'
import { getSite } from './site'
import { listComparisons, type ComparisonSummary } from './views'

export type ComparisonPageResult =
  | { kind: 'ok'; model: ComparisonModel; site: SiteContent }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

const NOT_FOUND = { kind: 'not-found' } as const

export function findComparison(catalog: Catalog, a: string, b: string): ComparisonRecord | null {
  const key = pairSlug(a, b)
  return catalog.comparisons.find((c) => pairSlug(c.standards[0], c.standards[1]) === key) ?? null
}

/**
 * Pure decision for /compare/[pair]: a page exists only when a published
 * comparison joins two published standards. The reversed order redirects to the
 * canonical slug; malformed input, a self-pair or an unknown pair is not found.
 */
export function resolveComparisonPage(pairParam: string, catalog: Catalog, site: SiteContent): ComparisonPageResult {
  const parsed = parsePair(pairParam)
  if (!parsed) return NOT_FOUND
  const [x, y] = parsed.canonical.standards
  const comparison = findComparison(catalog, x, y)
  const index = standardsBySlug(catalog)
  const a = index.get(x)
  const b = index.get(y)
  if (!comparison || !a || !b) return NOT_FOUND
  if (!parsed.isCanonical) return { kind: 'redirect', path: parsed.canonical.path }
  const model = compareStandards({
    standards: [a, b],
    aspects: catalog.aspects,
    comparison,
    catalog: { standards: catalog.standards, comparisons: catalog.comparisons, articles: catalog.articles },
    site: { name: site.name, url: site.url },
  })
  return { kind: 'ok', model, site }
}

/** Shared by the comparison page and its generateMetadata (one fetch per render, deduplicated). */
export async function getComparisonPage(pairParam: string): Promise<ComparisonPageResult> {
  // A malformed slug is a 404 without asking the CMS anything.
  if (!parsePair(pairParam)) return NOT_FOUND
  const [catalog, site] = await Promise.all([getCatalog(), getSite()])
  return resolveComparisonPage(pairParam, catalog, site)
}

export async function getComparisonList(): Promise<{ site: SiteContent; comparisons: ComparisonSummary[] }> {
  const [catalog, site] = await Promise.all([getCatalog(), getSite()])
  return { site, comparisons: listComparisons(catalog) }
}

/**
 * Canonical pair slugs to prerender. Empty when the CMS is unreachable (the
 * build still succeeds; pages then render on first request).
 */
export async function getComparisonParams(): Promise<{ pair: string }[]> {
  return buildTimeParams('comparison pages', async () => listComparisons(await getCatalog()).map((c) => ({ pair: c.slug })))
}
