/**
 * Crosswalk data: the CMS's `GET /api/crosswalk-data?standards=a,b` answers a
 * CrosswalkBundle (@versus/content): the named standards' editions, every
 * published set touching them, the editions those sets reference, their
 * requirements, the sets' rows. Cached and tagged `crosswalk:<slug>` per named
 * standard (a publish of a set touching it refreshes the pages that read it).
 * A CMS without the endpoint (404) means "no crosswalk data", never an error.
 * Everything else here turns the bundle into the pages' view models
 * (lib/crosswalk, through toCrosswalkRecords and the engine).
 */
import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'
import { z } from 'zod'
import type { CrosswalkBundle } from '@versus/content'
import { crosswalkTag } from '@versus/content'
import type { CoverageSummary } from '@versus/engine'
import { isValidSlug } from '@versus/engine'
import type { CatalogView, EditionDiffView, RequirementOverlapView, RequirementPageView } from '@versus/ui'
import { buildCatalog } from '@/lib/crosswalk/catalog'
import { editionRequirementPath, indexCrosswalk, requirementHref, type CrosswalkIndex } from '@/lib/crosswalk/crosswalk-index'
import { buildEditionDiff } from '@/lib/crosswalk/edition-diff'
import { buildRequirementOverlap, coverageSummaries, pairCoverage } from '@/lib/crosswalk/pair-overlap'
import { buildRequirementPage } from '@/lib/crosswalk/requirement-page'
import { setsBetweenStandards, type SetsBetween } from '@/lib/crosswalk/set-export'
import { isDraft } from './draft'
import { cmsFetch } from './fetch'
import type { CmsRequest } from './requests'
import { getIndex } from './site-index'
import { getSite } from './site'
import type { SiteContent } from './site-content'

/** The one request: the named standards, sorted, deduplicated, each tagged. */
export function crosswalkRequest(slugs: string[]): CmsRequest {
  const named = [...new Set(slugs)].sort()
  return {
    path: `/api/crosswalk-data?${new URLSearchParams({ standards: named.join(',') }).toString()}`,
    tags: named.map(crosswalkTag),
  }
}

const text = z.string().min(1)
const optionalText = z.string().nullish()
const EditionSchema = z.object({
  id: text,
  standard: text,
  label: text,
  year: z.number(),
  status: z.enum(['current', 'superseded', 'withdrawn', 'draft']),
  supersedes: optionalText,
  transitionDeadline: optionalText,
  amendments: z.array(z.string()).nullish(),
  textLicence: z.enum(['full-text', 'titles-and-ids', 'ids-only']),
})
const RequirementSchema = z.object({
  edition: text,
  refId: text,
  parent: optionalText,
  kind: optionalText,
  assessable: z.boolean(),
  title: optionalText,
  summary: optionalText,
  text: optionalText,
  order: z.number().nullish(),
})
const SetSchema = z.object({
  id: text,
  title: optionalText,
  sourceEdition: text,
  targetEdition: text,
  publisher: text,
  author: optionalText,
  method: z.enum(['set-theory', 'crosswalk', 'supportive', 'edition-transition']),
  comprehensive: z.boolean(),
  licence: optionalText,
  sourceUrl: optionalText,
  reviewedAt: optionalText,
  status: z.enum(['draft', 'complete', 'not-complete', 'deprecated', 'superseded']),
  fileHash: optionalText,
  coveredTargets: z.array(z.string()).nullish(),
  coveredSources: z.array(z.string()).nullish(),
})
const MappingSchema = z.object({
  set: text,
  sources: z.array(z.string()),
  targets: z.array(z.string()),
  relationship: z.enum(['equal', 'subset', 'superset', 'intersect', 'not-related', 'related']),
  rationale: z.enum(['syntactic', 'semantic', 'functional']).nullish(),
  strength: z.number().min(0).max(10).nullish(),
  gapNote: optionalText,
})

/** Entries that do not fit the contract are skipped with a warning; a body that is no bundle at all gives an empty one. */
export function parseBundle(body: unknown): CrosswalkBundle {
  const empty: CrosswalkBundle = { editions: [], requirements: [], sets: [], mappings: [] }
  if (!body || typeof body !== 'object') return empty
  const raw = body as Record<string, unknown>
  const list = <T,>(name: string, schema: z.ZodType<T>): T[] => {
    const items = Array.isArray(raw[name]) ? (raw[name] as unknown[]) : []
    const out: T[] = []
    let skipped = 0
    for (const item of items) {
      const parsed = schema.safeParse(item)
      if (parsed.success) out.push(parsed.data)
      else skipped++
    }
    if (skipped > 0) console.warn(`[cms] skipped ${skipped} crosswalk ${name} that do not fit the contract`)
    return out
  }
  return {
    editions: list('editions', EditionSchema),
    requirements: list('requirements', RequirementSchema),
    sets: list('sets', SetSchema),
    mappings: list('mappings', MappingSchema),
  }
}

