import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry, TextLicence } from '@versus/content'
import type { EditionStatus } from '@versus/content'
import type { MappingMethod, MappingRationale, MappingRelationship, MappingSetStatus } from '@versus/engine'
import type { PayloadRequest, Where } from 'payload'

import type { Edition, Mapping, MappingSet, Requirement, Standard } from '../payload-types'
import { relationId } from '@versus/content'
import { PUBLIC_EDITION_STATUSES, PUBLIC_SET_STATUSES, isPublicEditionStatus } from './visibility'

export interface ReadBundleOptions {
  /** Include draft editions and draft or deprecated sets (editors and the site's draft mode only). */
  draft?: boolean
}

export type ReadBundleResult = { bundle: CrosswalkBundle } | { unknown: string[] }

async function all<T>(req: PayloadRequest, collection: string, where: Where): Promise<T[]> {
  const result = await req.payload.db.find({ collection, where, limit: 0, pagination: false, req } as never)
  return result.docs as T[]
}

const dateOnly = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, 10) : null)
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The crosswalk content of some standards, as the site reads it: their editions, every set whose
 * source or target edition is one of them, the editions those sets reference, the requirements
 * of all those editions and the rows of those sets. Without `draft`, what visitors may see: no
 * draft edition (nor a set that names one), no draft or deprecated set, published standards only.
 * A fixed number of queries; output sorted so the same content always gives the same answer.
 */
