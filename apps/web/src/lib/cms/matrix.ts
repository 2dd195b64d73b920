/**
 * Matrix pages: three or four published standards side by side
 * (/compare/gdpr-vs-iso-27701-vs-nis2). No comparison document is needed; the
 * page exists whenever every standard named is published.
 */
import type { MatrixModel, ParsedSelection, StandardRecord } from '@versus/engine'
import { compareMany, compareSlugs, parseSelection } from '@versus/engine'
import { load, parseDocs } from './load'
import { createMapContext, mapAspect, mapStandard } from '@versus/content'
import type { SiteContent } from './site-content'
import { RawAspectSchema, RawStandardSchema } from './raw'
import { REQUESTS, standardRequest } from './requests'
import { getIndex, type SiteIndex } from './site-index'
import { getSite } from './site'

export type MatrixPageResult =
  | { kind: 'ok'; model: MatrixModel; site: SiteContent }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

const NOT_FOUND = { kind: 'not-found' } as const

/** Pure: whether a /compare segment names three or four standards (a matrix) rather than a pair. */
export function isMatrixParam(param: string): boolean {
  return (parseSelection(param)?.standards.length ?? 0) >= 3
}

export type SelectionLookup =
  | { kind: 'page'; slugs: string[] }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

/**
 * Pure decision for a matrix, from the index alone: a page exists when three
 * or four different standards are all published. Another order redirects to
 * the canonical one (the proxy usually answers that first); malformed input, a
 * repeated standard, five or more, or an unknown standard is not found.
 */
export function lookupSelection(parsed: ParsedSelection | null, index: Pick<SiteIndex, 'standards'>): SelectionLookup {
  if (!parsed || parsed.standards.length < 3) return NOT_FOUND
  const published = new Set(index.standards.map((s) => s.slug))
  if (!parsed.standards.every((slug) => published.has(slug))) return NOT_FOUND
  if (!parsed.isCanonical) return { kind: 'redirect', path: parsed.canonical.path }
  return { kind: 'page', slugs: parsed.canonical.standards }
}

/** Full standard records from one-document REST bodies, in the order of `slugs`; null if one went missing meanwhile. */
export function mapStandardDocuments(slugs: readonly string[], index: SiteIndex, bodies: readonly unknown[], aspectsBody: unknown): StandardRecord[] | null {
  const rawAspects = parseDocs('aspects', RawAspectSchema, aspectsBody)
  const context = { ...index.context, aspectSlugs: createMapContext({ standards: [], aspects: rawAspects, categories: [] }).aspectSlugs }
  const records = bodies.map((body, i) =>
    parseDocs('standards', RawStandardSchema, body)
      .filter((raw) => raw.slug === slugs[i])
      .map((raw) => mapStandard(raw, context))[0],
  )
  return records.every((r): r is StandardRecord => r !== undefined) && records.length === slugs.length ? records : null
}

function aspectsOf(body: unknown) {
  return parseDocs('aspects', RawAspectSchema, body)
    .map(mapAspect)
    .sort((p, q) => p.order - q.order || compareSlugs(p.slug, q.slug))
}

/** Pure: the matrix model from the index and the standards' own documents; null if one went missing meanwhile. */
export function buildMatrixPage(
  slugs: readonly string[],
  index: SiteIndex,
  documents: { standards: readonly unknown[]; aspects: unknown },
  site: SiteContent,
): MatrixModel | null {
  const standards = mapStandardDocuments(slugs, index, documents.standards, documents.aspects)
  if (!standards) return null
  return compareMany({
    standards,
    aspects: aspectsOf(documents.aspects),
    publishedPairs: index.comparisons.map((c) => c.record.standards),
    site: { name: site.name, url: site.url },
  })
}

/** Shared by the matrix page and its generateMetadata (each request made once per render). */
export async function getMatrixPage(param: string): Promise<MatrixPageResult> {
  const parsed = parseSelection(param)
  if (!parsed || parsed.standards.length < 3) return NOT_FOUND
  const [index, site] = await Promise.all([getIndex({ comparisons: true }), getSite()])
  const found = lookupSelection(parsed, index)
  if (found.kind !== 'page') return found
  const [aspects, ...standards] = await Promise.all([load(REQUESTS.aspects), ...found.slugs.map((slug) => load(standardRequest(slug)))])
  const model = buildMatrixPage(found.slugs, index, { standards, aspects }, site)
  return model ? { kind: 'ok', model, site } : NOT_FOUND
}
