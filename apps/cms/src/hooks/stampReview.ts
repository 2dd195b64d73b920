import { relationId } from '@versus/content'
import type { CollectionBeforeChangeHook } from 'payload'

interface ReviewData {
  _status?: unknown
  lastReviewedAt?: unknown
  reviewedBy?: unknown
  reviewerName?: unknown
}

/**
 * Keeps the review fields honest (fields/review.ts):
 * - an editor publishing a document that has no review date records this publish as its review, by
 *   that editor unless another reviewer is set (later publishes leave both alone: editors move the
 *   date themselves when they review again);
 * - `reviewerName` always follows `reviewedBy`: the reviewer's `displayName`; null when no reviewer
 *   is set or they have no display name (the site then says "the Versus editors"). What a request
 *   sends for it is ignored.
 */
export const stampReview: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const next = data as ReviewData
  const before = (originalDoc ?? {}) as ReviewData
  const reviewedAt = next.lastReviewedAt !== undefined ? next.lastReviewedAt : before.lastReviewedAt
  let reviewer = next.reviewedBy !== undefined ? next.reviewedBy : before.reviewedBy
  // Only an editor's own publish counts as a review: the seed, imports and scripts (no user) leave an
  // empty date empty rather than claim a review nobody made.
  if (next._status === 'published' && !reviewedAt && req.user?.collection === 'users') {
    next.lastReviewedAt = new Date().toISOString()
    if (!reviewer) {
      reviewer = req.user.id
      next.reviewedBy = req.user.id
    }
  }
  const raw = reviewer !== null && typeof reviewer === 'object' ? (reviewer as { id?: unknown }).id : reviewer
  if (relationId(raw) === null || (typeof raw !== 'number' && typeof raw !== 'string')) {
    next.reviewerName = null
    return data
  }
  const user = await req.payload
    .findByID({ collection: 'users', id: raw, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  const name = typeof user?.displayName === 'string' ? user.displayName.trim() : ''
  next.reviewerName = name || null
  return data
}
