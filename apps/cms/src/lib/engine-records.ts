/**
 * Payload documents → the engine's plain records, for the editorial endpoints,
 * views and hooks. Mirrors the site's mapping (apps/web/src/lib/cms/map.ts):
 * identity is the slug, a relation to something that cannot be resolved is
 * dropped (never guessed), blank and repeated aspect values are skipped. The
 * difference: editors see drafts, so the latest version of every standard
 * counts here, published or not.
 */
import { compareStandards } from '@versus/engine'
import type {
  AspectOverride,
  AspectRecord,
  AspectValue,
  CategoryRecord,
  ComparisonModel,
  ComparisonRecord,
  RelatedStandardLink,
  RelationType,
  RichText,
  StandardRecord,
} from '@versus/engine'
import type { PayloadRequest, Where } from 'payload'

import type { Aspect, Category, Comparison, Standard } from '../payload-types'
import { relationId } from './ids'

export type Side = 'a' | 'b'

/** Id (as a string) → what a relation to it resolves to. */
export interface RecordLookups {
  aspects: ReadonlyMap<string, AspectRecord>
  categories: ReadonlyMap<string, CategoryRecord>
  /** Standard id → slug. */
  standardSlugs: ReadonlyMap<string, string>
}

export function mapAspect(doc: Aspect): AspectRecord {
  return {
    slug: doc.slug,
    name: doc.name,
    order: doc.order,
    ...(doc.description ? { description: doc.description } : {}),
  }
}

export function mapCategory(doc: Category): CategoryRecord {
  return { slug: doc.slug, name: doc.name, ...(doc.description ? { description: doc.description } : {}) }
}

function lookup<T>(map: ReadonlyMap<string, T>, value: unknown): T | null {
  const id = relationId(value)
  return id === null ? null : (map.get(id) ?? null)
}

export function mapStandard(doc: Standard, lookups: RecordLookups): StandardRecord {
  const aspectValues: AspectValue[] = []
  const seen = new Set<string>()
  for (const row of doc.aspectValues ?? []) {
    const aspect = lookup(lookups.aspects, row.aspect)?.slug
    if (!aspect || seen.has(aspect) || !row.value?.trim()) continue
    seen.add(aspect)
    aspectValues.push({ aspect, value: row.value })
  }
  const related: RelatedStandardLink[] = (doc.related ?? []).flatMap((row) => {
    const standard = lookup(lookups.standardSlugs, row.standard)
    return standard && standard !== doc.slug ? [{ standard, relation: row.relation as RelationType }] : []
  })
  return {
    slug: doc.slug,
    shortName: doc.shortName,
    officialTitle: doc.officialTitle,
    editionYear: doc.editionYear,
    legalNature: doc.legalNature,
    obligation: doc.obligation,
    jurisdiction: doc.jurisdiction,
    publisher: doc.publisher,
    category: lookup(lookups.categories, doc.category),
    tagline: doc.tagline,
    costBand: doc.costBand as StandardRecord['costBand'],
    complexity: doc.complexity,
    implementationMonths: { min: doc.implementationMonths?.min ?? 0, max: doc.implementationMonths?.max ?? 0 },
    keyFeatures: (doc.keyFeatures ?? []).map((row) => row.text),
    whatItIs: (doc.whatItIs as RichText | null | undefined) ?? null,
    keyComponents: (doc.keyComponents ?? []).map((row) => row.text),
    whyOrganizationsUseIt: (doc.whyOrganizationsUseIt as RichText | null | undefined) ?? null,
    implementationOverview: (doc.implementationOverview as RichText | null | undefined) ?? null,
    aspectValues,
    faq: (doc.faq ?? []).map((row) => ({ question: row.question, answer: row.answer })),
    sources: (doc.sources ?? []).map((row) => ({ label: row.label, url: row.url })),
    related,
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
  }
}

/** The two standards' slugs of a comparison, or null when either does not resolve (or they are the same). */
export function comparisonSlugs(doc: Pick<Comparison, 'standardA' | 'standardB'>, lookups: RecordLookups): [string, string] | null {
  const a = lookup(lookups.standardSlugs, doc.standardA)
  const b = lookup(lookups.standardSlugs, doc.standardB)
  return a && b && a !== b ? [a, b] : null
}

