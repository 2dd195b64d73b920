import type { DiscoveryFacets } from '@/lib/cms'
import type { StandardFilters } from '@/lib/discovery/filters'

function Facet({
  id,
  name,
  label,
  any,
  options,
  value,
}: {
  id: string
  name: string
  label: string
  any: string
  options: { value: string; label: string }[]
  value: string
}) {
  return (
    <div className="v-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Search box and facet menus; plain form fields, submitted as a GET query. */
export function FilterFields({
  idPrefix,
  facets,
  filters,
  clearHref,
  filterAction,
  showNature = true,
}: {
  idPrefix: string
  facets: DiscoveryFacets
  filters: StandardFilters
  clearHref: string
  /** Where the filter button submits when the form's own action goes elsewhere. */
  filterAction?: string
  showNature?: boolean
}) {
  return (
    <div className="v-filters">
      <div className="v-filter v-filter--search">
        <label htmlFor={`${idPrefix}-q`}>Search by name</label>
        <input id={`${idPrefix}-q`} type="search" name="q" defaultValue={filters.q} placeholder="e.g. ISO 27001, privacy" autoComplete="off" />
      </div>
      <Facet id={`${idPrefix}-category`} name="category" label="Category" any="All categories" options={facets.categories} value={filters.category} />
      <Facet
        id={`${idPrefix}-obligation`}
        name="obligation"
        label="Obligation"
        any="Mandatory or voluntary"
        options={facets.obligations}
        value={filters.obligation}
      />
      <Facet
        id={`${idPrefix}-jurisdiction`}
        name="jurisdiction"
        label="Jurisdiction"
        any="All jurisdictions"
        options={facets.jurisdictions}
        value={filters.jurisdiction}
      />
      {showNature ? (
        <Facet id={`${idPrefix}-nature`} name="nature" label="Legal nature" any="All kinds" options={facets.natures} value={filters.nature} />
      ) : null}
      <div className="v-filter v-filter--actions">
        <button type="submit" className="v-button v-button--secondary" data-filter-submit="" formAction={filterAction}>
          Apply filters
        </button>
        <a href={clearHref}>Clear</a>
      </div>
    </div>
  )
}

/** data-* attributes the browser-side filter reads (same fields as the server-side one). */
export function filterData(filter: { text: string; category: string; obligation: string; jurisdiction: string; nature: string }) {
  return {
    'data-filter-item': '',
    'data-text': filter.text,
    'data-category': filter.category,
    'data-obligation': filter.obligation,
    'data-jurisdiction': filter.jurisdiction,
    'data-nature': filter.nature,
  }
}
