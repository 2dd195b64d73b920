import type { Metadata } from 'next'
import { StandardsView } from '@/components/standards-view'
import { getStandardsCatalog } from '@/lib/cms'
import { NO_FILTERS } from '@/lib/discovery/filters'

export const metadata: Metadata = {
  title: 'Standards',
  description: 'Every compliance standard, regulation and framework we cover, grouped by category.',
  alternates: { canonical: '/standards' },
}

/** Static; a query (/standards?q=iso) is rewritten to /filtered/standards (next.config.ts). */
export default async function StandardsPage() {
  return <StandardsView catalog={await getStandardsCatalog()} filters={NO_FILTERS} />
}
