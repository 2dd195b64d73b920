/**
 * The fields each slim list holds (tags.ts: `standards-index`, `standards-list`,
 * `comparisons-index`, `articles-index`). The site selects exactly these; the
 * CMS sends a list's tag only when one of these changed. One list, so the two
 * can never disagree.
 */

/** What links, names and related-comparison ranking read. */
export const STANDARD_INDEX_FIELDS = ['slug', 'previousSlugs', 'shortName', 'legalNature', 'obligation', 'category', 'related'] as const

/** The index plus what a standard's card in a list shows, and the official title the site's search looks in. */
export const STANDARD_CARD_FIELDS = [...STANDARD_INDEX_FIELDS, 'officialTitle', 'tagline', 'jurisdiction', 'editionYear', 'publisher'] as const

/** Which pairs exist, their summaries, featured. */
export const COMPARISON_INDEX_FIELDS = ['standardA', 'standardB', 'pairKey', 'summary', 'featured'] as const

/** Everything of an article but its body. */
export const ARTICLE_INDEX_FIELDS = ['slug', 'previousSlugs', 'title', 'summary', 'standards', 'publishedAt'] as const

export type StandardIndexField = (typeof STANDARD_INDEX_FIELDS)[number]
export type StandardCardField = (typeof STANDARD_CARD_FIELDS)[number]
export type ComparisonIndexField = (typeof COMPARISON_INDEX_FIELDS)[number]
export type ArticleIndexField = (typeof ARTICLE_INDEX_FIELDS)[number]
