import type { EditionStatus } from '@versus/content'
import type { MappingSetStatus } from '@versus/engine'

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
