import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { MappingSet, Mapping, Requirement } from '../../../payload-types'
import { relationId } from '@versus/content'

import { GAP_ROW_MESSAGE } from '../../../crosswalk/check-bundle'
import { mappingTitle } from '../../../crosswalk/licence'

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(relationId).filter((id): id is string => id !== null) : []

/**
 * Sources belong to the set's source edition, targets to its target edition; only a not-related gap
 * row leaves a side empty. Sets the list title from the two sides.
 */
export const checkMappingSides: CollectionBeforeChangeHook<Mapping> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  const set = await req.payload.db.findOne<MappingSet>({
    collection: 'mapping-sets',
    where: { id: { equals: relationId(merged.set) } },
    req,
  })
  const sides = { sources: idsOf(merged.sources), targets: idsOf(merged.targets) }
  const all = [...new Set([...sides.sources, ...sides.targets])]
  const found =
    all.length === 0
      ? []
      : (await req.payload.db.find<Requirement>({ collection: 'requirements', where: { id: { in: all } }, limit: all.length, pagination: false, req })).docs
  const byId = new Map(found.map((requirement) => [String(requirement.id), requirement]))
  for (const [side, edition] of [
    ['sources', set?.sourceEdition],
    ['targets', set?.targetEdition],
  ] as const) {
    if (sides[side].length === 0) {
      // A gap row says a requirement has no counterpart: one side empty, relationship not-related.
      const other = sides[side === 'sources' ? 'targets' : 'sources']
      if (merged.relationship !== 'not-related' || other.length === 0) errors.push({ path: side, message: GAP_ROW_MESSAGE })
      continue
    }
    if (!set) continue
    const wrong = sides[side].map((id) => byId.get(id)).filter((r): r is Requirement => r !== undefined && relationId(r.edition) !== relationId(edition))
    if (wrong.length > 0) {
      errors.push({
        path: side,
        message: `${wrong.map((r) => r.refId).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not in the set's ${side === 'sources' ? 'source' : 'target'} edition.`,
      })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'mappings', errors, req })
  const refIds = (ids: string[]) => ids.map((id) => byId.get(id)?.refId ?? id)
  data.title = mappingTitle(refIds(sides.sources), refIds(sides.targets))
  return data
}
