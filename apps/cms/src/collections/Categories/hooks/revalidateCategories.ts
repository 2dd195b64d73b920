import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Category } from '../../../payload-types'
import { SITE_TAGS } from '../../../lib/revalidate-hooks'
import { revalidateSite } from '../../../lib/revalidate-site'

// Categories have no drafts: every change is live.
export const revalidateCategories: CollectionAfterChangeHook<Category> = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: [SITE_TAGS.categories] })
  return doc
}

export const revalidateCategoriesDelete: CollectionAfterDeleteHook<Category> = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: [SITE_TAGS.categories] })
  return doc
}
