/**
 * The sets between two standards, as `GET /api/crosswalk/<from>/<to>` answers
 * them: each visible set whose editions belong one to each standard, with its
 * rows as stored. One function per format; `format=oscal` will be one more
 * (toOscalMappingCollection from packages/content/src/formats).
 */
import type { MappingEntry, MappingSetEntry } from '@versus/content'
import type { CrosswalkIndex } from './crosswalk-index'
import { toCsv } from './csv'

export interface SetsBetween {
  from: string
  to: string
  sets: (MappingSetEntry & { mappings: Omit<MappingEntry, 'set'>[] })[]
}

export function setsBetweenStandards(index: CrosswalkIndex, from: string, to: string): SetsBetween {
  const standardOf = (edition: string) => index.editions.get(edition)?.standard
  const sets = [...index.sets.values()]
    .filter((s) => {
      const pair = [standardOf(s.sourceEdition), standardOf(s.targetEdition)]
      return from !== to && pair.includes(from) && pair.includes(to)
    })
    .sort((a, b) => a.id.localeCompare(b.id))
  return {
    from,
    to,
    sets: sets.map((s) => ({
      ...s,
      mappings: index.bundle.mappings.filter((m) => m.set === s.id).map(({ set: _set, ...row }) => row),
    })),
  }
}

export const SETS_CSV_HEADER = [
  'set',
  'source edition',
  'sources',
  'relationship',
  'target edition',
  'targets',
  'strength',
  'rationale',
  'gap note',
  'method',
  'publisher',
  'licence',
]

/** One line per row; several requirements on a side are joined by " + " (their union). */
export function setsCsv(between: SetsBetween): string {
  return toCsv(
    SETS_CSV_HEADER,
    between.sets.flatMap((s) =>
      s.mappings.map((m) => [
        s.id,
        s.sourceEdition,
        m.sources.join(' + '),
        m.relationship,
        s.targetEdition,
        m.targets.join(' + '),
        m.strength ?? null,
        m.rationale ?? null,
        m.gapNote ?? null,
        s.method,
        s.publisher,
        s.licence ?? null,
      ]),
    ),
  )
}
