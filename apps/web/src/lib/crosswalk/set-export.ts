/**
 * The sets between two standards, as `GET /api/crosswalk/<from>/<to>` answers
 * them: each visible set whose editions belong one to each standard, with its
 * rows as stored. One function per format (OSCAL: toOscalMappingCollection
 * from packages/content/src/formats, one set per document).
 */
import { toOscalMappingCollection } from '@versus/content'
import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry } from '@versus/content'
import type { CrosswalkIndex } from './crosswalk-index'
import { toCsv } from './csv'

export interface SetsBetween {
  from: string
  to: string
  sets: (MappingSetEntry & { mappings: Omit<MappingEntry, 'set'>[] })[]
  /** The editions the sets name (labels, years, licences). */
  editions: EditionEntry[]
}

export function setsBetweenStandards(index: CrosswalkIndex, from: string, to: string): SetsBetween {
  const standardOf = (edition: string) => index.editions.get(edition)?.standard
  const sets = [...index.sets.values()]
    .filter((s) => {
      const pair = [standardOf(s.sourceEdition), standardOf(s.targetEdition)]
      return from !== to && pair.includes(from) && pair.includes(to)
    })
    .sort((a, b) => a.id.localeCompare(b.id))
  const named = new Set(sets.flatMap((s) => [s.sourceEdition, s.targetEdition]))
  return {
    from,
    to,
    sets: sets.map((s) => ({
      ...s,
      mappings: index.bundle.mappings.filter((m) => m.set === s.id).map(({ set: _set, ...row }) => row),
    })),
    editions: [...index.editions.values()].filter((e) => named.has(e.id)).sort((a, b) => a.id.localeCompare(b.id)),
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

/** Only the set `setId` (the API's `?set=`), or null when no set between the two has that id. */
export function onlySet(between: SetsBetween, setId: string): SetsBetween | null {
  const sets = between.sets.filter((s) => s.id === setId)
  if (sets.length === 0) return null
  const named = new Set(sets.flatMap((s) => [s.sourceEdition, s.targetEdition]))
  return { ...between, sets, editions: between.editions.filter((e) => named.has(e.id)) }
}

/** One set as an OSCAL 1.2 mapping-collection (between.sets must hold exactly that set). */
export function setOscal(between: SetsBetween): Record<string, unknown> {
  const [set] = between.sets
  if (!set || between.sets.length !== 1) throw new RangeError('an OSCAL mapping-collection holds one set')
  const { mappings, ...entry } = set
  const bundle: CrosswalkBundle = {
    editions: between.editions,
    requirements: [],
    sets: [entry],
    mappings: mappings.map((row) => ({ ...row, set: entry.id })),
  }
  return toOscalMappingCollection(bundle, entry.id)
}
