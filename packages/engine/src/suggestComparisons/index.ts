import type { PairRef } from '../model'
import type { RelationType, StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { relationSentence } from '../relationSentence/index'
import { arrayOr, categoryKey, categoryName, displayName, slugOf } from '../_lib/normalize'
import { makePairRef } from '../_lib/pairRef'
import { cleanText, compareCodeUnits } from '../_lib/text'

/** How much a link between the two standards says they belong on one page. */
export const RELATION_WEIGHTS: Readonly<Record<RelationType, number>> = {
  extends: 8,
  'builds-on': 6,
  replaces: 6,
  'maps-to': 5,
  complements: 4,
}
export const SHARED_CATEGORY_WEIGHT = 5
export const SHARED_JURISDICTION_WEIGHT = 3
/** A standard with no published comparison adds this much; each published comparison one less, down to 0. */
export const COVERAGE_WEIGHT = 3
/** A mapping set links an edition of one to an edition of the other. */
export const DIRECT_MAPPING_WEIGHT = 6
/** Both are mapped to a third standard (the pivot): the pair's coverage can be inferred through it. */
export const PIVOT_MAPPING_WEIGHT = 2
export const SUGGESTIONS_LIMIT = 30

export interface SuggestComparisonsInput {
  /** Every standard that may be paired (drafts included, if the caller wants them). */
  standards: readonly StandardRecord[]
  /** Pairs that already have a comparison, in any status and either order: never suggested. */
  existing?: ReadonlyArray<readonly [string, string]>
  /** Pairs with a published comparison: the fewer a standard has, the more its pairs are wanted. */
  published?: ReadonlyArray<readonly [string, string]>
  /** At most this many suggestions (default 30). */
  limit?: number
  /**
   * Requirement mapping sets, one entry per set: who maps which standard's edition to which. A set
   * between two standards ranks their pair higher; two sets sharing a third standard a little.
   */
  mappingSets?: ReadonlyArray<SuggestionMappingSet>
}

/** What the suggestions need to know of a mapping set. */
export interface SuggestionMappingSet {
  /** Standard slugs of the source and target editions. */
  source: string
  target: string
  /** "NIST", "Versus editorial". */
  publisher: string
  /** Edition labels, "CSF 2.0", "ISO/IEC 27001:2022"; the standard's name when absent. */
  sourceLabel?: string | null
  targetLabel?: string | null
}

export interface ComparisonSuggestion {
  pair: PairRef
  /** "ISO 27001 vs ISO 27701", canonical order. */
  title: string
  /** Higher is a better candidate; ties are broken by pair slug. */
  score: number
  /** Why, in plain sentences, strongest first. */
  reasons: string[]
}

/** Order-free identity of a pair (by code units: distinct slugs never tie). */
function pairKey(x: string, y: string): string {
  return compareCodeUnits(x, y) <= 0 ? `${x}\u0000${y}` : `${y}\u0000${x}`
}

function pairSet(pairs: ReadonlyArray<readonly [string, string]> | undefined): Set<string> {
  const set = new Set<string>()
  for (const entry of arrayOr(pairs)) {
    if (!Array.isArray(entry)) continue
    const [x, y] = entry
    if (typeof x === 'string' && typeof y === 'string') set.add(pairKey(x, y))
  }
  return set
}

function publishedCounts(pairs: ReadonlyArray<readonly [string, string]> | undefined): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of pairSet(pairs)) {
    const [x, y] = key.split('\u0000') as [string, string]
    if (x === y) continue
    counts.set(x, (counts.get(x) ?? 0) + 1)
    counts.set(y, (counts.get(y) ?? 0) + 1)
  }
  return counts
}

interface Candidate {
  slug: string
  name: string
  category: string | null
  categoryName: string | null
  jurisdiction: string
  jurisdictionKey: string
  links: Map<string, RelationType[]>
  published: number
}

