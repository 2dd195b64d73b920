import { TAGS } from '@versus/content'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Aspect } from '../../../payload-types'
import { revalidateSite } from '../../../lib/revalidate-site'

// Aspects have no drafts: every change is live, and every comparison table shows them.
export const revalidateAspects: CollectionAfterChangeHook<Aspect> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [TAGS.aspects] })
  return doc
}

export const revalidateAspectsDelete: CollectionAfterDeleteHook<Aspect> = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [TAGS.aspects] })
  return doc
}