export function mapComparison(doc: Comparison, lookups: RecordLookups): ComparisonRecord | null {
  const slugs = comparisonSlugs(doc, lookups)
  if (!slugs) return null
  const [a, b] = slugs
  const aspectOverrides: AspectOverride[] = (doc.aspectOverrides ?? []).flatMap((row) => {
    const aspect = lookup(lookups.aspects, row.aspect)?.slug
    return aspect ? [{ aspect, standard: row.side === 'a' ? a : b, value: row.value }] : []
  })
  return {
    standards: [a, b],
    verdict: doc.verdict?.trim() ? doc.verdict : null,
    aspectOverrides,
    faq: (doc.faq ?? []).map((row) => ({ question: row.question, answer: row.answer })),
    featured: doc.featured === true,
    summary: doc.summary?.trim() ? doc.summary : null,
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
  }
}

/** Everything needed to compare standards the way an editor sees them: latest versions, drafts included. */
export interface EditorialCatalog {
  aspects: AspectRecord[]
  lookups: RecordLookups
  /** Standard id → record. */
  standards: Map<string, StandardRecord>
  /** Standard slug → id. */
  standardIds: Map<string, string>
}

async function findAll<T>(
  req: PayloadRequest,
  collection: 'aspects' | 'categories' | 'standards',
  options: { draft?: boolean; where?: Where } = {},
): Promise<T[]> {
  const result = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: options.draft,
    where: options.where,
    req,
  })
  return result.docs as T[]
}

/**
 * Loads aspects, categories and standards (latest version of each, draft or
 * published). `standardIds` narrows the standards that are fully mapped;
 * every standard's slug is still loaded so related links resolve.
 */
export async function loadEditorialCatalog(
  req: PayloadRequest,
  options: { standardIds?: readonly string[] } = {},
): Promise<EditorialCatalog> {
  const [aspectDocs, categoryDocs, slugDocs] = await Promise.all([
    findAll<Aspect>(req, 'aspects'),
    findAll<Category>(req, 'categories'),
    req.payload.find({
      collection: 'standards',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      draft: true,
      select: { slug: true },
      req,
    }),
  ])
  const standardDocs = options.standardIds
    ? options.standardIds.length === 0
      ? []
      : await findAll<Standard>(req, 'standards', { draft: true, where: { id: { in: [...options.standardIds] } } })
    : await findAll<Standard>(req, 'standards', { draft: true })

  const aspects = aspectDocs.map(mapAspect)
  const lookups: RecordLookups = {
    aspects: new Map(aspectDocs.map((doc, index) => [String(doc.id), aspects[index] as AspectRecord])),
    categories: new Map(categoryDocs.map((doc) => [String(doc.id), mapCategory(doc)])),
    standardSlugs: new Map(
      (slugDocs.docs as Pick<Standard, 'id' | 'slug'>[]).map((doc) => [String(doc.id), doc.slug]),
    ),
  }
  const standards = new Map(standardDocs.map((doc) => [String(doc.id), mapStandard(doc, lookups)]))
  const standardIds = new Map([...lookups.standardSlugs].map(([id, slug]) => [slug, id]))
  return { aspects, lookups, standards, standardIds }
}

export interface PairModel {
  model: ComparisonModel
  /** Where standard A and standard B sit in the model's canonical order. */
  sides: Record<Side, 0 | 1>
  lookups: RecordLookups
}

/**
 * The engine's model of two standards (by id; latest versions), with the
 * pair's comparison document applied when given. Null when either standard
 * does not exist or both are the same.
 */
export async function comparePair(
  req: PayloadRequest,
  ids: Record<Side, string>,
  comparison?: Comparison | null,
): Promise<PairModel | null> {
  if (ids.a === ids.b) return null
  const catalog = await loadEditorialCatalog(req, { standardIds: [ids.a, ids.b] })
  const a = catalog.standards.get(ids.a)
  const b = catalog.standards.get(ids.b)
  if (!a || !b || a.slug === b.slug) return null
  const record = comparison ? mapComparison(comparison, catalog.lookups) : null
  const model = compareStandards({ standards: [a, b], aspects: catalog.aspects, comparison: record })
  const indexA = model.pair.standards[0] === a.slug ? 0 : 1
  return { model, sides: { a: indexA, b: indexA === 0 ? 1 : 0 }, lookups: catalog.lookups }
}

/** The generated (pre-override) value of one side of one aspect row; null when the aspect is not in the model. */
export function generatedCell(pair: PairModel, aspect: unknown, side: Side): string | null {
  const slug = pair.lookups.aspects.get(relationId(aspect) ?? '')?.slug
  const row = slug === undefined ? undefined : pair.model.differences.find((candidate) => candidate.aspect.slug === slug)
  return row?.generated?.[pair.sides[side]] ?? null
}
