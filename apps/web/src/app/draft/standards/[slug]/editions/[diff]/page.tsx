import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { editionDiffPage } from '@/content-pages/edition-diff'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string; diff: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, diff } = await params
  const page = await asDraft(() => editionDiffPage(slug, diff))
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /standards/[slug]/editions/[from]--[to]: src/proxy.ts sends requests that
 * carry an editor's preview session here, so a draft transition set or edition renders (never cached,
 * with the draft banner and live-preview refresh). Visitors get the static page
 * (app/standards/[slug]/editions/[diff]/route.ts).
 */
export default async function DraftEditionDiffPage({ params }: Props) {
  const { slug, diff } = await params
  const page = await asDraft(() => editionDiffPage(slug, diff))
  if (page.kind !== 'page') notFound()
  return page.body
}
