import type { Metadata } from 'next'
import { Breadcrumbs, OtherComparisons } from '@versus/ui'
import { getComparisonList } from '@/lib/cms'

export const metadata: Metadata = {
  title: 'Comparisons',
  description: 'Every published side-by-side comparison of compliance standards.',
  alternates: { canonical: '/compare' },
}

export default async function ComparePage() {
  const { comparisons } = await getComparisonList()
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Comparisons', path: '/compare' },
        ]}
      />
      <h1 className="v-page-title">Comparisons</h1>
      <p className="v-lead">Every published comparison, each built from the two standards’ own records.</p>
      {comparisons.length === 0 ? (
        <p className="v-muted">No comparisons are published yet.</p>
      ) : (
        <OtherComparisons comparisons={comparisons} headingLevel={2} />
      )}
    </>
  )
}