function candidateOf(standard: StandardRecord, counts: Map<string, number>): Candidate {
  const slug = slugOf(standard)
  const links = new Map<string, RelationType[]>()
  for (const link of arrayOr(standard.related)) {
    if (!link || typeof link !== 'object' || typeof link.standard !== 'string') continue
    if (!Object.hasOwn(RELATION_WEIGHTS, link.relation)) continue
    const types = links.get(link.standard) ?? []
    if (!types.includes(link.relation)) types.push(link.relation)
    links.set(link.standard, types)
  }
  const jurisdiction = cleanText(standard.jurisdiction)
  return {
    slug,
    name: displayName(standard),
    category: categoryKey(standard.category),
    categoryName: categoryName(standard.category),
    jurisdiction,
    jurisdictionKey: jurisdiction.toLowerCase(),
    links,
    published: counts.get(slug) ?? 0,
  }
}

function coverageReason(candidate: Candidate): string {
  if (candidate.published === 0) return `${candidate.name} has no published comparison yet`
  return `${candidate.name} has ${candidate.published} published comparison${candidate.published === 1 ? '' : 's'}`
}

interface MappingFacts {
  /** pairKey → sentences of the sets linking the pair directly. */
  direct: Map<string, string[]>
  /** slug → slugs it is mapped with (either direction). */
  neighbours: Map<string, Set<string>>
}

function mappingFacts(sets: ReadonlyArray<SuggestionMappingSet> | undefined, names: Map<string, string>): MappingFacts {
  const direct = new Map<string, string[]>()
  const neighbours = new Map<string, Set<string>>()
  for (const set of arrayOr(sets)) {
    if (!set || typeof set !== 'object' || typeof set.source !== 'string' || typeof set.target !== 'string') continue
    if (set.source === set.target || !names.has(set.source) || !names.has(set.target)) continue
    const publisher = cleanText(set.publisher) || 'Someone'
    const label = (value: unknown, slug: string) => cleanText(value) || (names.get(slug) as string)
    const sentence = `${publisher} maps ${label(set.sourceLabel, set.source)} to ${label(set.targetLabel, set.target)}`
    const key = pairKey(set.source, set.target)
    const sentences = direct.get(key) ?? []
    if (!sentences.includes(sentence)) sentences.push(sentence)
    direct.set(key, sentences)
    for (const [from, to] of [
      [set.source, set.target],
      [set.target, set.source],
    ] as const) {
      const linked = neighbours.get(from) ?? new Set<string>()
      linked.add(to)
      neighbours.set(from, linked)
    }
  }
  return { direct, neighbours }
}

function mappingReasons(x: Candidate, y: Candidate, facts: MappingFacts, names: Map<string, string>): { weight: number; reason: string }[] {
  const found: { weight: number; reason: string }[] = []
  const direct = facts.direct.get(pairKey(x.slug, y.slug)) ?? []
  direct.forEach((reason, index) => found.push({ weight: index === 0 ? DIRECT_MAPPING_WEIGHT : 0, reason }))
  if (direct.length > 0) return found
  const theirs = facts.neighbours.get(y.slug)
  const pivots = [...(facts.neighbours.get(x.slug) ?? [])].filter((pivot) => pivot !== y.slug && theirs?.has(pivot)).sort(compareCodeUnits)
  if (pivots.length > 0) {
    const via = pivots.map((pivot) => names.get(pivot) ?? pivot).join(', ')
    found.push({ weight: PIVOT_MAPPING_WEIGHT, reason: `Both are mapped to ${via}: coverage can be inferred through it` })
  }
  return found
}

