import type { RelatedComparison } from '../model'
import type { ComparisonRecord, StandardRecord } from '../types'
import { legalNatureLabel } from '../legalNatureLabel/index'
import { obligationLabel } from '../obligationLabel/index'
import { pairSlug } from '../pairSlug/index'
import { arrayOr, categoryKey, displayName, slugOf } from './normalize'
import { orderedPairRef } from './pairRef'
import type { CatalogIndex, ComparisonEntry } from './catalogIndex'
import { categoryPairKey, compareEntries, pairKey, preferSummary } from './catalogIndex'
import type { StandardLookup } from './standardIndex'
import { linkTargets } from './standardIndex'
import { cleanText } from './text'

export const SHARED_STANDARD_SCORE = 10
export const SHARED_CATEGORY_SCORE = 3
export const LINK_SCORE = 1

interface Candidate {
  key: string
  slug: string
  a: StandardRecord
  b: StandardRecord
  score: number
  summary: string
}

function descriptor(standard: StandardRecord): string {
  return `${obligationLabel(standard.obligation)} ${legalNatureLabel(standard.legalNature)}`.toLowerCase()
}

/** "Compare ISO 27032, a voluntary guidance standard, with ISO 17025, a voluntary certifiable standard." */
export function generatedSummary(a: StandardRecord, b: StandardRecord): string {
  const da = descriptor(a)
  const db = descriptor(b)
  if (da === db) return `Compare ${displayName(a)} and ${displayName(b)}, two ${da}s.`
  const article = (text: string) => (/^[aeiou]/.test(text) ? 'an' : 'a')
  return `Compare ${displayName(a)}, ${article(da)} ${da}, with ${displayName(b)}, ${article(db)} ${db}.`
}

/** Whether `standard` links (through `related`) to `target`. */
function linksTo(standard: StandardRecord, target: string): boolean {
  const related = standard.related
  if (!Array.isArray(related)) return false
  for (let i = 0; i < related.length; i++) {
    const link = related[i]
    if (link && link.standard === target) return true
  }
  return false
}

/** What scoring needs to know about the pair. */
interface PairContext {
  pa: string
  pb: string
  categories: Set<string>
  /** Slug → how many of the pair's standards link to it. */
  linkedFromPair: Map<string, number>
}

function pairContext(pair: readonly [string, string], lookup: StandardLookup): PairContext {
  const pa = pair[0]
  const pb = pair[1]
  const categories = new Set<string>()
  const linkedFromPair = new Map<string, number>()
  for (const slug of pa === pb ? [pa] : [pa, pb]) {
    const standard = lookup.get(slug)
    if (!standard) continue
    const category = categoryKey(standard.category)
    if (category) categories.add(category)
    for (const target of linkTargets(standard)) {
      if (target !== pa && target !== pb) linkedFromPair.set(target, (linkedFromPair.get(target) ?? 0) + 1)
    }
  }
  return { pa, pb, categories, linkedFromPair }
}

/** One side's share of a comparison's score; a comparison scores the sum of its two sides. */
function sideScore(context: PairContext, slug: string, standard: StandardRecord): number {
  const { pa, pb } = context
  let score = 0
  if (slug === pa || slug === pb) {
    score += SHARED_STANDARD_SCORE
  } else {
    if (context.linkedFromPair.size > 0) score += (context.linkedFromPair.get(slug) ?? 0) * LINK_SCORE
    if (linksTo(standard, pa)) score += LINK_SCORE
    if (pb !== pa && linksTo(standard, pb)) score += LINK_SCORE
  }
  if (context.categories.size > 0) {
    const category = categoryKey(standard.category)
    if (category && context.categories.has(category)) score += SHARED_CATEGORY_SCORE
  }
  return score
}

/**
 * Whether a comparison stays on the pair's topic: each of its standards is one of the pair, or shares
 * a category with it, or is linked to it. A comparison that only shares one standard with the pair
 * and puts it next to something unrelated is off topic, however high it would score.
 */
function onTopic(context: PairContext, x: string, sx: number, y: string, sy: number): boolean {
  const tied = (slug: string, score: number) => slug === context.pa || slug === context.pb || score > 0
  return tied(x, sx) && tied(y, sy)
}

