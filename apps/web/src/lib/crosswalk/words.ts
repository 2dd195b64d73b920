/** Plain words for crosswalk terms, as visitors read them. */
import type { CoverageStatus, MappingMethod, MappingRelationship } from '@versus/engine'
import type { EditionStatus } from '@versus/content'

/** "X ⟨relationship⟩ Y" in words, read from X: "equal", "narrower than" … */
export function relationshipWords(relationship: MappingRelationship, typed: boolean): string {
  if (!typed || relationship === 'related') return 'related (untyped)'
  switch (relationship) {
    case 'equal':
      return 'equal'
    case 'subset':
      return 'narrower than'
    case 'superset':
      return 'broader than'
    case 'intersect':
      return 'overlaps'
    default:
      return 'not related'
  }
}

/** Methods whose rows carry a relationship; the others are read as `related` whatever they say. */
export const isTypedMethod = (method: MappingMethod) => method === 'set-theory' || method === 'edition-transition'

export const METHOD_LABELS: Record<MappingMethod, string> = {
  'set-theory': 'Typed (set theory)',
  crosswalk: 'Untyped crosswalk',
  supportive: 'Supportive links (untyped)',
  'edition-transition': 'Edition transition',
}

export const STATUS_LABELS: Record<CoverageStatus, string> = {
  full: 'Covered',
  partial: 'Partly covered',
  related: 'Related (untyped)',
  none: 'Not covered',
  unknown: 'Not mapped',
}

export const EDITION_STATUS_LABELS: Record<EditionStatus, string> = {
  current: 'Current edition',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
  draft: 'Draft',
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2025-10-31" → "31 October 2025"; anything else (not a date) → null. */
export function dateLabel(iso: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!match) return null
  const month = MONTHS[Number(match[2]) - 1]
  if (!month) return null
  return `${Number(match[3])} ${month} ${match[1]}`
}

/** 0.4633 → "46%". */
export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`
