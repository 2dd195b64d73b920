import { Breadcrumbs, OtherComparisons, Section, StandardIndex } from '@versus/ui'
import { getHomePage, type HomePage } from '@/lib/cms'
import { DEFAULT_DESCRIPTION } from '@/static-pages/page-meta'
import { SearchForm } from '@/components/search-form'
import type { PageContent } from './content-page'

/** The home page: featured comparisons, standards by category, every comparison. */
export async function homePage(): Promise<PageContent> {
  const page = await getHomePage()
  const { site } = page
  const title = site.tagline ? `${site.name}: ${site.tagline}` : site.name
  const description = site.tagline ?? DEFAULT_DESCRIPTION
  return {
    kind: 'page',
    meta: { title, description, canonical: '/', openGraph: { title, description, siteName: site.name, type: 'website' } },
    site,
    body: <HomeBody page={page} />,
  }
}

function HomeBody({ page: { site, featured, groups, comparisons } }: { page: HomePage }) {
  return (
    <>
      <Breadcrumbs items={[{ name: 'Home', path: '/' }]} />
      <p className="v-eyebrow">{site.name}</p>
      <h1 className="v-page-title">Compliance standards, compared side by side</h1>
      <p className="v-lead">
        {site.tagline ??
          'Every fact about a standard is kept in one place, so each comparison says the same thing about it.'}
      </p>
      <SearchForm id="home-search-q" />

      {featured.length > 0 ? (
        <Section id="featured" title="Featured comparisons">
          <OtherComparisons comparisons={featured} />
        </Section>
      ) : null}

      <Section id="standards" title="Standards by category">
        {groups.length === 0 ? <p className="v-muted">No standards are published yet.</p> : null}
        <StandardIndex
          groups={groups.map((g) => ({
            key: g.category?.slug ?? '_none',
            name: g.category?.name ?? 'Other standards',
            standards: g.standards,
          }))}
        />
        <p>
          <a href="/standards">All standards, with their taglines</a>
        </p>
      </Section>

      <Section id="comparisons" title="All comparisons">
        {comparisons.length === 0 ? <p className="v-muted">No comparisons are published yet.</p> : null}
        <OtherComparisons comparisons={comparisons} />
      </Section>
    </>
  )
}
