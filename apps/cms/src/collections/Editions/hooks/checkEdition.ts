import { isValidSlug } from '@versus/engine'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Edition } from '../../../payload-types'
import { relationId } from '@versus/content'
import { failValidation } from '../../../lib/validation-error'

/**
 * The edition id is a URL-safe slug, unique across editions; an edition supersedes another
 * edition of the same standard, never itself. Runs on every adapter (CongoDB has no unique index).
 */
export const checkEdition: CollectionBeforeChangeHook<Edition> = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  if (typeof slug !== 'string' || !isValidSlug(slug)) {
    failValidation({
      collection: 'editions',
      path: 'slug',
      message: `The edition id "${String(slug ?? '')}" is invalid: use lowercase letters and digits separated by single hyphens ("iso-27001-2022").`,
      req,
    })
  }
  const id = originalDoc?.id
  const clash = await req.payload.db.findOne<Edition>({
    collection: 'editions',
    where: id === undefined ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] },
    req,
  })
  if (clash) failValidation({ collection: 'editions', path: 'slug', message: `The edition id "${slug}" is already used by "${clash.label}".`, req })

  const supersedes = relationId(data.supersedes === undefined ? originalDoc?.supersedes : data.supersedes)
  if (supersedes !== null) {
    if (id !== undefined && supersedes === String(id)) {
      failValidation({ collection: 'editions', path: 'supersedes', message: 'An edition cannot supersede itself.', req })
    }
    const previous = await req.payload.db.findOne<Edition>({ collection: 'editions', where: { id: { equals: supersedes } }, req })
    const standard = relationId(data.standard === undefined ? originalDoc?.standard : data.standard)
    if (previous && relationId(previous.standard) !== standard) {
      failValidation({
        collection: 'editions',
        path: 'supersedes',
        message: `"${previous.label}" is an edition of another standard: an edition supersedes an edition of its own standard.`,
        req,
      })
    }
  }
  return data
}
