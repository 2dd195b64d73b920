import type { EditionStatus } from '@versus/content'
import type { MappingSetStatus } from '@versus/engine'
import type { Where } from 'payload'

/**
 * What visitors may see of the crosswalk collections. A draft edition is being prepared and a
 * draft or deprecated mapping set is not fit to be shown; a superseded set stays readable (the
 * site labels it), as does a superseded or withdrawn edition (people still hold certificates on it).
 */
export const PUBLIC_EDITION_STATUSES: readonly EditionStatus[] = ['current', 'superseded', 'withdrawn']
export const PUBLIC_SET_STATUSES: readonly MappingSetStatus[] = ['complete', 'not-complete', 'superseded']

export const isPublicEditionStatus = (status: unknown): boolean =>
  (PUBLIC_EDITION_STATUSES as readonly unknown[]).includes(status)

export const isPublicSetStatus = (status: unknown): boolean => (PUBLIC_SET_STATUSES as readonly unknown[]).includes(status)

/**
 * The conditions under which visitors may read an edition reached through `path` (`''` for the
 * edition itself, `'edition.'` from a requirement, `'set.sourceEdition.'` from a row…): not a
 * draft, and of a standard that is published (one never published is a draft as a whole).
 */
export function publicEditionWhere(path = ''): Where[] {
  return [{ [`${path}status`]: { in: [...PUBLIC_EDITION_STATUSES] } }, { [`${path}standard._status`]: { equals: 'published' } }]
}

/** The same for a mapping set reached through `path`: a public status, and both its editions public. */
export function publicSetWhere(path = ''): Where[] {
  return [
    { [`${path}status`]: { in: [...PUBLIC_SET_STATUSES] } },
    ...publicEditionWhere(`${path}sourceEdition.`),
    ...publicEditionWhere(`${path}targetEdition.`),
  ]
}
