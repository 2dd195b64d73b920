import type { ComparisonModel, CompareInput, FaqSection, PairReview, WhatItAddsModel } from '../model'
import type { StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { RELATED_COMPARISONS_LIMIT } from '../rankRelatedComparisons/index'
import { buildDifferences } from '../_lib/differences'
import { cleanFaq, pushSection } from '../_lib/faq'
import { slugOf } from '../_lib/normalize'
import { makePairRef, orderedPairRef } from '../_lib/pairRef'
import { catalogIndexOf } from '../_lib/catalogIndex'
import { rankWithCatalogIndex, rankWithIndex } from '../_lib/rankRelated'
import { rankArticles, uniqueArticles } from '../_lib/relatedArticles'
import { buildRelations } from '../_lib/relations'
import { cleanReview } from '../_lib/review'
import { buildSeo, latestDate } from '../_lib/seo'
import { indexStandards, preferredLookup } from '../_lib/standardIndex'
import { compareCodeUnits } from '../_lib/text'
import { compareTraitSets } from '../_lib/traits'
import type { StandardFacts } from '../_lib/standardFacts'
import { computeFacts, copyFacts } from '../_lib/standardFacts'
import { generateVerdict } from '../_lib/verdict'
import { pairFaq } from '../_lib/pairFaq'
import { whatItAdds } from '../whatItAdds/index'

/**
 * The order the page shows the two records in: the reviewed comparison's own
 * (its editor chose which standard comes first), else canonical. Equal slugs
 * (a degenerate self-pair) fall back to the serialized record, so the order
 * still does not depend on argument order.
 */
function displayOrder(x: StandardRecord, y: StandardRecord, comparison: CompareInput['comparison']): [StandardRecord, StandardRecord] {
  const chosen = Array.isArray(comparison?.standards) ? comparison.standards : []
  const sx = slugOf(x)
  const sy = slugOf(y)
  if (sx !== sy && chosen[0] === sy && chosen[1] === sx) return [y, x]
  if (sx !== sy && chosen[0] === sx && chosen[1] === sy) return [x, y]
  const bySlug = compareSlugs(sx, sy)
  if (bySlug !== 0) return bySlug < 0 ? [x, y] : [y, x]
  return compareCodeUnits(JSON.stringify(x) ?? '', JSON.stringify(y) ?? '') <= 0 ? [x, y] : [y, x]
}

/**
 * @name compareStandards
 * @summary Build the comparison page model of two standards.
 *
 * @description
 * Everything a comparison page shows, derived from the two standard records,
 * the ordered aspects, the pair's own record (editor verdict, per-pair aspect
 * overrides, pair FAQ) and the published catalog. The two standards may come
 * in either order: (A, B) and (B, A) give deep-equal models, in the order of
 * the pair's own record (`comparison.standards`, the editor's choice) or, for
 * a pair without one, the canonical (`compareSlugs`) order. Pure and total: odd input is normalised, never
 * rejected. Runs in O(catalog size); pass a `prepareCatalog` result to
 * compare many pairs against one catalog faster (same output).
 *
 * @param input - The standards, aspects, pair record, catalog and site
 * @returns The comparison model
 *
 * @example
 * const model = compareStandards({ standards: [iso27701, iso27032], aspects })
 * model.title //=> 'ISO 27032 vs ISO 27701'
 * model.pair.path //=> '/compare/iso-27032-vs-iso-27701'
 * model.seo.title //=> 'ISO 27032 vs ISO 27701: Key Differences Compared'
 */
export function compareStandards(input: CompareInput): ComparisonModel {
  const [a, b] = displayOrder(input.standards[0], input.standards[1], input.comparison)
  const slugA = slugOf(a)
  const slugB = slugOf(b)
  const pair = slugA === slugB ? makePairRef(slugA, slugB) : orderedPairRef(slugA, slugB)
  const catalog = input.catalog ?? {}
  const prepared = catalogIndexOf(catalog)
  const factsOf = (standard: StandardRecord): StandardFacts => {
    const cached = prepared?.facts.get(standard)
    return cached ? copyFacts(cached) : computeFacts(standard)
  }
  const factsA = factsOf(a)
  const factsB = factsOf(b)
  const describedA = factsA.description
  const describedB = factsB.description
  const nameA = describedA.header.shortName
  const nameB = describedB.header.shortName
  const title = `${nameA} vs ${nameB}`
  const comparison = input.comparison ?? null

  const editorVerdict = typeof comparison?.verdict === 'string' ? comparison.verdict.trim() : ''
  const generatedVerdict = generateVerdict(a, b, factsA.clause, factsB.clause)
  const verdict = editorVerdict
    ? { text: editorVerdict, generated: false }
    : { text: generatedVerdict, generated: true }

  const faq: FaqSection[] = []
  const named = [
    { standard: a, name: nameA },
    { standard: b, name: nameB },
  ] as const
  pushSection(faq, null, `About ${title}`, pairFaq(named[0], named[1], [factsA.clause, factsB.clause], cleanFaq(comparison?.faq)))
  pushSection(faq, slugA, `${nameA}: frequently asked questions`, factsA.faq)
  if (slugB !== slugA) pushSection(faq, slugB, `${nameB}: frequently asked questions`, factsB.faq)

  // Resolved once: the table and both "what it adds" lists read the same overridden values.
  const differences = buildDifferences(input.aspects, a, b, comparison?.aspectOverrides, [factsA.values, factsB.values])
  const adds: [WhatItAddsModel, WhatItAddsModel] = [
    whatItAdds(a, b, input.aspects, { overrides: comparison?.aspectOverrides }),
    whatItAdds(b, a, input.aspects, { overrides: comparison?.aspectOverrides }),
  ]

  const review: PairReview = { pair: cleanReview(comparison?.review), standards: [cleanReview(a.review), cleanReview(b.review)] }

  const lookup = prepared ? preferredLookup(prepared.bySlug, [a, b]) : indexStandards(catalog.standards, [a, b])

  return {
    pair,
    title,
    headers: [describedA.header, describedB.header],
    verdict,
    cards: [describedA.card, describedB.card],
    details: [describedA.details, describedB.details],
    differences,
    traits: compareTraitSets(factsA.traits, factsB.traits),
    relations: buildRelations(a, b),
    faq,
    relatedArticles: rankArticles(
      [slugA, slugB],
      lookup,
      prepared
        ? new Set([...(prepared.articlesBy.get(slugA) ?? []), ...(prepared.articlesBy.get(slugB) ?? [])])
        : uniqueArticles(catalog.articles),
    ),
    related: prepared
      ? rankWithCatalogIndex([slugA, slugB], lookup, prepared, RELATED_COMPARISONS_LIMIT)
      : rankWithIndex([slugA, slugB], lookup, catalog.comparisons, RELATED_COMPARISONS_LIMIT),
    seo: buildSeo({
      title,
      verdict: verdict.text,
      pair,
      faq,
      siteUrl: input.site?.url,
      siteName: input.site?.name,
      dates: {
        published: comparison?.createdAt ?? comparison?.updatedAt ?? null,
        // The editor's last review of the pair dates the page; without one, the latest change to it or either standard.
        modified: review.pair?.at ?? latestDate([comparison?.updatedAt, a.updatedAt, b.updatedAt]),
      },
    }),
    generatedVerdict,
    adds,
    review,
  }
}
