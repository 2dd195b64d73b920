/**
 * Cache tags. The CMS webhook sends exactly these names (docs/content-model.md,
 * "Site refresh"); every CMS fetch is tagged with them.
 */
export const TAGS = {
  standards: 'standards',
  comparisons: 'comparisons',
  aspects: 'aspects',
  categories: 'categories',
  articles: 'articles',
  site: 'site',
} as const

export type CollectionTag = (typeof TAGS)[keyof typeof TAGS]

export const standardTag = (slug: string) => `standard:${slug}`
/** `pairKey` is the two standard ids, sorted, joined by ":" ("3:7", or two MongoDB ids). */
export const comparisonTag = (pairKey: string) => `comparison:${pairKey}`
export const articleTag = (slug: string) => `article:${slug}`

/** Tag names the revalidation endpoint accepts. */
export const TAG_PATTERN =
  /^(?:standards|comparisons|aspects|categories|articles|site|(?:standard|article):[A-Za-z0-9._~-]+|comparison:[A-Za-z0-9._:~-]+)$/

export const MAX_TAG_LENGTH = 200
