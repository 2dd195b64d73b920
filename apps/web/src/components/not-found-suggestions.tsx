'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { suggestStandards, type SuggestionCandidate } from '@/lib/discovery/suggest'
import { SuggestionList } from './suggestion-list'

/** Sections whose addresses name a standard, a pair or an article. */
const SECTIONS = /^\/(standards|compare|articles)\/[^/]+\/?$/

const noSubscription = () => () => {}

/** False while rendering on the server and hydrating, true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/**
 * "Did you mean…": published standards that resemble the requested address. The not-found page is
 * shared by every path (Next.js prerenders one for any 404), so the address is known only in the
 * browser: this part draws its suggestions once hydrated, so the server's empty markup matches.
 * The static content pages' own 404s know the address and draw them on the server (content-pages/not-found.tsx).
 */
export function NotFoundSuggestions({ candidates }: { candidates: SuggestionCandidate[] }) {
  const hydrated = useHydrated()
  const pathname = usePathname() ?? ''
  if (!hydrated || !SECTIONS.test(pathname)) return null
  return <SuggestionList suggestions={suggestStandards(pathname, candidates)} />
}