function compareCandidates(p: Candidate, q: Candidate): number {
  return q.score - p.score || compareEntries(p, q)
}

/**
 * The best `limit` candidates so far, sorted, one per pair. A pair offered
 * again only contributes its summary; a candidate that cannot make the list
 * costs no string building.
 */
class TopCandidates {
  readonly best: Candidate[] = []
  constructor(private readonly limit: number) {}

  /** Whether a candidate with this score could still enter. */
  admits(score: number): boolean {
    const last = this.best.length === this.limit ? this.best[this.limit - 1] : undefined
    return !last || score >= last.score
  }

  /** Whether this candidate, or any later in the same (slug, key) order with no higher score, could enter. */
  admitsEntry(score: number, entry: { slug: string; key: string }): boolean {
    const last = this.best.length === this.limit ? this.best[this.limit - 1] : undefined
    return !last || score > last.score || (score === last.score && compareEntries(entry, last) < 0)
  }

  offer(key: string, x: string, y: string, rx: StandardRecord, ry: StandardRecord, score: number, summary: string): void {
    const existing = this.best.find((candidate) => candidate.key === key)
    if (existing) {
      existing.summary = preferSummary(existing.summary, summary)
      return
    }
    // A catalog comparison is reviewed: its record's order is the one its editor chose to show.
    const [a, b] = [rx, ry]
    const candidate: Candidate = { key, slug: pairSlug(x, y), a, b, score, summary }
    let at = this.best.length
    while (at > 0 && compareCandidates(this.best[at - 1] as Candidate, candidate) > 0) at--
    if (at >= this.limit) return
    this.best.splice(at, 0, candidate)
    if (this.best.length > this.limit) this.best.pop()
  }

  size(): number {
    return this.best.length
  }

  result(): RelatedComparison[] {
    return this.best.map((candidate) => ({
      pair: orderedPairRef(slugOf(candidate.a), slugOf(candidate.b)),
      title: `${displayName(candidate.a)} vs ${displayName(candidate.b)}`,
      summary: candidate.summary || generatedSummary(candidate.a, candidate.b),
      score: candidate.score,
    }))
  }
}

/**
 * Scores every catalog comparison against the pair (see
 * `rankRelatedComparisons` for the rules): O(comparisons), each standard's
 * side score computed once. A first pass only scores; pair slugs are built
 * for comparisons scoring at least the `limit`-th best score.
 */
export function rankWithIndex(
  pair: readonly [string, string],
  lookup: StandardLookup,
  comparisons: readonly ComparisonRecord[] | null | undefined,
  limit: number,
): RelatedComparison[] {
  if (!(limit > 0)) return []
  const context = pairContext(pair, lookup)
  const { pa, pb } = context
  // side score per slug; -1 for a slug missing from the catalog
  const sides = new Map<string, number>()
  const sideOf = (slug: string): number => {
    let score = sides.get(slug)
    if (score === undefined) {
      const standard = lookup.get(slug)
      score = standard ? sideScore(context, slug, standard) : -1
      sides.set(slug, score)
    }
    return score
  }

  const list = arrayOr(comparisons)
  const scores = new Int32Array(list.length)
  // the best `limit` scores seen, descending (pairs listed twice count twice here)
  const best: number[] = []
  for (let i = 0; i < list.length; i++) {
    const comparison = list[i]
    const standards = comparison && typeof comparison === 'object' ? comparison.standards : undefined
    if (!Array.isArray(standards)) continue
    const x = standards[0]
    const y = standards[1]
    if (typeof x !== 'string' || typeof y !== 'string' || x === y) continue
    if ((x === pa && y === pb) || (x === pb && y === pa)) continue
    const sx = sideOf(x)
    if (sx < 0) continue
    const sy = sideOf(y)
    if (sy < 0) continue
    if (!onTopic(context, x, sx, y, sy)) continue
    const score = sx + sy
    if (score <= 0) continue
    scores[i] = score
    if (best.length < limit || score > (best[best.length - 1] as number)) {
      let at = best.length
      while (at > 0 && (best[at - 1] as number) < score) at--
      best.splice(at, 0, score)
      if (best.length > limit) best.pop()
    }
  }
  if (best.length === 0) return []

  const top = new TopCandidates(limit)
  let threshold = best[best.length - 1] as number
  let ceiling = Number.POSITIVE_INFINITY
  for (;;) {
    let next = 0
    for (let i = 0; i < list.length; i++) {
      const score = scores[i] as number
      if (score === 0) continue
      if (score >= ceiling) continue
      if (score < threshold) {
        if (score > next) next = score
        continue
      }
      const comparison = list[i] as ComparisonRecord
      const x = comparison.standards[0]
      const y = comparison.standards[1]
      top.offer(pairKey(x, y), x, y, lookup.get(x) as StandardRecord, lookup.get(y) as StandardRecord, score, cleanText(comparison.summary))
    }
    // duplicates of one pair can leave the list short: take the next score level
    if (top.size() >= limit || next === 0) break
    ceiling = threshold
    threshold = next
  }
  return top.result()
}

