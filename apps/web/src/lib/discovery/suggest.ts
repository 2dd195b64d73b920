/**
 * "Did you mean…" for the 404 page: published standards whose slug or name
 * resemble what the visitor asked for. Pure, small (it ships to the browser
 * with the not-found page) and deterministic.
 */

export interface SuggestionCandidate {
  slug: string
  name: string
}

/** Edit distance counting an insert, delete, substitution or swap of neighbours ("gdrp" → "gdpr") as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
    }
    before = previous
    previous = current
  }
  return previous[b.length]!
}

const toSlug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[/:.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** The slugs a 404 path asks for: the last segment, split into a pair's sides ("/compare/a-vs-b"). */
export function requestedSlugs(pathname: string): string[] {
  let segment = pathname.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? ''
  try {
    segment = decodeURIComponent(segment)
  } catch {
    // keep it as written
  }
  return [...new Set(segment.split(/-vs-/i).map(toSlug).filter((s) => s.length > 0 && s.length <= 80))]
}

/**
 * Relative distance (0 = same, 1 = nothing alike) between a requested slug and
 * a candidate's slug or slugified name, whichever is closer. A request that is
 * a prefix of the candidate ("iso-2700" of "iso-27001") counts as close.
 */
export function resemblance(requested: string, candidate: SuggestionCandidate): number {
  let best = 1
  for (const target of new Set([candidate.slug, toSlug(candidate.name)])) {
    if (!target) continue
    if (target === requested) return 0
    const distance = editDistance(requested, target)
    let score = distance / Math.max(requested.length, target.length)
    if (requested.length >= 3 && (target.startsWith(requested) || requested.startsWith(target))) score = Math.min(score, 0.2)
    best = Math.min(best, score)
  }
  return best
}

/** At most `limit` candidates closer than `threshold`, closest first, ties by slug. */
export function suggestStandards(
  pathname: string,
  candidates: readonly SuggestionCandidate[],
  { limit = 5, threshold = 0.5 }: { limit?: number; threshold?: number } = {},
): SuggestionCandidate[] {
  const requested = requestedSlugs(pathname)
  if (requested.length === 0) return []
  return candidates
    .map((candidate) => ({ candidate, score: Math.min(...requested.map((r) => resemblance(r, candidate))) }))
    .filter((x) => x.score < threshold)
    .sort((x, y) => x.score - y.score || (x.candidate.slug < y.candidate.slug ? -1 : x.candidate.slug > y.candidate.slug ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.candidate)
}
