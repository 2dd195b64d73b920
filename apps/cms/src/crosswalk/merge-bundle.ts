import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry } from '@versus/content'

import { stripControlCharactersDeep } from '../lib/control-characters'
import { requirementKey, requirementLabel, type BundleProblem, type BundleRecordKind } from './bundle-problems'

export interface MergedBundle {
  bundle: CrosswalkBundle
  /** Records that repeated an earlier one and were folded into it. */
  merged: number
  problems: BundleProblem[]
  /** Each merged mapping row's position (1-based) in the bundle as given, for messages. */
  rowNumbers: Map<MappingEntry, number>
}

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A mapping row's identity: its set, both sides as sets of refIds, and the relationship. */
export function mappingKey(row: MappingEntry): string {
  const side = (refIds: readonly string[]) => [...new Set(refIds)].sort().join('\u0001')
  return [row.set, side(row.sources ?? []), side(row.targets ?? []), row.relationship].join('\u0000')
}

/**
 * Folds repeated records into the first: a later copy fills fields the first left empty.
 * Editions, requirements and sets that repeat with a different value in a field both give are
 * a problem (which one is right?); mapping rows are merged regardless (real files repeat rows
 * with and without a strength or note), keeping the first value of each field.
 */
function fold<T extends object>(
  records: readonly T[],
  keyOf: (record: T) => string,
  describe: (record: T) => { kind: BundleRecordKind; record: string },
  strict: boolean,
): { records: T[]; merged: number; problems: BundleProblem[]; positions: Map<T, number> } {
  const byKey = new Map<string, T>()
  const positions = new Map<T, number>()
  const problems: BundleProblem[] = []
  let merged = 0
  for (const [index, record] of records.entries()) {
    const key = keyOf(record)
    const first = byKey.get(key)
    if (!first) {
      const copy = { ...record }
      byKey.set(key, copy)
      positions.set(copy, index + 1)
      continue
    }
    merged++
    const target = first as Record<string, unknown>
    for (const [field, value] of Object.entries(record)) {
      if (isBlank(value)) continue
      if (isBlank(target[field])) target[field] = value
      else if (strict && JSON.stringify(target[field]) !== JSON.stringify(value)) {
        problems.push({
          ...describe(record),
          field,
          message: `Given twice with different values (${JSON.stringify(target[field])} and ${JSON.stringify(value)}).`,
        })
      }
    }
  }
  return { records: [...byKey.values()], merged, problems, positions }
}

/** The bundle with control characters stripped from every string and repeated records merged. */
export function mergeBundle(input: CrosswalkBundle): MergedBundle {
  const clean = stripControlCharactersDeep(input) as CrosswalkBundle
  const editions = fold<EditionEntry>(clean.editions ?? [], (e) => e.id, (e) => ({ kind: 'edition', record: e.id }), true)
  const requirements = fold<RequirementEntry>(
    clean.requirements ?? [],
    (r) => requirementKey(r.edition, r.refId?.trim?.() ?? r.refId),
    (r) => ({ kind: 'requirement', record: requirementLabel(r.edition, r.refId) }),
    true,
  )
  const sets = fold<MappingSetEntry>(clean.sets ?? [], (s) => s.id, (s) => ({ kind: 'set', record: s.id }), true)
  const mappings = fold<MappingEntry>(clean.mappings ?? [], mappingKey, (m) => ({ kind: 'mapping', record: m.set }), false)
  return {
    bundle: { editions: editions.records, requirements: requirements.records, sets: sets.records, mappings: mappings.records },
    merged: editions.merged + requirements.merged + sets.merged + mappings.merged,
    problems: [...editions.problems, ...requirements.problems, ...sets.problems, ...mappings.problems],
    rowNumbers: mappings.positions,
  }
}
