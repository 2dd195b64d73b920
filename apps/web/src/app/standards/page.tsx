import type { Metadata } from 'next'
import { Breadcrumbs, Section, StandardSummaryCard } from '@versus/ui'
import { getStandardsIndex } from '@/lib/cms'

export const metadata: Metadata = {
  title: 'Standards',
  description: 'Every compliance standard, regulation and framework we cover, grouped by category.',
  alternates: { canonical: '/standards' },
}

export default async function StandardsPage() {
  const { groups } = await getStandardsIndex()
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Standards', path: '/standards' },
        ]}
      />
      <h1 className="v-page-title">Standards</h1>
      <p className="v-lead">Every standard, regulation and framework we cover, grouped by category.</p>
      {groups.length === 0 ? <p className="v-muted">No standards are published yet.</p> : null}
      {groups.map((group) => (
        <Section
          key={group.category?.slug ?? '_none'}
          id={`category-${group.category?.slug ?? 'other'}`}
          title={group.category?.name ?? 'Other standards'}
          intro={group.category?.description}
        >
          <ul className="v-grid v-grid--3 v-plain">
            {group.standards.map((header) => (
              <li key={header.slug}>
                <StandardSummaryCard header={header} />
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </>
  )
}
