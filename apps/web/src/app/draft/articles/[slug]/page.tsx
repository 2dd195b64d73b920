import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { articlePage } from '@/content-pages/article'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await articlePage((await params).slug)
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /articles/[slug]: src/proxy.ts sends requests that carry Next's
 * draft-mode cookie here, so drafts render through the App Router (never cached, with the root
 * layout's draft banner and live-preview refresh). Visitors get the static page
 * (app/articles/[slug]/route.ts).
 */
export default async function DraftArticlePage({ params }: Props) {
  const page = await articlePage((await params).slug)
  if (page.kind === 'redirect') permanentRedirect(page.path)
  if (page.kind === 'not-found') notFound()
  return page.body
}
