import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Category } from '../../../payload-types'
import { SITE_TAGS } from '../../../lib/revalidate-hooks'
import { revalidateSite } from '../../../lib/revalidate-site'

// Categories have no drafts: every change is live.
export const revalidateCategories: CollectionAfterChangeHook<Category> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [SITE_TAGS.categories] })
  return doc
}

export const revalidateCategoriesDelete: CollectionAfterDeleteHook<Category> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [SITE_TAGS.categories] })
  return doc
}
