import type { MappingRecord, MappingSetRecord } from '../types'
import { inverseOf, isRecord, isRelationship } from '../_lib/mappings'

/**
 * @name invertMappingSet
 * @summary The same set stored the other way round.
 *
 * @description
 * Swaps the editions, `coveredTargets` and `coveredSources`, and each row's
 * sources and targets, inverting its relationship. The engine never needs it
 * (coverage reads a set in either direction); it exists so that an importer
 * meeting a file that stores both directions (CISO Assistant's `-revert`
 * sets) can check that one is the inverse of the other, and keep one. Rows of
 * other sets, and unreadable relationships, pass through unchanged.
 *
 * @param set - The set
 * @param mappings - Its rows (others are returned unchanged)
 * @returns The inverted set and rows
 *
 * @example
 * invertMappingSet(set, [{ setId: set.id, sources: ['a1'], targets: ['b1'], relationship: 'subset' }]).mappings[0]
 * //=> { setId: set.id, sources: ['b1'], targets: ['a1'], relationship: 'superset' }
 */
export function invertMappingSet(
  set: MappingSetRecord,
  mappings: readonly MappingRecord[],
): { set: MappingSetRecord; mappings: MappingRecord[] } {
  const s: MappingSetRecord = isRecord(set) ? set : ({} as MappingSetRecord)
  const inverted: MappingSetRecord = {
    ...s,
    sourceEdition: s.targetEdition,
    targetEdition: s.sourceEdition,
    coveredTargets: s.coveredSources ?? null,
    coveredSources: s.coveredTargets ?? null,
  }
  const rows = Array.isArray(mappings) ? mappings : []
  return {
    set: inverted,
    mappings: rows.map((row) =>
      isRecord(row) && row.setId === s.id
        ? {
            ...row,
            sources: row.targets,
            targets: row.sources,
            relationship: isRelationship(row.relationship) ? inverseOf(row.relationship) : row.relationship,
          }
        : row,
    ),
  }
}
