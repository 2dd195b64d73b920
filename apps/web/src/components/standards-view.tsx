import { Breadcrumbs, Section, StandardSummaryCard } from '@versus/ui'
import type { DiscoveryCatalog, DiscoveryItem } from '@/lib/cms'
import { hasFilters, matchesFilters, type StandardFilters } from '@/lib/discovery/filters'
import { FilterFields, filterData } from './filter-fields'
import { InstantFilter } from './instant-filter'

/**
 * /standards, unfiltered (static) or filtered by its query (rendered per request from cached data).
 * `matches`: the slugs the site's search found for the query (lib/search), null when the query has
 * nothing to look for; the facets still filter. Without it, the list's own word match applies.
 */
export function StandardsView({
  catalog,
  filters,
  matches,
}: {
  catalog: DiscoveryCatalog
  filters: StandardFilters
  matches?: ReadonlySet<string> | null
}) {
  const filtering = hasFilters(filters)
  const shows = (item: DiscoveryItem) =>
    matches === undefined
      ? matchesFilters(item.filter, filters)
      : matchesFilters(item.filter, { ...filters, q: '' }) && (matches === null || matches.has(item.header.slug))
  const shown = catalog.groups.reduce((n, g) => n + g.items.filter(shows).length, 0)
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
      {catalog.total === 0 ? (
        <p className="v-muted">No standards are published yet.</p>
      ) : (
        <>
          <form id="standards-filter" className="v-filter-form" action="/standards" method="get" role="search" aria-label="Filter standards">
            <FilterFields idPrefix="standards" facets={catalog.facets} filters={filters} clearHref="/standards" />
          </form>
          <div id="standards-list">
            <p className="v-muted v-small" data-filter-status="" role="status">
              {filtering ? `Showing ${shown} of ${catalog.total} standards.` : `${catalog.total} standards.`}
            </p>
            <p className="v-empty" data-filter-empty="" hidden={shown > 0}>
              No standard matches these filters. <a href="/standards">Show all standards</a>
              {filters.q ? (
                <>
                  {' '}
                  or <a href={`/search?${new URLSearchParams({ q: filters.q }).toString()}`}>search the whole site</a>
                </>
              ) : null}
              .
            </p>
            {catalog.groups.map((group) => {
              const visible = group.items.some(shows)
              return (
                <div key={group.key} data-filter-group="" hidden={!visible}>
                  <Section id={`category-${group.key}`} title={group.name} intro={group.description}>
                    <ul className="v-grid v-grid--3 v-plain">
                      {group.items.map((item) => (
                        <li key={item.header.slug} {...filterData(item.filter)} hidden={!shows(item)}>
                          <StandardSummaryCard header={item.header} />
                        </li>
                      ))}
                    </ul>
                  </Section>
                </div>
              )
            })}
          </div>
          <InstantFilter formId="standards-filter" listId="standards-list" noun="standards" />
        </>
      )}
    </>
  )
}
