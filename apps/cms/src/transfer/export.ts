/**
 * Writes every document of the five collections as a `versus/1` file: each
 * document's latest version (drafts marked `"status": "draft"`), references
 * as slugs, rich text as the stored Lexical JSON, records sorted by slug
 * (comparisons by their two slugs, sorted) and keys in a fixed order, so the
 * same content always gives the same file and importing it into an empty
 * database reproduces it.
 */
import { createLocalReq } from 'payload'
import type { JsonObject, Payload } from 'payload'

import { relationId } from '../lib/ids'
import { FORMAT, VERSIONED, pairName } from './format'
import type {
  ArticleRecord,
  AspectRecord,
  CategoryRecord,
  ComparisonRecord,
  RichTextInput,
  StandardRecord,
  TransferCollection,
  TransferFile,
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

export async function exportContent(payload: Payload): Promise<ExportResult> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const existing = await loadExisting(payload, req, true)
  const warnings: string[] = []

  const slugs = (docs: Map<string, Doc>) => new Map([...docs.values()].map((doc) => [String(doc.id), String(doc.slug)]))
  const categorySlugs = slugs(existing.categories)
  const aspectSlugs = slugs(existing.aspects)
  const standardSlugs = slugs(existing.standards)
  const slugOf = (map: Map<string, string>, value: unknown, where: string): string | undefined => {
    const id = relationId(value)
    if (id === null) return undefined
    const slug = map.get(id)
    if (slug === undefined) warnings.push(`${where}: refers to a document that no longer exists (id ${id}); left out`)
    return slug
  }
  const status = (collection: TransferCollection, doc: Doc) =>
    VERSIONED.has(collection) && doc._status === 'draft' ? ('draft' as const) : undefined

  const categories: CategoryRecord[] = [...existing.categories.values()]
    .map((doc) => compact({ slug: String(doc.slug), name: str(doc.name), description: str(doc.description) }))
    .sort(bySlug)

  const aspects: AspectRecord[] = [...existing.aspects.values()]
    .map((doc) =>
      compact({ slug: String(doc.slug), name: str(doc.name), order: num(doc.order), description: str(doc.description) }),
    )
    .sort(bySlug)

  const standards: StandardRecord[] = [...existing.standards.values()]
    .map((doc) => {
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
        category: slugOf(categorySlugs, doc.category, `standards ${slug}.category`),
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
          const aspect = slugOf(aspectSlugs, row.aspect, `standards ${slug}.aspectValues[${i}]`)
          return aspect ? [{ aspect, value: String(row.value ?? '') }] : []
        }),
        faq: rows(doc.faq).map((row) => ({ question: String(row.question ?? ''), answer: String(row.answer ?? '') })),
        sources: rows(doc.sources).map((row) => ({ label: String(row.label ?? ''), url: String(row.url ?? '') })),
        related: rows(doc.related).flatMap((row, i) => {
          const standard = slugOf(standardSlugs, row.standard, `standards ${slug}.related[${i}]`)
          return standard ? [{ standard, relation: String(row.relation ?? '') }] : []
        }),
        status: status('standards', doc),
      })
    })
    .sort(bySlug)

  const comparisons: ComparisonRecord[] = []
  for (const doc of existing.comparisons.values()) {
    const a = slugOf(standardSlugs, doc.standardA, `comparisons ${String(doc.title)}.standardA`)
    const b = slugOf(standardSlugs, doc.standardB, `comparisons ${String(doc.title)}.standardB`)
    if (!a || !b) continue
    comparisons.push(
      compact({
        standards: [a, b] as [string, string],
        summary: str(doc.summary),
        verdict: str(doc.verdict),
        featured: doc.featured === true ? true : undefined,
        faq: rows(doc.faq).map((row) => ({ question: String(row.question ?? ''), answer: String(row.answer ?? '') })),
        aspectOverrides: rows(doc.aspectOverrides).flatMap((row, i) => {
          const aspect = slugOf(aspectSlugs, row.aspect, `comparisons ${a} vs ${b}.aspectOverrides[${i}]`)
          return aspect ? [{ aspect, standard: row.side === 'b' ? b : a, value: String(row.value ?? '') }] : []
        }),
        status: status('comparisons', doc),
      }),
    )
  }
  comparisons.sort((x, y) => {
    const left = pairName(x.standards)
    const right = pairName(y.standards)
    return left < right ? -1 : left > right ? 1 : 0
  })

  const articles: ArticleRecord[] = [...existing.articles.values()]
    .map((doc) => {
      const slug = String(doc.slug)
      const standardsOf = Array.isArray(doc.standards) ? doc.standards : []
      return compact({
        slug,
        title: str(doc.title),
        summary: str(doc.summary),
        body: rich(doc.body),
        standards: standardsOf.flatMap((value, i) => {
          const standard = slugOf(standardSlugs, value, `articles ${slug}.standards[${i}]`)
          return standard ? [standard] : []
        }),
        publishedAt: date(doc.publishedAt),
        status: status('articles', doc),
      })
    })
    .sort(bySlug)

  return { file: { format: FORMAT, categories, aspects, standards, comparisons, articles }, warnings }
}

/** The file as written to disk: two-space JSON with a final newline. */
export function serializeFile(file: TransferFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
