/**
 * When the demo content was last checked against its sources (the `lastReviewedAt` of each seeded
 * standard and comparison). The seed names no reviewer (it creates no users), so the site shows these
 * as reviewed "by the Versus editors". Standards by slug, comparisons by their two slugs sorted and
 * joined with ":". Anything not listed gets DEFAULT_REVIEWED_AT.
 */
export const DEFAULT_REVIEWED_AT = '2026-11-27T00:00:00.000Z'

export const standardReviews: Record<string, string> = {
  'iso-27001': '2026-11-30T00:00:00.000Z',
  'iso-27002': '2026-11-30T00:00:00.000Z',
  nis2: '2026-11-28T00:00:00.000Z',
  gdpr: '2026-11-28T00:00:00.000Z',
  'pci-dss': '2026-11-26T00:00:00.000Z',
  dora: '2026-11-25T00:00:00.000Z',
}

export const comparisonReviews: Record<string, string> = {
  'iso-27001:iso-27002': '2026-12-01T00:00:00.000Z',
  'iso-27032:iso-27701': '2026-11-29T00:00:00.000Z',
}

export const standardReviewedAt = (slug: string): string => standardReviews[slug] ?? DEFAULT_REVIEWED_AT

export const comparisonReviewedAt = (a: string, b: string): string =>
  comparisonReviews[[a, b].sort().join(':')] ?? DEFAULT_REVIEWED_AT
