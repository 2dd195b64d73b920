/**
 * IDs are numbers on SQLite and strings on MongoDB: never assume either.
 * A relationship value is an id, or the related document when populated
 * (or nothing: a deleted document, or one the reader may not see).
 */
export type DocId = number | string

/** A document id as a map key: the same for 7 and "7". */
export const idKey = (id: DocId): string => String(id)

export function relationId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return id === null || id === undefined ? null : String(id)
  }
  return null
}

export function sameId(a: unknown, b: unknown): boolean {
  const left = relationId(a)
  return left !== null && left === relationId(b)
}

/** The two ids as strings, sorted, joined by ":" so (A, B) and (B, A) collide. */
export function pairKeyOf(a: unknown, b: unknown): string | null {
  const left = relationId(a)
  const right = relationId(b)
  if (left === null || right === null) return null
  return [left, right].sort().join(':')
}
