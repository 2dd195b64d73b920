import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { articlePage } from '@/content-pages/article'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await asDraft(() => articlePage(slug))
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /articles/[slug]: src/proxy.ts sends requests that carry an
 * editor's preview session here, so drafts render through the App Router (never cached, with the draft
 * layout's banner and live-preview refresh). Visitors get the static page
 * (app/articles/[slug]/route.ts).
 */
export default async function DraftArticlePage({ params }: Props) {
  const { slug } = await params
  const page = await asDraft(() => articlePage(slug))
  if (page.kind === 'redirect') permanentRedirect(page.path)
  if (page.kind === 'not-found') notFound()
  return page.body
}
