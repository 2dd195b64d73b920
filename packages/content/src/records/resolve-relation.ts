import { relationId } from '../ids'

/** What a relation value resolves to in `lookup`; null when it is empty or unknown (dropped, never guessed). */
export function resolveRelation<T>(lookup: ReadonlyMap<string, T>, value: unknown): T | null {
  const key = relationId(value)
  return key === null ? null : (lookup.get(key) ?? null)
}
