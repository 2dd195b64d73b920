/**
 * Writes every document of the five collections as a `versus/1` file: each
 * document's latest version (drafts marked `"status": "draft"`), references
 * as slugs, rich text as the stored Lexical JSON, records sorted by slug
 * (comparisons by their two slugs, sorted) and keys in a fixed order, so the
 * same content always gives the same file and importing it into an empty
 * database reproduces it.
 */
import { relationId } from '@versus/content'
import { createLocalReq } from 'payload'
import type { CollectionSlug, JsonObject, Payload, PayloadRequest } from 'payload'

import { FORMAT, TRANSFER_COLLECTIONS, VERSIONED, pairName } from './format'
import type {
  ArticleRecord,
  AspectRecord,
  CategoryRecord,
  ComparisonRecord,
  RichTextInput,
  SiteRecord,
  StandardRecord,
  TransferCollection,
  TransferFile,
  VersionOf,
} from './format'
import { loadExisting } from './import'

type Doc = JsonObject & { id: number | string }

export interface ExportResult {
  file: TransferFile
  /** References to documents that no longer exist, left out of the file. */
  warnings: string[]
}

/** Drops keys whose value is empty (null, undefined, empty list), which an import reads as empty anyway. */
function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = value
  }
  return out as T
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)
const date = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' ? new Date(value).toISOString() : undefined
const rows = (value: unknown): JsonObject[] => (Array.isArray(value) ? (value as JsonObject[]) : [])
const rich = (value: unknown): RichTextInput | undefined =>
  value && typeof value === 'object' ? (value as RichTextInput) : undefined
const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)

export interface ExportOptions {
  /**
   * Also write each record's timestamps and, for standards, comparisons and
   * articles, every stored version (and the live version under a newer
   * draft): a backup that an import into an empty database restores exactly.
   */
  history?: boolean
}

/** Id → slug of the documents that exist, and a place to note references to ones that do not. */
export interface Lookups {
  categories: Map<string, string>
  aspects: Map<string, string>
  standards: Map<string, string>
  slugOf(map: Map<string, string>, value: unknown, where: string): string | undefined
}

const timestamps = (doc: Doc) => ({ createdAt: date(doc.createdAt), updatedAt: date(doc.updatedAt) })
const slugList = (value: unknown) => rows(value).map((row) => String(row.slug ?? ''))
const faqRows = (value: unknown) =>
  rows(value).map((row) => ({ question: String(row.question ?? ''), answer: String(row.answer ?? '') }))

function categoryRecord(doc: Doc): CategoryRecord {
  return compact({ slug: String(doc.slug), name: str(doc.name), description: str(doc.description) })
}

function aspectRecord(doc: Doc): AspectRecord {
  return compact({ slug: String(doc.slug), name: str(doc.name), order: num(doc.order), description: str(doc.description) })
}

/** A standard document, or one stored version's snapshot of it, as a record. */
function standardRecord(doc: Doc, lookups: Lookups): StandardRecord {
  const slug = String(doc.slug)
  const months = (doc.implementationMonths ?? {}) as { min?: unknown; max?: unknown }
  const implementationMonths = compact({ min: num(months.min), max: num(months.max) })
  return compact({
    slug,
    shortName: str(doc.shortName),
    officialTitle: str(doc.officialTitle),
    editionYear: num(doc.editionYear),
    legalNature: str(doc.legalNature),
    obligation: str(doc.obligation),
    jurisdiction: str(doc.jurisdiction),
    publisher: str(doc.publisher),
    category: lookups.slugOf(lookups.categories, doc.category, `standards ${slug}.category`),
    tagline: str(doc.tagline),
    costBand: num(doc.costBand),
    complexity: str(doc.complexity),
    implementationMonths: Object.keys(implementationMonths).length ? implementationMonths : undefined,
    keyFeatures: rows(doc.keyFeatures).map((row) => String(row.text ?? '')),
    whatItIs: rich(doc.whatItIs),
    keyComponents: rows(doc.keyComponents).map((row) => String(row.text ?? '')),
    whyOrganizationsUseIt: rich(doc.whyOrganizationsUseIt),
    implementationOverview: rich(doc.implementationOverview),
    aspectValues: rows(doc.aspectValues).flatMap((row, i) => {
      const aspect = lookups.slugOf(lookups.aspects, row.aspect, `standards ${slug}.aspectValues[${i}]`)
      return aspect ? [{ aspect, value: String(row.value ?? '') }] : []
    }),
    faq: faqRows(doc.faq),
    sources: rows(doc.sources).map((row) => ({ label: String(row.label ?? ''), url: String(row.url ?? '') })),
    related: rows(doc.related).flatMap((row, i) => {
      const standard = lookups.slugOf(lookups.standards, row.standard, `standards ${slug}.related[${i}]`)
      return standard ? [{ standard, relation: String(row.relation ?? '') }] : []
    }),
    previousSlugs: slugList(doc.previousSlugs),
    status: doc._status === 'draft' ? ('draft' as const) : undefined,
  })
}

