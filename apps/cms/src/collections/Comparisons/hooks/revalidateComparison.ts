import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Comparison } from '../../../payload-types'
import { docTags, touchesPublished } from '../../../lib/revalidate-hooks'
import { revalidateSite } from '../../../lib/revalidate-site'

export const revalidateComparison: CollectionAfterChangeHook<Comparison> = ({ doc, previousDoc, req: { payload, context } }) => {
  if (touchesPublished(doc, previousDoc)) {
    revalidateSite({ payload, context, tags: ['comparisons', ...docTags('comparison', doc.pairKey, previousDoc?.pairKey)] })
  }
  return doc
}

export const revalidateComparisonDelete: CollectionAfterDeleteHook<Comparison> = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: ['comparisons', ...docTags('comparison', doc?.pairKey)] })
  return doc
}
