import { Breadcrumbs, Section, StandardSummaryCard } from '@versus/ui'
import type { DiscoveryCatalog } from '@/lib/cms'
import { hasFilters, matchesFilters, type StandardFilters } from '@/lib/discovery/filters'
import { FilterFields, filterData } from './filter-fields'
import { InstantFilter } from './instant-filter'

/** /standards, unfiltered (static) or filtered by its query (rendered per request from cached data). */
export function StandardsView({ catalog, filters }: { catalog: DiscoveryCatalog; filters: StandardFilters }) {
  const filtering = hasFilters(filters)
  const shown = catalog.groups.reduce((n, g) => n + g.items.filter((i) => matchesFilters(i.filter, filters)).length, 0)
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
              No standard matches these filters. <a href="/standards">Show all standards</a>.
            </p>
            {catalog.groups.map((group) => {
              const visible = group.items.some((i) => matchesFilters(i.filter, filters))
              return (
                <div key={group.key} data-filter-group="" hidden={!visible}>
                  <Section id={`category-${group.key}`} title={group.name} intro={group.description}>
                    <ul className="v-grid v-grid--3 v-plain">
                      {group.items.map((item) => (
                        <li key={item.header.slug} {...filterData(item.filter)} hidden={!matchesFilters(item.filter, filters)}>
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
