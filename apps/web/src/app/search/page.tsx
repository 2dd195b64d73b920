import type { Metadata } from 'next'
import { SearchView } from '@/components/search-view'
import { getSearchPage } from '@/lib/cms'

// Rendered per request from cached data: the index is built once per data version (lib/cms/search.ts).
export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the standards, comparisons, articles and requirements on this site.',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const { results } = await getSearchPage(params.q)
  return <SearchView results={results} />
}
