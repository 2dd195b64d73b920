import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { comparisonPage } from '@/content-pages/comparison'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ pair: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params
  const page = await asDraft(() => comparisonPage(pair))
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /compare/[pair]: src/proxy.ts sends requests that carry an
 * editor's preview session here, so drafts render through the App Router (never cached, with the draft
 * layout's banner and live-preview refresh). Visitors get the static page
 * (app/compare/[pair]/route.ts).
 */
export default async function DraftComparisonPage({ params }: Props) {
  const { pair } = await params
  const page = await asDraft(() => comparisonPage(pair))
  if (page.kind === 'redirect') permanentRedirect(page.path)
  if (page.kind === 'not-found') notFound()
  return page.body
}
