import type { Metadata } from 'next'
import { StandardsView } from '@/components/standards-view'
import { getStandardsCatalog, searchStandardSlugs } from '@/lib/cms'
import { parseFilters } from '@/lib/discovery/filters'

// Reached as /standards?… through a rewrite (next.config.ts): rendered per request, from cached data.
export const metadata: Metadata = {
  title: 'Standards',
  description: 'Every compliance standard, regulation and framework we cover, grouped by category.',
  alternates: { canonical: '/standards' },
  robots: { index: false, follow: true },
}

export default async function FilteredStandardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [catalog, params] = await Promise.all([getStandardsCatalog(), searchParams])
  const filters = parseFilters(params)
  // The query goes through the site's search (names with or without spaces, full titles, categories, synonyms).
  return <StandardsView catalog={catalog} filters={filters} matches={await searchStandardSlugs(filters.q)} />
}
