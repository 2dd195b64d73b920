import type { Metadata } from 'next'
import { CompareView } from '@/components/compare-view'
import { getComparePicker } from '@/lib/cms'
import { NO_FILTERS } from '@/lib/discovery/filters'

export const metadata: Metadata = {
  title: 'Compare standards',
  description: 'Pick two to four compliance standards to compare side by side, or open a published comparison.',
  alternates: { canonical: '/compare' },
}

/** Static; a query (filters, or the picker's redirect back) is rewritten to /filtered/compare (next.config.ts). */
export default async function ComparePage() {
  const { comparisons, ...catalog } = await getComparePicker()
  return <CompareView catalog={catalog} comparisons={comparisons} state={{ filters: NO_FILTERS, selected: [], error: '' }} />
}
