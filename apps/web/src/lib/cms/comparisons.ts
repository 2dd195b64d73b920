import type { ComparisonModel, ParsedPair, WhatItAddsModel } from '@versus/engine'
import { compareSlugs, compareStandards, displayPair, pairSlug, parsePair } from '@versus/engine'
import { buildTimeParams } from './params'
import { load, parseDocs } from './load'
import { getPairCrosswalk, type PairCrosswalk } from './crosswalk'
import { createMapContext, mapAspect, mapComparison, mapStandard } from '@versus/content'
import type { SiteContent } from './site-content'
import { RawAspectSchema, RawComparisonSchema, RawStandardSchema } from './raw'
import { REQUESTS, comparisonRequest, standardRequest } from './requests'
import { engineCatalog, getIndex, type IndexedComparison, type SiteIndex } from './site-index'
import { getSite } from './site'
import { listComparisons, type ComparisonSummary } from './views'

export type ComparisonPageResult =
  | {
      kind: 'ok'
      model: ComparisonModel
      site: SiteContent
      /**
       * Whether an editor published a comparison of the pair. A pair without one is generated from the
       * two standards' records alone: labelled so, noindex, outside the sitemap and JSON-LD says no more
       * than its breadcrumbs (generatedJsonLd).
       */
      reviewed: boolean
      /** "Already comply with A? What B adds", from A to B, then from B to A (the order shown). */
      adds: [WhatItAddsModel, WhatItAddsModel] | null
      /** Requirement-level overlap and coverage (empty when no crosswalk data). */
      crosswalk: PairCrosswalk
    }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

const NOT_FOUND = { kind: 'not-found' } as const

/** The published comparison of two published standards, in either order. */
export function findComparison(index: Pick<SiteIndex, 'comparisons'>, a: string, b: string): IndexedComparison | null {
  const key = pairSlug(a, b)
  return index.comparisons.find((c) => pairSlug(c.record.standards[0], c.record.standards[1]) === key) ?? null
}

export type PairLookup =
  /** `comparison` is null for a generated pair: two published standards nobody has compared yet. */
  | { kind: 'page'; slugs: [string, string]; comparison: IndexedComparison | null }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

/**
 * Pure decision for /compare/[pair], from the index alone: any two published
 * standards have a page, reviewed when a published comparison joins them,
 * generated from their records otherwise. A reviewed pair is addressed in the
 * order its editor chose, a generated one in canonical order; the other order
 * redirects there (the proxy usually answers that first). Malformed input, a
 * self-pair or a pair naming an unknown or unpublished standard is not found.
 */
export function lookupPair(parsed: ParsedPair | null, index: Pick<SiteIndex, 'comparisons' | 'standards' | 'orders'>): PairLookup {
  if (!parsed) return NOT_FOUND
  const [x, y] = parsed.standards
  const published = new Set(index.standards.map((s) => s.slug))
  if (!published.has(x) || !published.has(y)) return NOT_FOUND
  const comparison = findComparison(index, x, y)
  const shown = displayPair(x, y, index.orders)
  if (shown.standards[0] !== x) return { kind: 'redirect', path: shown.path }
  return { kind: 'page', slugs: shown.standards, comparison }
}

/**
 * What a generated pair's JSON-LD keeps: its breadcrumbs. No Article (nobody wrote or reviewed it) and
 * no FAQPage (its answers are the records' own, not the pair's), so nothing claims an editor's page.
 */
export function generatedJsonLd(jsonLd: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return jsonLd.filter((item) => item['@type'] === 'BreadcrumbList')
}

/** The full documents one comparison page renders besides the index: its two standards, the pair, the aspects. */
export interface PairDocuments {
  standards: [unknown, unknown]
  /** The pair's own document as the CMS answered; null for a generated pair (none published). */
  comparison: unknown
  aspects: unknown
}

/** Pure: the comparison model from the index and the pair's own documents; null if one went missing meanwhile. */
export function buildComparisonPage(
  slugs: [string, string],
  index: SiteIndex,
  documents: PairDocuments,
  site: SiteContent,
): ComparisonModel | null {
  const rawAspects = parseDocs('aspects', RawAspectSchema, documents.aspects)
  const context = { ...index.context, aspectSlugs: createMapContext({ standards: [], aspects: rawAspects, categories: [] }).aspectSlugs }
  const [a, b] = documents.standards.map((body, i) =>
    parseDocs('standards', RawStandardSchema, body)
      .filter((raw) => raw.slug === slugs[i])
      .map((raw) => mapStandard(raw, context))[0],
  )
  // A generated pair has no comparison document (null): the model then comes from the records alone.
  const reviewed = documents.comparison !== null
  const rawComparison = reviewed ? parseDocs('comparisons', RawComparisonSchema, documents.comparison)[0] : undefined
  const comparison = rawComparison ? mapComparison(rawComparison, context) : null
  if (!a || !b || (reviewed && !comparison)) return null
  const aspects = rawAspects.map(mapAspect).sort((p, q) => p.order - q.order || compareSlugs(p.slug, q.slug))
  return compareStandards({
    standards: [a, b],
    aspects,
    comparison,
    catalog: engineCatalog(index),
    site: { name: site.name, url: site.url },
  })
}

/** Shared by the comparison page and its generateMetadata (each request made once per render). */
export async function getComparisonPage(pairParam: string): Promise<ComparisonPageResult> {
  const parsed = parsePair(pairParam)
  // A malformed slug is a 404 without asking the CMS anything.
  if (!parsed) return NOT_FOUND
  const [index, site] = await Promise.all([getIndex({ comparisons: true, articles: true }), getSite()])
  const found = lookupPair(parsed, index)
  if (found.kind !== 'page') return found
  const [x, y] = found.slugs
  // A generated pair reads the comparisons index (getIndex above, tag `comparisons-index`), so publishing
  // the pair's comparison refreshes it into the reviewed page.
  const [first, second, comparison, aspects, crosswalk] = await Promise.all([
    load(standardRequest(x)),
    load(standardRequest(y)),
    found.comparison ? load(comparisonRequest(found.comparison.pairKey)) : null,
    load(REQUESTS.aspects),
    getPairCrosswalk(found.slugs, pairParam),
  ])
  const built = buildComparisonPage(found.slugs, index, { standards: [first, second], comparison, aspects }, site)
  if (!built) return NOT_FOUND
  const reviewed = found.comparison !== null
  const model = reviewed ? built : { ...built, seo: { ...built.seo, jsonLd: generatedJsonLd(built.seo.jsonLd) } }
  // The model's own "what it adds", read from the same resolved (overridden) values as its table.
  return { kind: 'ok', model, site, reviewed, adds: model.adds ?? null, crosswalk }
}

export async function getComparisonList(): Promise<{ site: SiteContent; comparisons: ComparisonSummary[] }> {
  const [index, site] = await Promise.all([getIndex({ comparisons: true }), getSite()])
  return { site, comparisons: listComparisons(engineCatalog(index)) }
}

/**
 * Pair slugs to prerender, each in the order its page is shown. Empty when the CMS is unreachable (the
 * build still succeeds; pages then render on first request).
 */
export async function getComparisonParams(): Promise<{ pair: string }[]> {
  return buildTimeParams('comparison pages', async () =>
    listComparisons(engineCatalog(await getIndex({ comparisons: true }))).map((c) => ({ pair: c.slug })),
  )
}
