import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirementPage } from '@/content-pages/requirement'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string; segment: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, segment } = await params
  const page = await requirementPage(slug, segment)
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /standards/[slug]/requirements/[segment]: src/proxy.ts sends requests that
 * carry Next's draft-mode cookie here, so draft editions, requirements and sets render (never cached,
 * with the root layout's draft banner and live-preview refresh). Visitors get the static page
 * (app/standards/[slug]/requirements/[segment]/route.ts).
 */
export default async function DraftRequirementPage({ params }: Props) {
  const { slug, segment } = await params
  const page = await requirementPage(slug, segment)
  if (page.kind !== 'page') notFound()
  return page.body
}
