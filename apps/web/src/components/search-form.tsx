import { MAX_SEARCH_QUERY } from '@/lib/search/terms'

/** The site-wide search box: a plain GET form to /search, so it works without JavaScript. */
export function SearchForm({ id, query = '' }: { id: string; query?: string }) {
  return (
    <form className="v-filter-form" action="/search" method="get" role="search" aria-label="Search the site">
      <div className="v-filters">
        <div className="v-filter v-filter--search">
          <label htmlFor={id}>Search standards, comparisons, articles and requirements</label>
          <input id={id} type="search" name="q" defaultValue={query} maxLength={MAX_SEARCH_QUERY} placeholder="e.g. ISO 27001, privacy, DORA" autoComplete="off" />
        </div>
        <div className="v-filter v-filter--actions">
          <button type="submit" className="v-button">
            Search
          </button>
        </div>
      </div>
    </form>
  )
}
