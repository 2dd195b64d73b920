import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { comparisonPage } from '@/content-pages/comparison'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ pair: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await comparisonPage((await params).pair)
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /compare/[pair]: src/proxy.ts sends requests that carry Next's
 * draft-mode cookie here, so drafts render through the App Router (never cached, with the root
 * layout's draft banner and live-preview refresh). Visitors get the static page
 * (app/compare/[pair]/route.ts).
 */
export default async function DraftComparisonPage({ params }: Props) {
  const page = await comparisonPage((await params).pair)
  if (page.kind === 'redirect') permanentRedirect(page.path)
  if (page.kind === 'not-found') notFound()
  return page.body
}
