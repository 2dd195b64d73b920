import type { CollectionBeforeValidateHook } from 'payload'

import { failValidation } from '../../../lib/validation-error'

interface SuggestionData {
  standardA?: unknown
  standardB?: unknown
  message?: unknown
  title?: unknown
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * A suggestion names two standards or says in words what to compare (or both); its list title is
 * computed from that ("iso-27001 vs nis2", else the start of the message). Runs on create only: the
 * visitor's words are never edited afterwards (the fields refuse updates).
 */
export const checkSuggestion: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const next = data as SuggestionData
  const a = text(next.standardA)
  const b = text(next.standardB)
  const words = text(next.message)
  if (!(a && b) && !words) {
    failValidation({ collection: 'visitor-suggestions', path: 'message', message: 'Name two standards, or say in words what to compare.', req })
  }
  next.title = a && b ? `${a} vs ${b}` : words.length > 80 ? `${words.slice(0, 79)}…` : words
  return data
}
