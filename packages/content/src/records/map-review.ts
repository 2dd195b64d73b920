import type { ReviewRecord } from '@versus/engine'

import type { OptionalText } from '../documents'

/** A document's last review as the engine takes it; null without a review date. */
export function mapReview(doc: { lastReviewedAt?: OptionalText; reviewerName?: OptionalText }): ReviewRecord | null {
  const at = doc.lastReviewedAt?.trim()
  if (!at) return null
  return { at, by: doc.reviewerName?.trim() || null }
}