function score(x: Candidate, y: Candidate, mapped: { weight: number; reason: string }[] = []): { score: number; reasons: string[] } {
  const weighted: { weight: number; reason: string }[] = [...mapped]
  for (const [from, to] of [
    [x, y],
    [y, x],
  ] as const) {
    for (const relation of from.links.get(to.slug) ?? []) {
      weighted.push({ weight: RELATION_WEIGHTS[relation], reason: relationSentence(from.name, relation, to.name) })
    }
  }
  if (x.category !== null && x.category === y.category) {
    weighted.push({ weight: SHARED_CATEGORY_WEIGHT, reason: `Both are in ${x.categoryName ?? x.category}` })
  }
  if (x.jurisdictionKey && x.jurisdictionKey === y.jurisdictionKey) {
    weighted.push({ weight: SHARED_JURISDICTION_WEIGHT, reason: `Both apply in the same jurisdiction (${x.jurisdiction})` })
  }
  for (const side of [x, y]) {
    const weight = Math.max(0, COVERAGE_WEIGHT - side.published)
    if (weight > 0) weighted.push({ weight, reason: coverageReason(side) })
  }
  // Strongest reason first; equal weights keep the order they were found in (stable sort).
  weighted.sort((a, b) => b.weight - a.weight)
  return { score: weighted.reduce((sum, entry) => sum + entry.weight, 0), reasons: weighted.map((entry) => entry.reason) }
}

/**
 * @name suggestComparisons
 * @summary Rank the pairs of standards that have no comparison yet.
 *
 * @description
 * Every pair of two different standards that has no comparison (in any
 * status, in either order) is scored by how related the two are: a
 * related-standard link either way (by relation type: extends 8, builds on 6,
 * replaces 6, maps to 5, complements 4), a shared category (5), a shared
 * jurisdiction (3), and how few published comparisons each already has (3
 * for none, one less per comparison), and requirement mapping sets passed in as
 * data: a set linking the two (6, once however many sets; each set still gives
 * its reason, "NIST maps CSF 2.0 to ISO/IEC 27001:2022"), else both mapped to a
 * third standard (2). Each point comes with a plain-language reason. Standards with a blank or repeated slug are skipped (the first
 * record of a slug wins). Pure, total and deterministic: ties are broken by
 * the pair's slug, and the order of the input does not matter.
 *
 * @param input - The standards, the pairs already compared and the published ones
 * @returns At most `limit` suggestions, best first
 *
 * @example
 * suggestComparisons({ standards: [iso27001, iso27701, gdpr], existing: [['gdpr', 'iso-27701']] })[0]
 * //=> { pair: { slug: 'iso-27001-vs-iso-27701', … }, title: 'ISO 27001 vs ISO 27701', score: 19,
 * //     reasons: ['ISO 27701 extends ISO 27001', 'Both are in Cybersecurity', …] }
 */
export function suggestComparisons(input: SuggestComparisonsInput): ComparisonSuggestion[] {
  const limit =
    typeof input.limit === 'number' && Number.isFinite(input.limit) ? Math.max(0, Math.floor(input.limit)) : SUGGESTIONS_LIMIT
  if (limit === 0) return []
  const existing = pairSet(input.existing)
  const counts = publishedCounts(input.published)

  const bySlug = new Map<string, Candidate>()
  for (const standard of arrayOr(input.standards)) {
    if (!standard || typeof standard !== 'object') continue
    const slug = slugOf(standard)
    if (!slug || bySlug.has(slug)) continue
    bySlug.set(slug, candidateOf(standard, counts))
  }
  const candidates = [...bySlug.values()].sort((a, b) => compareSlugs(a.slug, b.slug) || compareCodeUnits(a.slug, b.slug))
  const names = new Map(candidates.map((candidate) => [candidate.slug, candidate.name]))
  const facts = mappingFacts(input.mappingSets, names)

  const suggestions: ComparisonSuggestion[] = []
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i] as Candidate
    for (let j = i + 1; j < candidates.length; j++) {
      const y = candidates[j] as Candidate
      if (existing.has(pairKey(x.slug, y.slug))) continue
      const pair = makePairRef(x.slug, y.slug)
      const [first, second] = pair.standards[0] === x.slug ? [x, y] : [y, x]
      suggestions.push({ pair, title: `${first.name} vs ${second.name}`, ...score(first, second, mappingReasons(first, second, facts, names)) })
    }
  }
  suggestions.sort((a, b) => b.score - a.score || compareCodeUnits(a.pair.slug, b.pair.slug))
  return suggestions.slice(0, limit)
}
