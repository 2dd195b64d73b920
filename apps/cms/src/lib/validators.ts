import type {
  ArrayFieldValidation,
  NumberFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { array, number, text } from 'payload/shared'

import { relationId } from './ids'

/** Payload's own number checks (required, min, max) plus "whole number". */
export const integer: NumberFieldSingleValidation = (value, args) => {
  const base = number(value, args)
  if (base !== true) return base
  if (value !== null && value !== undefined && !Number.isInteger(value)) return 'Use a whole number.'
  return true
}

export const httpURL: TextFieldSingleValidation = (value, args) => {
  const base = text(value, args)
  if (base !== true) return base
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // not a URL at all: same message
  }
  return 'Use a full web address starting with http:// or https://.'
}

/** An array of rows whose `key` relationship may name each document once. */
export function uniqueRelationRows(key: string, message: string): ArrayFieldValidation {
  return (value, args) => {
    const base = array(value, args)
    if (base !== true) return base
    const seen = new Set<string>()
    for (const row of value ?? []) {
      const id = relationId((row as Record<string, unknown> | null)?.[key])
      if (id === null) continue
      if (seen.has(id)) return message
      seen.add(id)
    }
    return true
  }
}
