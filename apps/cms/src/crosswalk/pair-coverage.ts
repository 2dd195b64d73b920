import { toCrosswalkRecords } from '@versus/content'
import type { CrosswalkBundle } from '@versus/content'
import { computeCoverage } from '@versus/engine'
import type { CoverageSummary, MappingSetStatus } from '@versus/engine'

/** What the editor sees counted: everything but deprecated sets, drafts included. */
export const EDITOR_SET_STATUSES: MappingSetStatus[] = ['complete', 'not-complete', 'superseded', 'draft']

export interface EditionCoverage {
  /** Edition ids and labels: `a` belongs to the first standard asked, `b` to the second. */
  a: { id: string; label: string }
  b: { id: string; label: string }
  /** Complying with a, how much of b is covered; and the other way. */
  aToB: CoverageSummary
  bToA: CoverageSummary
  /** The sets that link these two editions (either direction), with their status. */
  sets: { id: string; title: string; publisher: string; method: string; status: MappingSetStatus }[]
}

export interface PairCoverage {
  standards: { a: string; b: string }
  /** One entry per pair of editions a mapping set links; empty when none does. */
  editions: EditionCoverage[]
}

const byString = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)

/**
 * The two-way coverage of two standards from a crosswalk bundle, per pair of their editions that
 * some mapping set links (directly: bridged and inferred links never count here). Pure.
 */
export function pairCoverage(bundle: CrosswalkBundle, a: string, b: string, statuses: MappingSetStatus[] = EDITOR_SET_STATUSES): PairCoverage {
  const records = toCrosswalkRecords(bundle)
  const standardOf = new Map(bundle.editions.map((edition) => [edition.id, edition.standard]))
  const labelOf = new Map(bundle.editions.map((edition) => [edition.id, edition.label]))
  const pairs = new Map<string, { a: string; b: string }>()
  for (const set of bundle.sets) {
    if (!statuses.includes(set.status)) continue
    const [source, target] = [set.sourceEdition, set.targetEdition]
    const sides = [standardOf.get(source), standardOf.get(target)]
    const edition =
      sides[0] === a && sides[1] === b ? { a: source, b: target } : sides[0] === b && sides[1] === a ? { a: target, b: source } : null
    if (edition) pairs.set(`${edition.a}\u0000${edition.b}`, edition)
  }
  const editions = [...pairs.values()]
    .sort((x, y) => byString(x.a, y.a) || byString(x.b, y.b))
    .flatMap((pair): EditionCoverage[] => {
      const from = records.catalogs.get(pair.a)
      const to = records.catalogs.get(pair.b)
      if (!from || !to) return []
      const input = { sets: records.sets, mappings: records.mappings }
      const sets = bundle.sets
        .filter(
          (set) =>
            statuses.includes(set.status) &&
            ((set.sourceEdition === pair.a && set.targetEdition === pair.b) || (set.sourceEdition === pair.b && set.targetEdition === pair.a)),
        )
        .map((set) => ({ id: set.id, title: set.title ?? set.id, publisher: set.publisher, method: set.method, status: set.status }))
      return [
        {
          a: { id: pair.a, label: labelOf.get(pair.a) ?? pair.a },
          b: { id: pair.b, label: labelOf.get(pair.b) ?? pair.b },
          aToB: computeCoverage({ from, to, ...input }, { statuses }).summary,
          bToA: computeCoverage({ from: to, to: from, ...input }, { statuses }).summary,
          sets,
        },
      ]
    })
  return { standards: { a, b }, editions }
}
