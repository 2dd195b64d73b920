'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { suggestStandards, type SuggestionCandidate } from '@/lib/discovery/suggest'

/** Sections whose addresses name a standard, a pair or an article. */
const SECTIONS = /^\/(standards|compare|articles)\/[^/]+\/?$/

/**
 * "Did you mean…": published standards that resemble the requested address. The not-found page is
 * shared by every path (Next.js prerenders one for any 404), so the address is known only in the
 * browser: this part draws its suggestions once hydrated, so the server's empty markup matches.
 */
export function NotFoundSuggestions({ candidates }: { candidates: SuggestionCandidate[] }) {
  return (
    <div>
      <Suggestions candidates={candidates} />
    </div>
  )
}

const noSubscription = () => () => {}

/** False while rendering on the server and hydrating, true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

function Suggestions({ candidates }: { candidates: SuggestionCandidate[] }) {
  const hydrated = useHydrated()
  const pathname = usePathname() ?? ''
  if (!hydrated || !SECTIONS.test(pathname)) return null
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
