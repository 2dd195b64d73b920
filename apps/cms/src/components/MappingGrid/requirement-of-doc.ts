import { idOf } from './rest'
import type { GridRequirement } from './types'

/** A requirement document from REST (any depth) as the grid shows it; null when it is only an id. */
export function requirementOfDoc(value: unknown): GridRequirement | null {
  if (!value || typeof value !== 'object') return null
  const doc = value as Record<string, unknown>
  const id = idOf(doc.id)
  if (id === null || typeof doc.refId !== 'string') return null
  return { id, value: typeof doc.id === 'number' ? doc.id : id, refId: doc.refId, title: typeof doc.title === 'string' ? doc.title : null, edition: idOf(doc.edition) }
}
