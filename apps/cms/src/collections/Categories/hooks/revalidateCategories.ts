import { TAGS } from '@versus/content'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Category } from '../../../payload-types'
import { revalidateSite } from '../../../lib/revalidate-site'

// Categories have no drafts: every change is live.
export const revalidateCategories: CollectionAfterChangeHook<Category> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [TAGS.categories] })
  return doc
}

export const revalidateCategoriesDelete: CollectionAfterDeleteHook<Category> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [TAGS.categories] })
  return doc
}
