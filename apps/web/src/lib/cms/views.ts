/** View types shared by several getters (raw and engine types live in raw.ts and @versus/engine). */
import type { CategoryRecord, ComparisonRecord, StandardHeader, StandardRecord } from '@versus/engine'
import { compareSlugs, comparisonPath, describeStandard, pairOrders, pairSlug } from '@versus/engine'

/** A comparison where other pages link to it. */
export interface ComparisonSummary {
  slug: string
  path: string
  title: string
  summary: string
  standards: [string, string]
  featured: boolean
  updatedAt?: string
}

export interface StandardGroup {
  category: CategoryRecord | null
  standards: StandardHeader[]
}

export interface BreadcrumbItem {
  name: string
  path: string
}

export function summarizeComparison(
  comparison: ComparisonRecord,
  bySlug: ReadonlyMap<string, StandardRecord>,
): ComparisonSummary | null {
  // A published comparison is reviewed: linked in the order its editor chose (standardA first).
  const [x, y] = comparison.standards
  const a = bySlug.get(x)
  const b = bySlug.get(y)
  if (!a || !b || a.slug === b.slug) return null
  const path = comparisonPath(a.slug, b.slug, pairOrders([[a.slug, b.slug]]))
  return {
    slug: path.slice('/compare/'.length),
    path,
    title: `${a.shortName} vs ${b.shortName}`,
    summary: comparison.summary?.trim() || `How ${a.shortName} and ${b.shortName} compare, side by side.`,
    standards: [a.slug, b.slug],
    featured: comparison.featured === true,
    ...(comparison.updatedAt ? { updatedAt: comparison.updatedAt } : {}),
  }
}

/** Every published comparison, in title order. */
export function listComparisons(catalog: { standards: StandardRecord[]; comparisons: ComparisonRecord[] }): ComparisonSummary[] {
  const bySlug = new Map(catalog.standards.map((s) => [s.slug, s]))
  // The same pair listed twice (in either order) is listed once, the first listing's order
  const seen = new Set<string>()
  return catalog.comparisons
    .flatMap((c) => summarizeComparison(c, bySlug) ?? [])
    .filter((c) => {
      const key = pairSlug(c.standards[0], c.standards[1])
      return seen.has(key) ? false : (seen.add(key), true)
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || compareSlugs(a.slug, b.slug))
}

/** Standards grouped by category, categories in name order, uncategorised last. */
export function groupStandards(catalog: { standards: StandardRecord[]; categories: CategoryRecord[] }): StandardGroup[] {
  const groups = new Map<string, StandardGroup>()
  for (const category of catalog.categories) groups.set(category.slug, { category, standards: [] })
  const none: StandardGroup = { category: null, standards: [] }
  const sorted = [...catalog.standards].sort(
    (a, b) => a.shortName.localeCompare(b.shortName, 'en', { numeric: true }) || compareSlugs(a.slug, b.slug),
  )
  for (const standard of sorted) {
    const header = describeStandard(standard).header
    const key = standard.category?.slug
    const group = key ? groups.get(key) : undefined
    if (group) group.standards.push(header)
    else if (key && standard.category) groups.set(key, { category: standard.category, standards: [header] })
    else none.standards.push(header)
  }
  return [...groups.values(), none].filter((g) => g.standards.length > 0)
}