/** Null when one of the two standards no longer exists. */
function comparisonRecord(doc: Doc, lookups: Lookups): ComparisonRecord | null {
  const a = lookups.slugOf(lookups.standards, doc.standardA, `comparisons ${String(doc.title)}.standardA`)
  const b = lookups.slugOf(lookups.standards, doc.standardB, `comparisons ${String(doc.title)}.standardB`)
  if (!a || !b) return null
  return compact({
    standards: [a, b] as [string, string],
    summary: str(doc.summary),
    verdict: str(doc.verdict),
    verdictBasis: str(doc.verdictBasis),
    featured: doc.featured === true ? true : undefined,
    faq: faqRows(doc.faq),
    aspectOverrides: rows(doc.aspectOverrides).flatMap((row, i) => {
      const aspect = lookups.slugOf(lookups.aspects, row.aspect, `comparisons ${a} vs ${b}.aspectOverrides[${i}]`)
      if (!aspect) return []
      const basis = str(row.basis)
      return [{ aspect, standard: row.side === 'b' ? b : a, value: String(row.value ?? ''), ...(basis === undefined ? {} : { basis }) }]
    }),
    status: doc._status === 'draft' ? ('draft' as const) : undefined,
  })
}

function articleRecord(doc: Doc, lookups: Lookups): ArticleRecord {
  const slug = String(doc.slug)
  const standardsOf = Array.isArray(doc.standards) ? doc.standards : []
  return compact({
    slug,
    title: str(doc.title),
    summary: str(doc.summary),
    body: rich(doc.body),
    standards: standardsOf.flatMap((value, i) => {
      const standard = lookups.slugOf(lookups.standards, value, `articles ${slug}.standards[${i}]`)
      return standard ? [standard] : []
    }),
    publishedAt: date(doc.publishedAt),
    previousSlugs: slugList(doc.previousSlugs),
    status: doc._status === 'draft' ? ('draft' as const) : undefined,
  })
}

/**
 * The history of one collection's documents, by document id: every stored
 * version oldest first, as records. Versions are ordered by when they were
 * saved, then by id (SQLite ids count up; MongoDB ObjectIds do within a process).
 */
