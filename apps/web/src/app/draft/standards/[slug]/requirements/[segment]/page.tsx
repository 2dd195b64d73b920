import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirementPage } from '@/content-pages/requirement'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string; segment: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, segment } = await params
  const page = await asDraft(() => requirementPage(slug, segment))
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /standards/[slug]/requirements/[segment]: src/proxy.ts sends requests that
 * carry an editor's preview session here, so draft editions, requirements and sets render (never cached,
 * with the draft layout's banner and live-preview refresh). Visitors get the static page
 * (app/standards/[slug]/requirements/[segment]/route.ts).
 */
export default async function DraftRequirementPage({ params }: Props) {
  const { slug, segment } = await params
  const page = await asDraft(() => requirementPage(slug, segment))
  if (page.kind !== 'page') notFound()
  return page.body
}
