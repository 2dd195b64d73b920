import type { ComparisonModel, ParsedPair, WhatItAddsModel } from '@versus/engine'
import { compareSlugs, compareStandards, pairSlug, parsePair } from '@versus/engine'
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
      /** "Already comply with A? What B adds", from A to B, then from B to A (canonical order). */
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
  | { kind: 'page'; slugs: [string, string]; comparison: IndexedComparison }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

/**
 * Pure decision for /compare/[pair], from the index alone: a page exists only
 * when a published comparison joins two published standards. The reversed
 * order redirects to the canonical slug (the proxy usually answers that
 * first); malformed input, a self-pair or an unknown pair is not found.
 */
export function lookupPair(parsed: ParsedPair | null, index: Pick<SiteIndex, 'comparisons'>): PairLookup {
  if (!parsed) return NOT_FOUND
  const [x, y] = parsed.canonical.standards
  const comparison = findComparison(index, x, y)
  if (!comparison) return NOT_FOUND
  if (!parsed.isCanonical) return { kind: 'redirect', path: parsed.canonical.path }
  return { kind: 'page', slugs: [x, y], comparison }
}

/** The full documents one comparison page renders besides the index: its two standards, the pair, the aspects. */
export interface PairDocuments {
  standards: [unknown, unknown]
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
  const rawComparison = parseDocs('comparisons', RawComparisonSchema, documents.comparison)[0]
  const comparison = rawComparison ? mapComparison(rawComparison, context) : null
  if (!a || !b || !comparison) return null
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
  const [first, second, comparison, aspects, crosswalk] = await Promise.all([
    load(standardRequest(x)),
    load(standardRequest(y)),
    load(comparisonRequest(found.comparison.pairKey)),
    load(REQUESTS.aspects),
    getPairCrosswalk(found.slugs, parsed.canonical.slug),
  ])
  const model = buildComparisonPage(found.slugs, index, { standards: [first, second], comparison, aspects }, site)
  if (!model) return NOT_FOUND
  // The model's own "what it adds", read from the same resolved (overridden) values as its table.
  return { kind: 'ok', model, site, adds: model.adds ?? null, crosswalk }
}

export async function getComparisonList(): Promise<{ site: SiteContent; comparisons: ComparisonSummary[] }> {
  const [index, site] = await Promise.all([getIndex({ comparisons: true }), getSite()])
  return { site, comparisons: listComparisons(engineCatalog(index)) }
}

/**
 * Canonical pair slugs to prerender. Empty when the CMS is unreachable (the
 * build still succeeds; pages then render on first request).
 */
export async function getComparisonParams(): Promise<{ pair: string }[]> {
  return buildTimeParams('comparison pages', async () =>
    listComparisons(engineCatalog(await getIndex({ comparisons: true }))).map((c) => ({ pair: c.slug })),
  )
}
