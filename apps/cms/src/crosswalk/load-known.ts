import type { CrosswalkBundle, TextLicence } from '@versus/content'
import type { PayloadRequest } from 'payload'

import { relationId } from '@versus/content'
import { requirementKey } from './bundle-problems'
import type { KnownRecords } from './check-bundle'

export type Doc = Record<string, unknown> & { id: number | string }

/** What the database holds that a bundle touches, loaded in a fixed number of queries. */
export interface StoredRecords {
  known: KnownRecords
  /** Standard database id → slug (bundle standards and those of stored editions). */
  standardSlugs: Map<string, string>
  /** Edition slug → stored document; and database id → slug for every edition loaded. */
  editions: Map<string, Doc>
  editionSlugs: Map<string, string>
  /** requirementKey(edition slug, refId) → stored document; database id → its key. */
  requirements: Map<string, Doc>
  requirementKeys: Map<string, string>
  /** Set id → stored document. */
  sets: Map<string, Doc>
  /** Set database id → its stored rows. */
  rows: Map<string, Doc[]>
}

async function all(req: PayloadRequest, collection: string, where: Record<string, unknown>): Promise<Doc[]> {
  const result = await req.payload.db.find<Doc>({ collection, where, limit: 0, pagination: false, req } as never)
  return result.docs
}

/** Every stored record the bundle names or needs to resolve its string ids. */
export async function loadStored(req: PayloadRequest, bundle: CrosswalkBundle): Promise<StoredRecords> {
  const editionSlugsWanted = new Set<string>()
  for (const edition of bundle.editions) {
    editionSlugsWanted.add(edition.id)
    if (edition.supersedes) editionSlugsWanted.add(edition.supersedes)
  }
  for (const requirement of bundle.requirements) editionSlugsWanted.add(requirement.edition)
  for (const set of bundle.sets) editionSlugsWanted.add(set.sourceEdition).add(set.targetEdition)

  const storedEditions = await all(req, 'editions', { slug: { in: [...editionSlugsWanted].filter(Boolean) } })
  // Editions the stored ones supersede, to compare `supersedes` by slug.
  const loadedIds = new Set(storedEditions.map((e) => String(e.id)))
  const previousIds = [...new Set(storedEditions.map((e) => relationId(e.supersedes)).filter((id): id is string => id !== null && !loadedIds.has(id)))]
  const previous = previousIds.length > 0 ? await all(req, 'editions', { id: { in: previousIds } }) : []

  const standardSlugsWanted = [...new Set(bundle.editions.map((e) => e.standard).filter(Boolean))]
  const standardIdsWanted = [...new Set(storedEditions.map((e) => relationId(e.standard)).filter((id): id is string => id !== null))]
  const standards = await all(req, 'standards', {
    or: [{ slug: { in: standardSlugsWanted } }, ...(standardIdsWanted.length > 0 ? [{ id: { in: standardIdsWanted } }] : [])],
  })

  const editions = new Map(storedEditions.map((e) => [String(e.slug), e]))
  const editionSlugs = new Map([...storedEditions, ...previous].map((e) => [String(e.id), String(e.slug)]))
  const storedRequirements = storedEditions.length > 0 ? await all(req, 'requirements', { edition: { in: [...loadedIds] } }) : []
  const requirements = new Map<string, Doc>()
  const requirementKeys = new Map<string, string>()
  for (const requirement of storedRequirements) {
    const key = requirementKey(editionSlugs.get(relationId(requirement.edition) ?? '') ?? '', String(requirement.refId))
    requirements.set(key, requirement)
    requirementKeys.set(String(requirement.id), key)
  }

  const setIds = [...new Set(bundle.sets.map((s) => s.id))]
  const storedSets = setIds.length > 0 ? await all(req, 'mapping-sets', { slug: { in: setIds } }) : []
  const sets = new Map(storedSets.map((s) => [String(s.slug), s]))
  const storedRows = storedSets.length > 0 ? await all(req, 'mappings', { set: { in: storedSets.map((s) => s.id) } }) : []
  const rows = new Map<string, Doc[]>()
  for (const row of storedRows) {
    const set = relationId(row.set) ?? ''
    rows.set(set, [...(rows.get(set) ?? []), row])
  }

  const standardSlugs = new Map(standards.map((s) => [String(s.id), String(s.slug)]))
  const known: KnownRecords = {
    standards: new Map(standards.map((s) => [String(s.slug), String(s.id)])),
    editions: new Map(
      storedEditions.map((e) => [String(e.slug), { standard: relationId(e.standard) ?? '', textLicence: e.textLicence as TextLicence }]),
    ),
    requirements: new Map([...requirements].map(([key, doc]) => [key, { slug: String(doc.slug ?? '') }])),
  }
  return { known, standardSlugs, editions, editionSlugs, requirements, requirementKeys, sets, rows }
}
