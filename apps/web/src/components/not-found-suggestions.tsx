'use client'

import { usePathname } from 'next/navigation'
import { suggestStandards, type SuggestionCandidate } from '@/lib/discovery/suggest'

/** Sections whose 404s are rendered per request, so the server knows the path too (no hydration mismatch). */
const SECTIONS = /^\/(standards|compare|articles)\/[^/]+\/?$/

/**
 * "Did you mean…": published standards that resemble the requested address. The not-found page is
 * shared by every path, so the address is known for sure only in the browser: this part is an island
 * (the site's edge keeps the runtime on pages that have one).
 */
export function NotFoundSuggestions({ candidates }: { candidates: SuggestionCandidate[] }) {
  return (
    <div data-island="not-found-suggestions">
      <Suggestions candidates={candidates} />
    </div>
  )
}

function Suggestions({ candidates }: { candidates: SuggestionCandidate[] }) {
  const pathname = usePathname() ?? ''
  if (!SECTIONS.test(pathname)) return null
  const suggestions = suggestStandards(pathname, candidates)
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
