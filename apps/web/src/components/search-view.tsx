import { Breadcrumbs, Section } from '@versus/ui'
import type { SearchKind, SearchResults } from '@/lib/search/search-index'
import { SearchForm } from './search-form'
import { SuggestForm } from './suggest-form'

const GROUP_TITLES: Record<SearchKind, string> = {
  standard: 'Standards',
  comparison: 'Comparisons',
  article: 'Articles',
  requirement: 'Requirements',
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** /search: the form, then what matched, grouped (standards, comparisons, articles, requirements), best first. */
export function SearchView({ results }: { results: SearchResults }) {
  const { query, groups, total, partial } = results
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Search', path: '/search' },
        ]}
      />
      <h1 className="v-page-title">{query ? `Search results for “${query}”` : 'Search'}</h1>
      <p className="v-lead">Find a standard by its name (with or without spaces), its full title or its topic, and the comparisons, articles and requirements about it.</p>
      <SearchForm id="search-q" query={query} />
      {query === '' ? (
        <p className="v-muted">
          Type a name such as ISO 27001 or NIS2, a full title such as Digital Operational Resilience Act, or a topic such as privacy. Or browse{' '}
          <a href="/standards">all standards</a> and <a href="/compare">all comparisons</a>.
        </p>
      ) : total === 0 ? (
        <>
          <p className="v-empty" role="status">
            Nothing matches “{query}”. Check the spelling, try a shorter name or a topic, or browse <a href="/standards">all standards</a>.
          </p>
          <Section id="suggest" title="Should we cover it?" intro="If a standard or comparison you need is missing, tell the editors. No account needed.">
            <SuggestForm idPrefix="search-suggest" standards={[]} input={{ message: `Searched for: ${query}`.slice(0, 500) }} />
          </Section>
        </>
      ) : (
        <>
          <p className="v-muted v-small" role="status">
            {plural(total, 'result', 'results')}
            {partial ? ' matching some of your words (nothing matched them all)' : ''}.
          </p>
          {groups.map((group) => (
            <Section key={group.kind} id={`results-${group.kind}`} title={`${GROUP_TITLES[group.kind]} (${group.total})`}>
              <ol className="v-plain v-search-results" data-search-group={group.kind}>
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <a href={hit.path}>{hit.label}</a>
                    {hit.snippet ? <p className="v-muted v-small">{hit.snippet}</p> : null}
                  </li>
                ))}
              </ol>
              {group.total > group.hits.length ? (
                <p className="v-muted v-small">
                  Showing the best {group.hits.length} of {group.total}. Add a word to narrow the search.
                </p>
              ) : null}
            </Section>
          ))}
        </>
      )}
    </>
  )
}
