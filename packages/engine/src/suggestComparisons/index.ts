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
  'takes-precedence': 7,
  'builds-on': 6,
  replaces: 6,
  'maps-to': 5,
  complements: 4,
}
export const SHARED_CATEGORY_WEIGHT = 5
/** A mapping set links an edition of one to an edition of the other. */
export const DIRECT_MAPPING_WEIGHT = 6
/** Both are mapped to a third standard (the pivot): the pair's coverage can be inferred through it. */
export const PIVOT_MAPPING_WEIGHT = 2
/** Typed crosswalk links between their requirements: one point per doubling (1 link 1, 3 links 2, 7 links 3…), at most this. */
export const TYPED_LINKS_MAX_WEIGHT = 6
/** Each visitor who asked for the pair, up to DEMAND_MAX_REQUESTS of them. */
export const DEMAND_WEIGHT = 4
export const DEMAND_MAX_REQUESTS = 3
/** Tie-breaks only: never lift a pair above one with a stronger signal. */
export const SHARED_JURISDICTION_WEIGHT = 3
/** A standard with no published comparison adds this much to the tie-break; each published comparison one less, down to 0. */
export const COVERAGE_WEIGHT = 3
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
  /**
   * What visitors asked for: one entry per request naming a pair of standard slugs, in either order.
   * Each request ranks the pair higher, up to three requests.
   */
  requests?: ReadonlyArray<readonly [string, string]>
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
  /** Rows of the set that type the link between requirements (equal, subset, superset, intersect). */
  typedLinks?: number | null
}

/** What a signal is about: the first six rank a pair, the last two only break ties. */
export type SuggestionSignalKind =
  | 'relation'
  | 'category'
  | 'mapping-set'
  | 'typed-links'
  | 'pivot'
  | 'demand'
  | 'jurisdiction'
  | 'coverage'

/** One reason a pair ranks where it does, with what it adds. */
export interface SuggestionSignal {
  kind: SuggestionSignalKind
  /** What it adds to the score (or, for a tie-break, to the tie-break). */
  points: number
  /** True for weak signals (same jurisdiction, few published comparisons): they order pairs of equal score only. */
  tieBreak: boolean
  /** In a plain sentence: "ISO 27701 extends ISO 27001". */
  reason: string
}

