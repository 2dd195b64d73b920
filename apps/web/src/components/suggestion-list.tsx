import type { SuggestionCandidate } from '@/lib/discovery/suggest'

/** "Did you mean": links to the standards a missing address resembles; nothing when there are none. */
export function SuggestionList({ suggestions }: { suggestions: SuggestionCandidate[] }) {
  if (suggestions.length === 0) return null
  return (
    <section aria-labelledby="suggestions-title" className="v-suggestions">
      <h2 id="suggestions-title">Did you mean</h2>
      <ul>
        {suggestions.map((s) => (
          <li key={s.slug}>
            <a href={`/standards/${s.slug}`}>{s.name}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
