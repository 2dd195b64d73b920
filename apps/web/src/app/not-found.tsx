import type { Metadata } from 'next'
import { NotFoundBody } from '@/components/not-found-body'
import { NotFoundSuggestions } from '@/components/not-found-suggestions'
import { getSuggestionCandidates } from '@/lib/cms'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

export default async function NotFound() {
  const candidates = await getSuggestionCandidates()
  return <NotFoundBody suggestions={<NotFoundSuggestions candidates={candidates} />} />
}
