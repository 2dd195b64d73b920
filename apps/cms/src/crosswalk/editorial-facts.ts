import type { SuggestionMappingSet } from '@versus/engine'
import type { PayloadRequest, Where } from 'payload'

import type { Edition, Mapping, MappingSet, Requirement, Standard } from '../payload-types'
import { relationId } from '@versus/content'

async function all<T>(req: PayloadRequest, collection: string, where: Where = {}, select?: Record<string, true>): Promise<T[]> {
  const result = await req.payload.db.find({ collection, where, limit: 0, pagination: false, req, ...(select ? { select } : {}) } as never)
  return result.docs as T[]
}

/** Relationships that say how two requirements relate; "related" (untyped) and "not related" do not. */
export const TYPED_RELATIONSHIPS = ['equal', 'subset', 'superset', 'intersect'] as const

/** Typed mapping rows per set id, in one query. */
async function typedLinksBySet(req: PayloadRequest, setIds: readonly (string | number)[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const rows = await all<Mapping>(req, 'mappings', { set: { in: [...setIds] }, relationship: { in: [...TYPED_RELATIONSHIPS] } }, { set: true })
  for (const row of rows) {
    const id = relationId(row.set)
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/**
 * The mapping sets as suggestions read them: standard slugs and edition labels on both sides, and
 * how many of the set's rows type the link between requirements. Every set but deprecated ones
 * (editors see drafts); a set naming an edition whose standard is not among `standardSlugs`
 * (database id → slug) is left out.
 */
export async function loadMappingSetFacts(req: PayloadRequest, standardSlugs: ReadonlyMap<string, string>): Promise<SuggestionMappingSet[]> {
  const sets = await all<MappingSet>(req, 'mapping-sets', { status: { not_equals: 'deprecated' } })
  if (sets.length === 0) return []
  const editionIds = [...new Set(sets.flatMap((set) => [relationId(set.sourceEdition), relationId(set.targetEdition)]))].filter((id): id is string => id !== null)
  const [editionDocs, typed] = await Promise.all([
    all<Edition>(req, 'editions', { id: { in: editionIds } }),
    typedLinksBySet(req, sets.map((set) => set.id)),
  ])
  const editions = new Map(editionDocs.map((edition) => [String(edition.id), edition]))
  return sets.flatMap((set): SuggestionMappingSet[] => {
    const source = editions.get(relationId(set.sourceEdition) ?? '')
    const target = editions.get(relationId(set.targetEdition) ?? '')
    const sourceSlug = standardSlugs.get(relationId(source?.standard) ?? '')
    const targetSlug = standardSlugs.get(relationId(target?.standard) ?? '')
    if (!source || !target || !sourceSlug || !targetSlug) return []
    return [{ source: sourceSlug, target: targetSlug, publisher: set.publisher, sourceLabel: source.label, targetLabel: target.label, typedLinks: typed.get(String(set.id)) ?? 0 }]
  })
}

export interface CrosswalkGaps {
  /** Standards with no edition at all: nothing can be mapped to them. */
  standardsWithoutEdition: { id: string; name: string }[]
  /** Editions with no requirement: a catalog to import or write. */
  editionsWithoutCatalog: { id: string; label: string }[]
  /** Sets still in draft: their coverage is not shown to visitors. */
  draftSets: { id: string; title: string; rows: number }[]
  /** Rows a requirement change marked for review, by set. */
  staleMappings: { id: string; set: { id: string; title: string } | null; reason: string | null }[]
}

/** What the crosswalk side of the catalogue lacks, for the Completeness view. A fixed number of queries. */
export async function loadCrosswalkGaps(req: PayloadRequest): Promise<CrosswalkGaps> {
  const [standards, editions, requirements, sets, stale] = await Promise.all([
    req.payload.find({ collection: 'standards', depth: 0, pagination: false, draft: true, overrideAccess: true, select: { shortName: true, slug: true }, req }),
    all<Edition>(req, 'editions'),
    all<Requirement>(req, 'requirements', {}, { edition: true }),
    all<MappingSet>(req, 'mapping-sets'),
    all<Mapping>(req, 'mappings', { stale: { equals: true } }),
  ])
  const withEdition = new Set(editions.map((edition) => relationId(edition.standard)))
  const withRequirement = new Set(requirements.map((requirement) => relationId(requirement.edition)))
  const draftSets = sets.filter((set) => set.status === 'draft')
  const rowCounts = new Map<string, number>()
  if (draftSets.length > 0) {
    for (const row of await all<Mapping>(req, 'mappings', { set: { in: draftSets.map((set) => set.id) } }, { set: true })) {
      const id = relationId(row.set) ?? ''
      rowCounts.set(id, (rowCounts.get(id) ?? 0) + 1)
    }
  }
  const setTitle = new Map(sets.map((set) => [String(set.id), set.title]))
  const byName = (a: { name?: string; label?: string; title?: string }, b: typeof a) =>
    (a.name ?? a.label ?? a.title ?? '').localeCompare(b.name ?? b.label ?? b.title ?? '', 'en')
  return {
    standardsWithoutEdition: (standards.docs as Pick<Standard, 'id' | 'shortName'>[])
      .filter((standard) => !withEdition.has(String(standard.id)))
      .map((standard) => ({ id: String(standard.id), name: standard.shortName }))
      .sort(byName),
    editionsWithoutCatalog: editions
      .filter((edition) => !withRequirement.has(String(edition.id)))
      .map((edition) => ({ id: String(edition.id), label: edition.label }))
      .sort(byName),
    draftSets: draftSets.map((set) => ({ id: String(set.id), title: set.title, rows: rowCounts.get(String(set.id)) ?? 0 })).sort(byName),
    staleMappings: stale.map((row) => {
      const set = relationId(row.set)
      return { id: String(row.id), set: set === null ? null : { id: set, title: setTitle.get(set) ?? set }, reason: row.staleReason ?? null }
    }),
  }
}