async function versionsOf<R>(
  payload: Payload,
  req: PayloadRequest,
  collection: 'standards' | 'comparisons' | 'articles',
  toRecord: (doc: Doc) => R | null,
): Promise<Map<string, VersionOf<R>[]>> {
  const { docs } = await payload.findVersions({
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const idOrder = (id: unknown) => (typeof id === 'number' ? id.toString().padStart(16, '0') : String(id))
  const sorted = [...(docs as unknown as Doc[])].sort((x, y) => {
    const left = `${date(x.createdAt)} ${idOrder(x.id)}`
    const right = `${date(y.createdAt)} ${idOrder(y.id)}`
    return left < right ? -1 : left > right ? 1 : 0
  })
  const byParent = new Map<string, VersionOf<R>[]>()
  for (const version of sorted) {
    const parent = relationId(version.parent)
    const record = toRecord({ ...(version.version as JsonObject), id: version.id } as Doc)
    if (parent === null || record === null) continue
    const list = byParent.get(parent) ?? []
    list.push({ ...record, ...timestamps(version) } as VersionOf<R>)
    byParent.set(parent, list)
  }
  return byParent
}

/**
 * Id → slug of every category, aspect and standard in `existing`, plus `extra`
 * (ids that stand for documents an import has not written yet); a reference
 * to anything else is noted in `warnings` and left out.
 */
export function slugLookups(
  existing: Awaited<ReturnType<typeof loadExisting>>,
  warnings: string[],
  extra: { target: 'categories' | 'aspects' | 'standards'; id: number | string; slug: string }[],
): Lookups {
  const slugs = (docs: Map<string, Doc>) => new Map([...docs.values()].map((doc) => [String(doc.id), String(doc.slug)]))
  const lookups: Lookups = {
    categories: slugs(existing.categories),
    aspects: slugs(existing.aspects),
    standards: slugs(existing.standards),
    slugOf(map, value, where) {
      const id = relationId(value)
      if (id === null) return undefined
      const slug = map.get(id)
      if (slug === undefined) warnings.push(`${where}: refers to a document that no longer exists (id ${id}); left out`)
      return slug
    },
  }
  for (const { target, id, slug } of extra) lookups[target].set(String(id), slug)
  return lookups
}

/** A document (or a document as it would be after a write) as its record in the file. */
export function recordOf(collection: TransferCollection, doc: JsonObject, lookups: Lookups): Record<string, unknown> {
  const record = doc as Doc
  switch (collection) {
    case 'categories':
      return { ...categoryRecord(record) }
    case 'aspects':
      return { ...aspectRecord(record) }
    case 'standards':
      return { ...standardRecord(record, lookups) }
    case 'comparisons':
      return { ...(comparisonRecord(record, lookups) ?? {}) }
    case 'articles':
      return { ...articleRecord(record, lookups) }
  }
}

export async function exportContent(payload: Payload, options: ExportOptions = {}): Promise<ExportResult> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const existing = await loadExisting(payload, req, true)
  const warnings: string[] = []

  const lookups = slugLookups(existing, warnings, [])

  // A history export also carries each document's timestamps (those of the main document, which holds the
  // live version), every stored version, and the live version where a newer draft hides it.
  const history = options.history === true
  const live = history ? await loadLive(payload, req) : null
  const withHistory = async <R extends object>(
    collection: TransferCollection,
    docs: Doc[],
    toRecord: (doc: Doc) => R | null,
  ): Promise<R[]> => {
    const versions =
      history && VERSIONED.has(collection)
        ? await versionsOf(payload, req, collection as 'standards' | 'comparisons' | 'articles', toRecord)
        : null
    return docs.flatMap((doc) => {
      const record = toRecord(doc)
      if (!record) return []
      if (!history) return [record]
      const main = live?.[collection].get(String(doc.id)) ?? doc
      const out: Record<string, unknown> = { ...record, ...timestamps(main) }
      if (versions) {
        const list = versions.get(String(doc.id)) ?? []
        if (list.length) out.versions = list
        // The latest version is a draft over a published one: the site shows the main document.
        if (main._status === 'published' && (record as { status?: string }).status === 'draft') {
          const shown = toRecord(main) as Record<string, unknown> | null
          if (shown) out.live = shown
        }
      }
      return [out as R]
    })
  }

  const categories = (await withHistory('categories', [...existing.categories.values()], categoryRecord)).sort(bySlug)
  const aspects = (await withHistory('aspects', [...existing.aspects.values()], aspectRecord)).sort(bySlug)
  const standards = (
    await withHistory('standards', [...existing.standards.values()], (doc) => standardRecord(doc, lookups))
  ).sort(bySlug)
  const comparisons = (
    await withHistory('comparisons', [...existing.comparisons.values()], (doc) => comparisonRecord(doc, lookups))
  ).sort((x, y) => {
    const left = pairName(x.standards)
    const right = pairName(y.standards)
    return left < right ? -1 : left > right ? 1 : 0
  })
  const articles = (
    await withHistory('articles', [...existing.articles.values()], (doc) => articleRecord(doc, lookups))
  ).sort(bySlug)

  const site = siteRecord((await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })) as unknown as Doc)

  return {
    file: { format: FORMAT, categories, aspects, standards, comparisons, articles, ...(site ? { site } : {}) },
    warnings: [...new Set(warnings)],
  }
}

/** The `site` global, or undefined when it holds nothing. */
function siteRecord(doc: Doc): SiteRecord | undefined {
  const cta = (doc.cta ?? {}) as JsonObject
  const ctaRecord = compact({ heading: str(cta.heading), body: str(cta.body), linkLabel: str(cta.linkLabel), linkUrl: str(cta.linkUrl) })
  const record = compact({
    siteName: str(doc.siteName),
    tagline: str(doc.tagline),
    cta: Object.keys(ctaRecord).length ? ctaRecord : undefined,
    footerLinks: rows(doc.footerLinks).map((row) => ({ label: String(row.label ?? ''), url: String(row.url ?? '') })),
  })
  return Object.keys(record).length ? record : undefined
}

/** The main documents (what the site shows for published ones), by collection and id. */
async function loadLive(payload: Payload, req: PayloadRequest): Promise<Record<TransferCollection, Map<string, Doc>>> {
  const entries = await Promise.all(
    TRANSFER_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return [collection, new Map((docs as unknown as Doc[]).map((doc) => [String(doc.id), doc]))] as const
    }),
  )
  return Object.fromEntries(entries) as Record<TransferCollection, Map<string, Doc>>
}

/** What an export holds, in words: `2 categories, 1 aspect, …, 0 articles and the site settings`. */
export function exportSummary(file: TransferFile): string {
  const nouns: Record<TransferCollection, [string, string]> = {
    categories: ['category', 'categories'],
    aspects: ['aspect', 'aspects'],
    standards: ['standard', 'standards'],
    comparisons: ['comparison', 'comparisons'],
    articles: ['article', 'articles'],
  }
  const parts = TRANSFER_COLLECTIONS.map((collection) => {
    const count = file[collection]?.length ?? 0
    return `${count} ${nouns[collection][count === 1 ? 0 : 1]}`
  })
  const counted = parts.join(', ')
  return file.site ? `${counted} and the site settings` : counted
}

/** The file as written to disk: two-space JSON with a final newline. */
export function serializeFile(file: TransferFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