export interface ComparisonSuggestion {
  pair: PairRef
  /** "ISO 27001 vs ISO 27701", canonical order. */
  title: string
  /** Sum of the strong signals; higher is a better candidate. */
  score: number
  /** Sum of the weak signals: orders pairs of equal score (then the pair slug does). */
  tieBreak: number
  /** Every signal, strong ones first, each by points, highest first. */
  signals: SuggestionSignal[]
  /** The signals' reasons, in the same order. */
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

/** Requests per pair (self-pairs never count). */
function requestCounts(pairs: ReadonlyArray<readonly [string, string]> | undefined): Map<string, number> {
  const counts = new Map<string, number>()
  for (const entry of arrayOr(pairs)) {
    if (!Array.isArray(entry)) continue
    const [x, y] = entry
    if (typeof x !== 'string' || typeof y !== 'string' || x === y) continue
    const key = pairKey(x, y)
    counts.set(key, (counts.get(key) ?? 0) + 1)
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
  /** pairKey → typed links between their requirements, over every set linking the pair. */
  typed: Map<string, number>
  /** slug → slugs it is mapped with (either direction). */
  neighbours: Map<string, Set<string>>
}

function mappingFacts(sets: ReadonlyArray<SuggestionMappingSet> | undefined, names: Map<string, string>): MappingFacts {
  const direct = new Map<string, string[]>()
  const typed = new Map<string, number>()
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
    const links = typeof set.typedLinks === 'number' && Number.isFinite(set.typedLinks) ? Math.max(0, Math.floor(set.typedLinks)) : 0
    if (links > 0) typed.set(key, (typed.get(key) ?? 0) + links)
    for (const [from, to] of [
      [set.source, set.target],
      [set.target, set.source],
    ] as const) {
      const linked = neighbours.get(from) ?? new Set<string>()
      linked.add(to)
      neighbours.set(from, linked)
    }
  }
  return { direct, typed, neighbours }
}

function strong(kind: SuggestionSignalKind, points: number, reason: string): SuggestionSignal {
  return { kind, points, tieBreak: false, reason }
}

function weak(kind: SuggestionSignalKind, points: number, reason: string): SuggestionSignal {
  return { kind, points, tieBreak: true, reason }
}

/** One point per doubling of the links, at most TYPED_LINKS_MAX_WEIGHT. */
export function typedLinksWeight(links: number): number {
  if (!Number.isFinite(links) || links < 1) return 0
  return Math.min(TYPED_LINKS_MAX_WEIGHT, Math.floor(Math.log2(Math.floor(links) + 1)))
}

function mappingSignals(x: Candidate, y: Candidate, facts: MappingFacts, names: Map<string, string>): SuggestionSignal[] {
  const found: SuggestionSignal[] = []
  const key = pairKey(x.slug, y.slug)
  const direct = facts.direct.get(key) ?? []
  direct.forEach((reason, index) => found.push(strong('mapping-set', index === 0 ? DIRECT_MAPPING_WEIGHT : 0, reason)))
  const links = facts.typed.get(key) ?? 0
  if (links > 0) {
    const reason = `${links} typed crosswalk link${links === 1 ? '' : 's'} (equal, subset, superset, intersect) between their requirements`
    found.push(strong('typed-links', typedLinksWeight(links), reason))
  }
  if (direct.length > 0) return found
  const theirs = facts.neighbours.get(y.slug)
  const pivots = [...(facts.neighbours.get(x.slug) ?? [])].filter((pivot) => pivot !== y.slug && theirs?.has(pivot)).sort(compareCodeUnits)
  if (pivots.length > 0) {
    const via = pivots.map((pivot) => names.get(pivot) ?? pivot).join(', ')
    found.push(strong('pivot', PIVOT_MAPPING_WEIGHT, `Both are mapped to ${via}: coverage can be inferred through it`))
  }
  return found
}

function demandSignal(requests: number): SuggestionSignal[] {
  if (requests < 1) return []
  const reason = requests === 1 ? 'A visitor asked for this comparison' : `Visitors asked for this comparison ${requests} times`
  return [strong('demand', DEMAND_WEIGHT * Math.min(requests, DEMAND_MAX_REQUESTS), reason)]
}

function score(x: Candidate, y: Candidate, found: SuggestionSignal[]): Pick<ComparisonSuggestion, 'score' | 'tieBreak' | 'signals' | 'reasons'> {
  const signals: SuggestionSignal[] = [...found]
  for (const [from, to] of [
    [x, y],
    [y, x],
  ] as const) {
    for (const relation of from.links.get(to.slug) ?? []) {
      signals.push(strong('relation', RELATION_WEIGHTS[relation], relationSentence(from.name, relation, to.name)))
    }
  }
  if (x.category !== null && x.category === y.category) {
    signals.push(strong('category', SHARED_CATEGORY_WEIGHT, `Both are in ${x.categoryName ?? x.category}`))
  }
  if (x.jurisdictionKey && x.jurisdictionKey === y.jurisdictionKey) {
    signals.push(weak('jurisdiction', SHARED_JURISDICTION_WEIGHT, `Both apply in the same jurisdiction (${x.jurisdiction})`))
  }
  for (const side of [x, y]) {
    const weight = Math.max(0, COVERAGE_WEIGHT - side.published)
    if (weight > 0) signals.push(weak('coverage', weight, coverageReason(side)))
  }
  // Strong signals first, each group by points; equal points keep the order they were found in (stable sort).
  signals.sort((a, b) => Number(a.tieBreak) - Number(b.tieBreak) || b.points - a.points)
  const sum = (tieBreak: boolean) => signals.reduce((total, signal) => total + (signal.tieBreak === tieBreak ? signal.points : 0), 0)
  return { score: sum(false), tieBreak: sum(true), signals, reasons: signals.map((signal) => signal.reason) }
}

/**
 * @name suggestComparisons
 * @summary Rank the pairs of standards that have no comparison yet.
 *
 * @description
 * Every pair of two different standards that has no comparison (in any
 * status, in either order) is scored by strong signals only: a
 * related-standard link either way (by relation type: extends 8, takes precedence 7, builds on 6,
 * replaces 6, maps to 5, complements 4), a shared category (5), requirement
 * mapping sets passed in as data (a set linking the two: 6, once however many
 * sets, each set still giving its reason, "NIST maps CSF 2.0 to ISO/IEC
 * 27001:2022"; the typed links between their requirements: one point per
 * doubling, at most 6; else both mapped to a third standard: 2), and demand
 * (each visitor request for the pair: 4, up to three requests). Weak signals,
 * a shared jurisdiction (3) and how few published comparisons each already
 * has (3 for none, one less per comparison), only break ties: they make the
 * `tieBreak`, never the `score`. Every point comes with a plain-language
 * signal. Standards with a blank or repeated slug are skipped (the first
 * record of a slug wins). Pure, total and deterministic: ranked by score, then
 * tie-break, then the pair's slug; the order of the input does not matter.
 *
 * @param input - The standards, the pairs already compared and the published ones, mapping sets, requests
 * @returns At most `limit` suggestions, best first
 *
 * @example
 * suggestComparisons({ standards: [iso27001, iso27701, gdpr], existing: [['gdpr', 'iso-27701']] })[0]
 * //=> { pair: { slug: 'iso-27001-vs-iso-27701', … }, title: 'ISO 27001 vs ISO 27701', score: 8, tieBreak: 9,
 * //     reasons: ['ISO 27701 extends ISO 27001', 'Both apply in the same jurisdiction (International)', …], signals: […] }
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
  const requests = requestCounts(input.requests)

  const suggestions: ComparisonSuggestion[] = []
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i] as Candidate
    for (let j = i + 1; j < candidates.length; j++) {
      const y = candidates[j] as Candidate
      if (existing.has(pairKey(x.slug, y.slug))) continue
      const pair = makePairRef(x.slug, y.slug)
      const [first, second] = pair.standards[0] === x.slug ? [x, y] : [y, x]
      const found = [...demandSignal(requests.get(pairKey(x.slug, y.slug)) ?? 0), ...mappingSignals(first, second, facts, names)]
      suggestions.push({ pair, title: `${first.name} vs ${second.name}`, ...score(first, second, found) })
    }
  }
  suggestions.sort((a, b) => b.score - a.score || b.tieBreak - a.tieBreak || compareCodeUnits(a.pair.slug, b.pair.slug))
  return suggestions.slice(0, limit)
}
