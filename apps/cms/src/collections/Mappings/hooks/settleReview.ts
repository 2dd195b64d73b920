import type { CollectionBeforeChangeHook } from 'payload'

import type { Mapping } from '../../../payload-types'

/**
 * An editor clears the stale mark by reviewing the row: marking it reviewed (or unticking
 * "stale") drops the reason and date, and a reviewed row records when.
 */
export const settleReview: CollectionBeforeChangeHook<Mapping> = ({ data, originalDoc, operation }) => {
  const reviewedNow = data.reviewStatus === 'reviewed' && (operation === 'create' || originalDoc?.reviewStatus !== 'reviewed' || originalDoc?.stale)
  if (reviewedNow || data.stale === false) {
    data.stale = false
    data.staleReason = null
    data.staleSince = null
  }
  if (reviewedNow) data.reviewedAt = new Date().toISOString()
  return data
}
