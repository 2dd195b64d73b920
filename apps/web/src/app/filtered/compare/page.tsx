import type { Metadata } from 'next'
import { CompareView } from '@/components/compare-view'
import { getComparePicker } from '@/lib/cms'
import { parseFilters } from '@/lib/discovery/filters'
import { normalizeSelection } from '@/lib/discovery/picker'

// Reached as /compare?… through a rewrite (next.config.ts): rendered per request, from cached data.
export const metadata: Metadata = {
  title: 'Compare standards',
  description: 'Pick two to four compliance standards to compare side by side, or open a published comparison.',
  alternates: { canonical: '/compare' },
  robots: { index: false, follow: true },
}

export default async function FilteredComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ comparisons, ...catalog }, params] = await Promise.all([getComparePicker(), searchParams])
  const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value])
  const error = list(params.error)[0] ?? ''
  return (
    <CompareView
      catalog={catalog}
      comparisons={comparisons}
      state={{ filters: parseFilters(params), selected: normalizeSelection(list(params.s)), error }}
    />
  )
}
