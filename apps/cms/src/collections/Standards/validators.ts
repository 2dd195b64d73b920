import { sameId } from '@versus/content'
import type { NumberFieldSingleValidation, RelationshipFieldSingleValidation } from 'payload'
import { number, relationship } from 'payload/shared'

import { integer } from '../../lib/validators'

/** A whole year, 1900–2100, that agrees with any year written in the official title. */
export const editionYear: NumberFieldSingleValidation = (value, args) => {
  const base = integer(value, args)
  if (base !== true) return base
  const title = (args.data as { officialTitle?: unknown } | undefined)?.officialTitle
  if (typeof value !== 'number' || typeof title !== 'string') return true
  const years = title.match(/\b(?:19|20)\d{2}\b/g)
  if (years && !years.includes(String(value))) {
    return `The official title mentions ${years.join(', ')}, not the edition year ${value}.`
  }
  return true
}

export const monthsMin: NumberFieldSingleValidation = (value, args) => {
  const base = number(value, args)
  if (base !== true) return base
  if (typeof value === 'number' && value <= 0) return 'The minimum must be more than 0 months.'
  return true
}

export const monthsMax: NumberFieldSingleValidation = (value, args) => {
  const base = number(value, args)
  if (base !== true) return base
  const min = (args.siblingData as { min?: unknown } | undefined)?.min
  if (typeof value === 'number' && typeof min === 'number' && value < min) {
    return `The maximum must be at least the minimum (${min} months).`
  }
  return true
}

/** A related standard other than the one being edited (checked before the relationship's own validation). */
export const notSelf: RelationshipFieldSingleValidation = (value, args) => {
  if (args.id !== undefined && sameId(value, args.id)) return 'A standard cannot be related to itself.'
  return relationship(value, args)
}
