import { isValidSlug } from '@versus/engine'
import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { MappingSet } from '../../../payload-types'
import { relationId } from '@versus/content'

const isRefIdList = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length <= 100))

/** The set id is a unique slug; its two editions differ; the declared coverage lists are refId lists. */
export const checkMappingSet: CollectionBeforeChangeHook<MappingSet> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  const slug = merged.slug
  if (typeof slug !== 'string' || !isValidSlug(slug.replace(/--/g, '-'))) {
    errors.push({ path: 'slug', message: `The set id "${String(slug ?? '')}" is invalid: use lowercase letters, digits and hyphens.` })
  } else {
    const id = originalDoc?.id
    const clash = await req.payload.db.findOne<MappingSet>({
      collection: 'mapping-sets',
      where: id === undefined ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] },
      req,
    })
    if (clash) errors.push({ path: 'slug', message: `The set id "${slug}" is already used.` })
  }
  const source = relationId(merged.sourceEdition)
  if (source !== null && source === relationId(merged.targetEdition)) {
    errors.push({ path: 'targetEdition', message: 'A mapping set links two different editions.' })
  }
  for (const field of ['coveredTargets', 'coveredSources'] as const) {
    if (!isRefIdList(merged[field])) errors.push({ path: field, message: 'Give a JSON list of refIds, e.g. ["A.5.1", "A.5.2"].' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'mapping-sets', errors, req })
  return data
}
