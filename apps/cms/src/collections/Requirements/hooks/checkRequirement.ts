import { requirementSegment } from '@versus/content'
import type { TextLicence } from '@versus/content'
import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, Where } from 'payload'

import type { Edition, Requirement } from '../../../payload-types'
import { licenceProblems } from '../../../crosswalk/licence'
import { relationId } from '@versus/content'

/**
 * Derives the URL segment from the refId and checks what fields alone cannot: the refId and its
 * segment are unique within the edition, the parent is another requirement of the same edition,
 * and the title and text are allowed by the edition's licence. Every problem at once.
 */
export const checkRequirement: CollectionBeforeChangeHook<Requirement> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  const editionId = relationId(merged.edition)
  const refId = typeof merged.refId === 'string' ? merged.refId.trim() : ''
  if (typeof data.refId === 'string') data.refId = refId
  const slug = requirementSegment(refId)
  data.slug = slug
  if (refId !== '' && slug === '') errors.push({ path: 'refId', message: `"${refId}" has no letters or digits to build a URL from.` })

  const edition = editionId
    ? await req.payload.db.findOne<Edition>({ collection: 'editions', where: { id: { equals: editionId } }, req })
    : null
  if (edition) {
    for (const problem of licenceProblems(edition.textLicence as TextLicence, merged)) {
      errors.push({ path: problem.field, message: problem.message })
    }
  }

  const id = originalDoc?.id
  if (editionId && refId !== '') {
    const others: Where[] = [{ edition: { equals: editionId } }, { or: [{ refId: { equals: refId } }, { slug: { equals: slug } }] }]
    if (id !== undefined) others.push({ id: { not_equals: id } })
    const clash = await req.payload.db.findOne<Requirement>({ collection: 'requirements', where: { and: others }, req })
    if (clash) {
      errors.push({
        path: 'refId',
        message:
          clash.refId === refId
            ? `"${refId}" is already a requirement of this edition.`
            : `"${refId}" gives the same URL segment "${slug}" as "${clash.refId}" in this edition.`,
      })
    }
  }

  const parentId = relationId(merged.parent)
  if (parentId !== null) {
    if (id !== undefined && parentId === String(id)) errors.push({ path: 'parent', message: 'A requirement cannot be its own parent.' })
    else {
      const parent = await req.payload.db.findOne<Requirement>({ collection: 'requirements', where: { id: { equals: parentId } }, req })
      if (parent && relationId(parent.edition) !== editionId) {
        errors.push({ path: 'parent', message: `"${parent.refId}" belongs to another edition: the parent must be in the same edition.` })
      }
    }
  }

  if (errors.length > 0) throw new ValidationError({ collection: 'requirements', errors, req })
  return data
}
