import type { Relation } from '../model'
import type { RelationType, StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { relationSentence } from '../relationSentence/index'
import { arrayOr, displayName, slugOf } from './normalize'
import { compareCodeUnits } from './text'

/** Relations that read the same both ways round: "A complements B" says "B complements A". */
const SYMMETRIC: ReadonlySet<RelationType> = new Set<RelationType>(['complements'])

/**
 * Links from either standard to the other, as sentences; duplicates dropped. A symmetric relation
 * recorded on both standards is one fact, said once (from the standard whose slug sorts first, so
 * the result does not depend on the order of the two arguments).
 */
export function buildRelations(a: StandardRecord, b: StandardRecord): Relation[] {
  const relations = new Map<string, Relation>()
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const fromSlug = slugOf(from)
    const toSlug = slugOf(to)
    for (const link of arrayOr(from.related)) {
      if (!link || typeof link !== 'object' || link.standard !== toSlug) continue
      const relation: RelationType = link.relation
      const symmetric = SYMMETRIC.has(relation)
      const [first, second] = symmetric && compareSlugs(toSlug, fromSlug) < 0 ? [toSlug, fromSlug] : [fromSlug, toSlug]
      const key = `${first}\u0000${second}\u0000${String(relation)}`
      const existing = relations.get(key)
      if (existing && !(symmetric && compareSlugs(fromSlug, existing.from) < 0)) continue
      relations.set(key, {
        from: fromSlug,
        to: toSlug,
        relation,
        sentence: relationSentence(displayName(from), relation, displayName(to)),
      })
    }
  }
  return [...relations.values()].sort(
    (x, y) =>
      compareSlugs(x.from, y.from) ||
      compareSlugs(x.to, y.to) ||
      compareCodeUnits(String(x.relation), String(y.relation)),
  )
}
