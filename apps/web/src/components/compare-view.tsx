import { Breadcrumbs, ObligationBadge, OtherComparisons, Section } from '@versus/ui'
import type { DiscoveryCatalog, ComparisonSummary } from '@/lib/cms'
import { hasFilters, matchesFilters, type StandardFilters } from '@/lib/discovery/filters'
import { MAX_PICK, MIN_PICK, pickerMessage } from '@/lib/discovery/picker'
import { FilterFields, filterData } from './filter-fields'
import { SuggestForm } from './suggest-form'
import { InstantFilter } from './instant-filter'

export interface PickerState {
  filters: StandardFilters
  /** Slugs to show checked (after a redirect back, or a filter submitted without JavaScript). */
  selected: string[]
  error: string
}

/**
 * /compare: a picker of two to four standards (a GET form to /compare/go, so it
 * works without JavaScript), then every published comparison.
 */
export function CompareView({
  catalog,
  comparisons,
  state,
}: {
  catalog: DiscoveryCatalog
  comparisons: ComparisonSummary[]
  state: PickerState
}) {
  const names = new Map(catalog.groups.flatMap((g) => g.items.map((i) => [i.header.slug, i.header.shortName] as const)))
  const selected = new Set(state.selected)
  const message = state.error ? pickerMessage(state.error, state.selected.map((s) => names.get(s) ?? s)) : null
  const shown = catalog.groups.reduce((n, g) => n + g.items.filter((i) => matchesFilters(i.filter, state.filters)).length, 0)
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Comparisons', path: '/compare' },
        ]}
      />
      <h1 className="v-page-title">Comparisons</h1>
      <p className="v-lead">
        Pick {MIN_PICK} to {MAX_PICK} standards to see them side by side, or open one of the published comparisons below.
      </p>

      {catalog.total > 0 ? (
        <Section id="picker" title="Compare standards">
          {message ? (
            <p className="v-alert" role="alert" id="picker-message">
              {message}
            </p>
          ) : null}
          <form id="picker-form" className="v-filter-form v-picker" action="/compare/go" method="get" aria-label="Choose standards to compare">
            {/* The filter button comes first, so Enter in the search box filters rather than compares. */}
            <fieldset className="v-picker__filters">
              <legend>Narrow the list</legend>
              <FilterFields idPrefix="picker" facets={catalog.facets} filters={state.filters} clearHref="/compare" filterAction="/compare" showNature={false} />
            </fieldset>
            <div id="picker-list">
              <p className="v-muted v-small" data-filter-status="" role="status">
                {hasFilters(state.filters) ? `Showing ${shown} of ${catalog.total} standards.` : `${catalog.total} standards.`}
              </p>
              <p className="v-empty" data-filter-empty="" hidden={shown > 0}>
                No standard matches these filters.
              </p>
              {catalog.groups.map((group) => (
                <fieldset
                  key={group.key}
                  className="v-picker__group"
                  data-filter-group=""
                  hidden={!group.items.some((i) => matchesFilters(i.filter, state.filters))}
                >
                  <legend>{group.name}</legend>
                  <ul className="v-plain v-picker__options">
                    {group.items.map(({ header, filter }) => (
                      // Hidden, not left out: a checked standard outside the filter still counts.
                      <li key={header.slug} {...filterData(filter)} hidden={!matchesFilters(filter, state.filters)}>
                        <input type="checkbox" name="s" value={header.slug} id={`pick-${header.slug}`} defaultChecked={selected.has(header.slug)} />
                        <label htmlFor={`pick-${header.slug}`}>
                          <span className="v-picker__name">{header.shortName}</span>{' '}
                          <ObligationBadge header={header} />{' '}
                          <span className="v-muted v-small">{header.jurisdiction}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </div>
            <p className="v-picker__submit">
              <button type="submit" className="v-button">
                Compare selected
              </button>{' '}
              <span className="v-muted v-small">
                Choose {MIN_PICK} to {MAX_PICK}.
              </span>
            </p>
          </form>
          <InstantFilter formId="picker-form" listId="picker-list" noun="standards" />
        </Section>
      ) : null}

      <Section id="published" title="Published comparisons">
        {comparisons.length === 0 ? (
          <p className="v-muted">No comparisons are published yet.</p>
        ) : (
          <OtherComparisons comparisons={comparisons} />
        )}
      </Section>

      <Section id="suggest" title="Suggest a comparison" intro="Missing the pair you need? Tell the editors. No account needed.">
        <SuggestForm
          idPrefix="compare-suggest"
          standards={catalog.groups.flatMap((g) => g.items.map((i) => ({ slug: i.header.slug, shortName: i.header.shortName })))}
        />
      </Section>
    </>
  )
}
