import type { ReviewRecord } from '../types'
import { cleanText } from './text'

/** A review with a parseable date, its name trimmed (blank → null); anything else is null. Total. */
export function cleanReview(value: unknown): ReviewRecord | null {
  if (!value || typeof value !== 'object') return null
  const { at, by } = value as { at?: unknown; by?: unknown }
  if (typeof at !== 'string' || at === '' || Number.isNaN(Date.parse(at))) return null
  const name = cleanText(by)
  return { at, by: name || null }
}
