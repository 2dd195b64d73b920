import type { MappingRationale, MappingRelationship } from '@versus/engine'

export const RELATIONSHIPS: readonly MappingRelationship[] = [
  'equal',
  'subset',
  'superset',
  'intersect',
  'not-related',
  'related',
]
export const RATIONALES: readonly MappingRationale[] = ['syntactic', 'semantic', 'functional']

/**
 * Relationship words seen in CISO Assistant (`equal`, `subset`, `superset`,
 * `intersect`, `not_related`), NIST IR 8477 / OLIR ("subset of",
 * "intersects with", "not related to") and OSCAL (`equal-to`, `subset-of`…),
 * normalised to ours. Always read "source ⟨relationship⟩ target". An empty
 * value means an untyped link: `related`.
 */
const WORDS: Record<string, MappingRelationship> = {
  equal: 'equal',
  'equal-to': 'equal',
  equivalent: 'equal',
  'equivalent-to': 'equal',
  subset: 'subset',
  'subset-of': 'subset',
  superset: 'superset',
  'superset-of': 'superset',
  intersect: 'intersect',
  intersects: 'intersect',
  'intersects-with': 'intersect',
  'intersect-with': 'intersect',
  'not-related': 'not-related',
  'not-related-to': 'not-related',
  'no-relationship': 'not-related',
  related: 'related',
  'related-to': 'related',
}

/** Ours for a relationship word, `related` for none, `null` for a word we do not know. */
export function readRelationship(value: unknown): MappingRelationship | null {
  if (value === null || value === undefined || value === '') return 'related'
  if (typeof value !== 'string') return null
  const word = value.trim().toLowerCase().replace(/[\s_]+/g, '-')
  if (word === '') return 'related'
  return WORDS[word] ?? null
}

export function readRationale(value: unknown): MappingRationale | null {
  if (typeof value !== 'string') return null
  const word = value.trim().toLowerCase()
  return (RATIONALES as readonly string[]).includes(word) ? (word as MappingRationale) : null
}

/** OSCAL 1.2 `map.relationship` values for ours; `related` has no OSCAL word (see toOscalMappingCollection). */
export const OSCAL_RELATIONSHIP: Record<Exclude<MappingRelationship, 'related'>, string> = {
  equal: 'equal-to',
  subset: 'subset-of',
  superset: 'superset-of',
  intersect: 'intersects-with',
  'not-related': 'no-relationship',
}
