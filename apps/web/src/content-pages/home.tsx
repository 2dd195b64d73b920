import { Breadcrumbs, OtherComparisons, Section, StandardIndex } from '@versus/ui'
import { getHomePage, type HomePage } from '@/lib/cms'
import { DEFAULT_DESCRIPTION } from '@/static-pages/page-meta'
import { SearchForm } from '@/components/search-form'
import type { PageContent } from './content-page'

/** The home page: search, a two-standard picker, featured comparisons, standards by category, every comparison. */
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

      <HomePicker groups={groups} />

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

/**
 * Two standards to compare, as a plain GET form to the picker's target (/compare/go?s=a&s=b), so it
 * works without JavaScript; three or four are picked on /compare.
 */
function HomePicker({ groups }: { groups: HomePage['groups'] }) {
  if (groups.reduce((n, g) => n + g.standards.length, 0) < 2) return null
  const options = (selectId: string) =>
    groups.map((group) => (
      <optgroup key={`${selectId}-${group.category?.slug ?? '_none'}`} label={group.category?.name ?? 'Other standards'}>
        {group.standards.map((standard) => (
          <option key={standard.slug} value={standard.slug}>
            {standard.shortName}
          </option>
        ))}
      </optgroup>
    ))
  return (
    <Section id="pick" title="Compare two standards">
      <form className="v-filter-form v-home-picker" action="/compare/go" method="get" aria-label="Choose two standards to compare">
        <div className="v-filters">
          <div className="v-filter">
            <label htmlFor="home-pick-a">First standard</label>
            <select id="home-pick-a" name="s" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {options('a')}
            </select>
          </div>
          <div className="v-filter">
            <label htmlFor="home-pick-b">Second standard</label>
            <select id="home-pick-b" name="s" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {options('b')}
            </select>
          </div>
          <div className="v-filter v-filter--actions">
            <button type="submit" className="v-button">
              Compare
            </button>
          </div>
        </div>
        <p className="v-muted v-small">
          Three or four at once? <a href="/compare">Use the full picker</a>. Missing a pair? <a href="/suggest">Suggest a comparison</a>.
        </p>
      </form>
    </Section>
  )
}