// Once per render for the same standards (generateMetadata and the page).
const fetchOnce = cache((path: string, tags: string) => cmsFetch(path, tags.split(' '), { notFoundAsNull: true }))

/** The bundle for these standards; empty when the CMS has no crosswalk endpoint. */
export async function loadCrosswalkBundle(slugs: string[]): Promise<CrosswalkBundle> {
  const valid = slugs.filter(isValidSlug)
  if (valid.length === 0) return parseBundle(null)
  const request = crosswalkRequest(valid)
  return parseBundle(await fetchOnce(request.path, request.tags.join(' ')))
}

/**
 * The bundle indexed, with the site's names for the standards it mentions. In an editor's preview
 * (inside asDraft; the request then asked for drafts, draft.ts) draft editions and sets stay in.
 */
async function crosswalkIndex(slugs: string[]): Promise<CrosswalkIndex> {
  const [bundle, index, drafts] = await Promise.all([loadCrosswalkBundle(slugs), getIndex(), isDraft()])
  return indexCrosswalk(bundle, new Map(index.standards.map((s) => [s.slug, s.shortName])), { drafts })
}

export interface PairCrosswalk {
  /** The pair page's overlap section; null when there is nothing to say. */
  overlap: RequirementOverlapView | null
  /** The JSON API's `coverage`: one summary per direction, empty without a set. */
  coverage: CoverageSummary[]
}

/** Pure: the pair's crosswalk from an indexed bundle. */
export function buildPairCrosswalk(index: CrosswalkIndex, slugs: [string, string], pairSlug: string): PairCrosswalk {
  return { overlap: buildRequirementOverlap(index, slugs, pairSlug), coverage: coverageSummaries(pairCoverage(index, slugs)) }
}

/**
 * On pages whose main content is something else (a pair, a standard), crosswalk data is a section:
 * if the CMS fails on it alone, the page renders without the section rather than not at all.
 */
async function orNothing<T>(what: string, load: () => Promise<T>, nothing: T): Promise<T> {
  try {
    return await load()
  } catch (error) {
    unstable_rethrow(error)
    console.warn(`[cms] ${what} left out: ${error instanceof Error ? error.message : String(error)}`)
    return nothing
  }
}

export async function getPairCrosswalk(slugs: [string, string], pairSlug: string): Promise<PairCrosswalk> {
  return orNothing(`crosswalk of ${pairSlug}`, async () => buildPairCrosswalk(await crosswalkIndex(slugs), slugs, pairSlug), {
    overlap: null,
    coverage: [],
  })
}

/** A standard's catalog for its page, or null without one. */
export async function getStandardCatalog(slug: string): Promise<CatalogView | null> {
  return orNothing(`catalog of ${slug}`, async () => buildCatalog(await crosswalkIndex([slug]), slug), null)
}

/** A page that needs the standard to be published: null (404) otherwise. */
async function published(slug: string): Promise<boolean> {
  return isValidSlug(slug) && (await getIndex()).standards.some((s) => s.slug === slug)
}

/**
 * A requirement's page: at `segment` of the standard (its current edition first), or of one
 * `edition` when named (/standards/<slug>/editions/<edition>/requirements/<segment>). `path` is the
 * requirement's own address (the short one whenever it reaches this requirement), for the canonical link.
 */
export async function getRequirementPage(
  slug: string,
  segment: string,
  edition?: string,
): Promise<{ site: SiteContent; view: RequirementPageView; path: string } | null> {
  if (!(await published(slug))) return null
  if (edition !== undefined && !isValidSlug(edition)) return null
  const [index, site] = await Promise.all([crosswalkIndex([slug]), getSite()])
  const view = buildRequirementPage(index, slug, segment, edition)
  if (!view) return null
  const path = requirementHref(index, view.edition.id, view.refId) ?? editionRequirementPath(slug, view.edition.id, view.refId)
  return { site, view, path }
}

export async function getEditionDiffPage(slug: string, param: string): Promise<{ site: SiteContent; view: EditionDiffView } | null> {
  if (!(await published(slug))) return null
  const [index, site] = await Promise.all([crosswalkIndex([slug]), getSite()])
  const view = buildEditionDiff(index, slug, param)
  return view ? { site, view } : null
}

/** The sets between two published standards; null when a standard is unknown. */
export async function getSetsBetween(from: string, to: string): Promise<SetsBetween | null> {
  if (from === to || !(await published(from)) || !(await published(to))) return null
  return setsBetweenStandards(await crosswalkIndex([from, to]), from, to)
}
