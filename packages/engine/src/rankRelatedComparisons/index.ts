import type { RelatedComparison } from '../model'
import type { ComparisonRecord, StandardRecord } from '../types'
import { catalogIndexOf } from '../_lib/catalogIndex'
import { rankWithCatalogIndex, rankWithIndex } from '../_lib/rankRelated'
import { arrayOr, slugOf } from '../_lib/normalize'
import { indexStandards, preferredLookup } from '../_lib/standardIndex'

/** What `rankRelatedComparisons` looks through. */
export interface RelatedCatalog {
  standards?: StandardRecord[]
  comparisons?: ComparisonRecord[]
}

export interface RankRelatedComparisonsOptions {
  /** Most comparisons returned; default 6. */
  limit?: number
  /**
   * Records of the pair's own standards, used instead of catalog entries with
   * the same slug (a preview of unpublished edits). Records of other
   * standards are ignored.
   */
  pairStandards?: StandardRecord[]
}

/** Default number of related comparisons. */
export const RELATED_COMPARISONS_LIMIT = 6

/**
 * @name rankRelatedComparisons
 * @summary Other comparisons worth linking from a comparison page.
 *
 * @description
 * Each catalog comparison other than this pair scores 10 per standard it
 * shares with the pair, 3 per of its standards whose category is the category
 * of either standard of the pair, and 1 per `related` link between one of its
 * other standards and a standard of the pair (either direction). Self-pairs
 * and comparisons of standards missing from the catalog are skipped; only
 * scores above 0 are kept, best first, ties by pair slug. The same pair listed
 * twice counts once. One pass over the catalog: O(standards + comparisons);
 * with a `prepareCatalog` result only the comparisons that can score are visited.
 *
 * @param pair - The two standard slugs of this page, in any order
 * @param catalog - Published standards and comparisons
 * @param options - Limit and preview records
 * @returns At most `limit` related comparisons
 *
 * @example
 * rankRelatedComparisons(['iso-27032', 'iso-27701'], { standards, comparisons })
 * //=> [{ pair: { slug: 'iso-27001-vs-iso-27701', … }, title: 'ISO 27001 vs ISO 27701', summary: '…', score: 17 }, …]
 */
export function rankRelatedComparisons(
  pair: readonly [string, string],
  catalog: RelatedCatalog,
  options: RankRelatedComparisonsOptions = {},
): RelatedComparison[] {
  const limit = typeof options.limit === 'number' && options.limit >= 0 ? Math.floor(options.limit) : RELATED_COMPARISONS_LIMIT
  // only records of the pair itself stand in for catalog entries
  const preferred = arrayOr(options.pairStandards).filter((standard) => {
    const slug = slugOf(standard)
    return slug === pair[0] || slug === pair[1]
  })
  const prepared = catalogIndexOf(catalog)
  if (prepared) return rankWithCatalogIndex(pair, preferredLookup(prepared.bySlug, preferred), prepared, limit)
  return rankWithIndex(pair, indexStandards(catalog?.standards, preferred), catalog?.comparisons, limit)
}
