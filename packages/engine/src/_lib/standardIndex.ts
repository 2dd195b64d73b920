import type { StandardRecord } from '../types'
import { arrayOr, slugOf } from './normalize'

/** Finds a standard by slug: a Map, or a prepared catalog with the pair's own records in front. */
export interface StandardLookup {
  get(slug: string): StandardRecord | undefined
}

/**
 * Indexes standards by slug: `preferred` records (the pair being compared,
 * possibly unpublished drafts) win over catalog entries, and within the
 * catalog the first record of a slug wins. Blank slugs are not indexed.
 */
export function indexStandards(
  catalog: readonly StandardRecord[] | null | undefined,
  preferred: readonly StandardRecord[] = [],
): Map<string, StandardRecord> {
  const index = new Map<string, StandardRecord>()
  for (const standard of arrayOr(preferred)) {
    const slug = slugOf(standard)
    if (slug && !index.has(slug)) index.set(slug, standard)
  }
  for (const standard of arrayOr(catalog)) {
    const slug = slugOf(standard)
    if (slug && !index.has(slug)) index.set(slug, standard)
  }
  return index
}

/** A lookup over a prebuilt index with `preferred` records taking precedence (same rules as indexStandards). */
export function preferredLookup(
  index: ReadonlyMap<string, StandardRecord>,
  preferred: readonly StandardRecord[],
): StandardLookup {
  const front = indexStandards(undefined, preferred)
  return { get: (slug) => front.get(slug) ?? index.get(slug) }
}

/** Distinct slugs a standard links to through `related`, itself excluded. */
export function linkTargets(standard: StandardRecord | undefined): Set<string> {
  const targets = new Set<string>()
  if (!standard) return targets
  const own = slugOf(standard)
  for (const link of arrayOr(standard.related)) {
    const target = link && typeof link === 'object' ? link.standard : undefined
    if (typeof target === 'string' && target && target !== own) targets.add(target)
  }
  return targets
}
