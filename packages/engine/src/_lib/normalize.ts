import type { CategoryRecord, Complexity, CostBand, RichText, StandardRecord } from '../types'
import { slugify } from '../slugify/index'
import { cleanText, isolateRightToLeft, meaningfulText, stringOr, withoutBidiControls } from './text'

/** A finite number or 0; also turns -0 into 0 so equal facts compare equal. */
export function finiteOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value + 0 : 0
}

/** Whole edition year; non-numbers become 0. */
export function normalizeYear(value: unknown): number {
  return Math.trunc(finiteOr0(value)) + 0
}

/** Clamps to a valid band 1–4 (rounded); anything unreadable becomes 1. */
export function normalizeCostBand(value: unknown): CostBand {
  const n = Math.round(finiteOr0(value))
  if (n <= 1) return 1
  if (n >= 4) return 4
  return n as CostBand
}

const COMPLEXITY_RANK: Record<Complexity, number> = { low: 1, medium: 2, high: 3 }

/** 1 low … 3 high; 0 for unknown values. */
export function complexityRank(value: unknown): number {
  return typeof value === 'string' && Object.hasOwn(COMPLEXITY_RANK, value)
    ? COMPLEXITY_RANK[value as Complexity]
    : 0
}

/** Upper bound for implementation months: beyond a century the number is a typo, not a fact. */
export const MAX_MONTHS = 1200

function clampMonths(value: unknown): number {
  return Math.round(Math.min(MAX_MONTHS, Math.max(0, finiteOr0(value))) * 10) / 10 + 0
}

/**
 * Months as a range within 0–1200 with min ≤ max (swapped when reversed),
 * rounded to one decimal so labels stay short.
 */
export function normalizeMonths(min: unknown, max: unknown): { min: number; max: number } {
  const a = clampMonths(min)
  const b = clampMonths(max)
  return a <= b ? { min: a, max: b } : { min: b, max: a }
}

/** The record's slug, or "" when it is missing. */
export function slugOf(standard: StandardRecord | null | undefined): string {
  return standard ? stringOr(standard.slug) : ''
}

/**
 * The name a standard is shown under everywhere. Falls back to the official
 * title, then the slug, so text built from it is never empty (nor bare punctuation).
 * Safe to embed in other text: no bidi controls, and right-to-left names isolated.
 */
export function displayName(standard: StandardRecord): string {
  return isolateRightToLeft(
    meaningfulText(withoutBidiControls(standard.shortName)) ||
      meaningfulText(withoutBidiControls(standard.officialTitle)) ||
      meaningfulText(standard.slug) ||
      'Untitled standard',
  )
}

/** Stable identity of a category: its slug, else the slugified name; null when neither. */
export function categoryKey(category: CategoryRecord | null | undefined): string | null {
  if (!category || typeof category !== 'object') return null
  const key = cleanText(category.slug) || slugify(stringOr(category.name))
  return key.length > 0 ? key : null
}

/** Display name of a category: its name, else its slug; null when neither. */
export function categoryName(category: CategoryRecord | null | undefined): string | null {
  if (!category || typeof category !== 'object') return null
  const name = cleanText(category.name) || cleanText(category.slug)
  return name.length > 0 ? name : null
}

/** Rich text passes through when it has a root node; anything else is null. */
export function richTextOrNull(value: unknown): RichText | null {
  if (!value || typeof value !== 'object') return null
  const root = (value as { root?: unknown }).root
  return root && typeof root === 'object' ? (value as RichText) : null
}

/** An array, or [] for anything else. */
export function arrayOr<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : []
}

/** Cleaned, non-empty strings of a string list. */
export function cleanList(value: readonly unknown[] | null | undefined): string[] {
  const out: string[] = []
  for (const item of arrayOr(value)) {
    const text = cleanText(item)
    if (text.length > 0) out.push(text)
  }
  return out
}
