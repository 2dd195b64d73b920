/**
 * The engine's model of standards as editors see them, for the editorial
 * endpoints, views and hooks. Documents become engine records through the
 * mapping the site uses too (@versus/content): identity is the slug, a
 * relation to something that cannot be resolved is dropped (never guessed),
 * blank and repeated aspect values are skipped. The difference: editors see
 * drafts, so the latest version of every standard counts here, published or
 * not.
 */
import { createMapContext, mapAspect, mapComparison, mapStandard, relationId } from '@versus/content'
import type { MapContext } from '@versus/content'
import { compareStandards } from '@versus/engine'
import type { AspectRecord, ComparisonModel, StandardRecord } from '@versus/engine'
import type { PayloadRequest, Where } from 'payload'

import type { Aspect, Category, Comparison, Standard } from '../payload-types'

export type Side = 'a' | 'b'

/** Everything needed to compare standards the way an editor sees them: latest versions, drafts included. */
export interface EditorialCatalog {
  aspects: AspectRecord[]
  /** Every standard (latest version), aspect and category by id. */
  lookups: MapContext
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
  const lookups = createMapContext({
    standards: slugDocs.docs as Pick<Standard, 'id' | 'slug'>[],
    aspects: aspectDocs,
    categories: categoryDocs,
  })
  const standards = new Map(standardDocs.map((doc) => [String(doc.id), mapStandard(doc, lookups)]))
  const standardIds = new Map([...lookups.standardSlugs].map(([id, slug]) => [slug, id]))
  return { aspects, lookups, standards, standardIds }
}

export interface PairModel {
  model: ComparisonModel
  /** Where standardA (shown first) and standardB sit in the model's order. */
  sides: Record<Side, 0 | 1>
  lookups: MapContext
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
  return pairFromCatalog(catalog, ids, comparison)
}

/** `comparePair` on a catalog already loaded (one load for many pairs). */
export function pairFromCatalog(
  catalog: EditorialCatalog,
  ids: Record<Side, string>,
  comparison?: Comparison | null,
): PairModel | null {
  if (ids.a === ids.b) return null
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
  const slug = pair.lookups.aspectSlugs.get(relationId(aspect) ?? '')
  const row = slug === undefined ? undefined : pair.model.differences.find((candidate) => candidate.aspect.slug === slug)
  return row?.generated?.[pair.sides[side]] ?? null
}