/**
 * Same result as `rankWithIndex`, from a prepared catalog, visiting only
 * comparisons that can make the list. A standard outside the pair scores
 * exactly 3 when its only tie to the pair is a shared category, so once the
 * comparisons of the pair and of linked standards are in, comparisons among
 * category-only standards (at most 3 + 3) are visited only if 6 could still
 * enter the list.
 */
export function rankWithCatalogIndex(
  pair: readonly [string, string],
  lookup: StandardLookup,
  index: CatalogIndex,
  limit: number,
): RelatedComparison[] {
  if (!(limit > 0)) return []
  const context = pairContext(pair, lookup)
  const { pa, pb } = context
  const top = new TopCandidates(limit)
  const seen = new Set<ComparisonEntry>()
  const scores = new Map<string, number>()
  const scoreOf = (slug: string): number => {
    let score = scores.get(slug)
    if (score === undefined) {
      const standard = lookup.get(slug)
      score = standard ? sideScore(context, slug, standard) : -1
      scores.set(slug, score)
    }
    return score
  }
  const visit = (source: string): void => {
    for (const entry of index.comparisonsBy.get(source) ?? []) {
      if (seen.has(entry)) continue
      seen.add(entry)
      const { x, y } = entry
      if ((x === pa && y === pb) || (x === pb && y === pa)) continue
      const sx = scoreOf(x)
      if (sx < 0) continue
      const sy = scoreOf(y)
      if (sy < 0) continue
      if (!onTopic(context, x, sx, y, sy)) continue
      const score = sx + sy
      if (score <= 0 || !top.admits(score)) continue
      top.offer(entry.key, x, y, lookup.get(x) as StandardRecord, lookup.get(y) as StandardRecord, score, entry.summary)
    }
  }

  // The pair, and standards tied to it by a link: few, and possibly high-scoring.
  const linked = new Set<string>([pa, pb])
  for (const slug of context.linkedFromPair.keys()) linked.add(slug)
  for (const slug of index.linkedBy.get(pa) ?? []) linked.add(slug)
  for (const slug of index.linkedBy.get(pb) ?? []) linked.add(slug)
  for (const slug of linked) visit(slug)

  // Every comparison left has two sides scoring 0 or 3, and only those with both sides in the pair's
  // categories (3 + 3) are on topic. Lists are in candidate order, so each walk stops at the first
  // entry that cannot enter.
  const categories = [...context.categories]
  const both = 2 * SHARED_CATEGORY_SCORE
  for (let i = 0; i < categories.length; i++) {
    for (let j = i; j < categories.length; j++) {
      for (const entry of index.byCategories.get(categoryPairKey(categories[i] as string, categories[j] as string)) ?? []) {
        if (seen.has(entry)) continue
        if (!top.admitsEntry(both, entry)) break
        seen.add(entry)
        const { x, y } = entry
        if ((x === pa && y === pb) || (x === pb && y === pa)) continue
        top.offer(entry.key, x, y, lookup.get(x) as StandardRecord, lookup.get(y) as StandardRecord, both, entry.summary)
      }
    }
  }
  return top.result()
}