export async function readBundle(req: PayloadRequest, slugs: readonly string[], options: ReadBundleOptions = {}): Promise<ReadBundleResult> {
  const draft = options.draft === true
  const named = await all<Standard>(req, 'standards', { slug: { in: [...slugs] } })
  const visible = named.filter((standard) => draft || standard._status === 'published')
  const found = new Set(visible.map((standard) => standard.slug))
  const unknown = slugs.filter((slug) => !found.has(slug))
  if (unknown.length > 0) return { unknown }

  const editionStatus: Where = draft ? {} : { status: { in: [...PUBLIC_EDITION_STATUSES] } }
  const own = await all<Edition>(req, 'editions', { and: [{ standard: { in: visible.map((s) => s.id) } }, editionStatus] })
  const ownIds = own.map((edition) => edition.id)
  const sets =
    ownIds.length === 0
      ? []
      : await all<MappingSet>(req, 'mapping-sets', {
          and: [
            { or: [{ sourceEdition: { in: ownIds } }, { targetEdition: { in: ownIds } }] },
            draft ? {} : { status: { in: [...PUBLIC_SET_STATUSES] } },
          ],
        })

  const editionsById = new Map(own.map((edition) => [String(edition.id), edition]))
  const referenced = [...new Set(sets.flatMap((set) => [relationId(set.sourceEdition), relationId(set.targetEdition)]))].filter(
    (id): id is string => id !== null && !editionsById.has(id),
  )
  if (referenced.length > 0) {
    for (const edition of await all<Edition>(req, 'editions', { id: { in: referenced } })) editionsById.set(String(edition.id), edition)
  }
  // The standards of every edition named, for their status: an edition of a standard visitors may
  // not see (never published) is hidden like a draft edition.
  const standardOf = new Map(visible.map((standard) => [String(standard.id), standard]))
  const otherStandards = [...new Set([...editionsById.values()].map((edition) => relationId(edition.standard)))].filter(
    (id): id is string => id !== null && !standardOf.has(id),
  )
  if (otherStandards.length > 0) {
    for (const standard of await all<Standard>(req, 'standards', { id: { in: otherStandards } })) standardOf.set(String(standard.id), standard)
  }
  const shows = (edition: Edition | undefined): edition is Edition =>
    edition !== undefined &&
    (draft || (isPublicEditionStatus(edition.status) && standardOf.get(relationId(edition.standard) ?? '')?._status === 'published'))
  // A set that names an edition visitors may not see is hidden with it.
  const shownSets = sets.filter((set) => [set.sourceEdition, set.targetEdition].every((id) => shows(editionsById.get(relationId(id) ?? ''))))
  const editions = [...editionsById.values()].filter(shows)
  const standardSlugs = new Map([...standardOf].map(([id, standard]) => [id, standard.slug]))
  const editionSlug = new Map(editions.map((edition) => [String(edition.id), edition.slug]))

  const requirements =
    editions.length === 0 ? [] : await all<Requirement>(req, 'requirements', { edition: { in: editions.map((edition) => edition.id) } })
  const refIdOf = new Map(requirements.map((requirement) => [String(requirement.id), requirement]))
  const rows = shownSets.length === 0 ? [] : await all<Mapping>(req, 'mappings', { set: { in: shownSets.map((set) => set.id) } })
  const setSlug = new Map(shownSets.map((set) => [String(set.id), set.slug]))

  const bundle: CrosswalkBundle = {
    editions: editions.map((edition): EditionEntry => ({
      id: edition.slug,
      standard: standardSlugs.get(relationId(edition.standard) ?? '') ?? '',
      label: edition.label,
      year: edition.year,
      status: edition.status as EditionStatus,
      supersedes: editionSlug.get(relationId(edition.supersedes) ?? '') ?? null,
      transitionDeadline: dateOnly(edition.transitionDeadline),
      amendments: (edition.amendments ?? []).map((row) => row.label),
      textLicence: edition.textLicence as TextLicence,
    })),
    requirements: requirements.map((requirement): RequirementEntry => ({
      edition: editionSlug.get(relationId(requirement.edition) ?? '') ?? '',
      refId: requirement.refId,
      parent: refIdOf.get(relationId(requirement.parent) ?? '')?.refId ?? null,
      kind: requirement.kind ?? null,
      assessable: requirement.assessable !== false,
      title: requirement.title ?? null,
      summary: requirement.summary ?? null,
      text: requirement.text ?? null,
      order: requirement.order ?? null,
    })),
    sets: shownSets.map((set): MappingSetEntry => ({
      id: set.slug,
      title: set.title,
      sourceEdition: editionSlug.get(relationId(set.sourceEdition) ?? '') ?? '',
      targetEdition: editionSlug.get(relationId(set.targetEdition) ?? '') ?? '',
      publisher: set.publisher,
      author: set.author ?? null,
      method: set.method as MappingMethod,
      comprehensive: set.comprehensive === true,
      licence: set.licence ?? null,
      sourceUrl: set.sourceUrl ?? null,
      reviewedAt: dateOnly(set.reviewedAt),
      status: set.status as MappingSetStatus,
      fileHash: set.fileHash ?? null,
      coveredTargets: (set.coveredTargets as string[] | null | undefined) ?? null,
      coveredSources: (set.coveredSources as string[] | null | undefined) ?? null,
    })),
    mappings: rows.map((row): MappingEntry => {
      const refIds = (side: unknown) =>
        (Array.isArray(side) ? side : []).map((id) => refIdOf.get(relationId(id) ?? '')?.refId).filter((r): r is string => r !== undefined)
      return {
        set: setSlug.get(relationId(row.set) ?? '') ?? '',
        sources: refIds(row.sources),
        targets: refIds(row.targets),
        relationship: row.relationship as MappingRelationship,
        rationale: (row.rationale as MappingRationale | null | undefined) ?? null,
        strength: row.strength ?? null,
        gapNote: row.gapNote ?? null,
      }
    }),
  }
  const order = (x?: number | null) => x ?? Number.MAX_SAFE_INTEGER
  bundle.editions.sort((a, b) => byString(a.id, b.id))
  bundle.requirements.sort((a, b) => byString(a.edition, b.edition) || order(a.order) - order(b.order) || byString(a.refId, b.refId))
  bundle.sets.sort((a, b) => byString(a.id, b.id))
  bundle.mappings.sort(
    (a, b) => byString(a.set, b.set) || byString(a.sources.join(' '), b.sources.join(' ')) || byString(a.targets.join(' '), b.targets.join(' ')) || byString(a.relationship, b.relationship),
  )
  return { bundle }
}
