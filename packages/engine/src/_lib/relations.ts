import type { Relation } from '../model'
import type { RelationType, StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { relationSentence } from '../relationSentence/index'
import { arrayOr, displayName, slugOf } from './normalize'
import { compareCodeUnits } from './text'

/** Links from either standard to the other, as sentences; duplicates dropped. */
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
      const key = `${fromSlug}\u0000${toSlug}\u0000${String(relation)}`
      if (relations.has(key)) continue
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
