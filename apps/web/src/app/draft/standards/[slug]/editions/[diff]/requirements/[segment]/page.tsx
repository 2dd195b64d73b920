import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirementPage } from '@/content-pages/requirement'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

interface Props {
  params: Promise<{ slug: string; diff: string; segment: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, diff, segment } = await params
  const page = await asDraft(() => requirementPage(slug, segment, diff))
  return page.kind === 'page' ? toMetadata(page.meta) : { robots: { index: false } }
}

/**
 * An editor's preview of /standards/[slug]/editions/[edition]/requirements/[segment] (the folder is
 * [diff], as beside the edition diff): see app/draft/standards/[slug]/requirements/[segment].
 */
export default async function DraftEditionRequirementPage({ params }: Props) {
  const { slug, diff, segment } = await params
  const page = await asDraft(() => requirementPage(slug, segment, diff))
  if (page.kind !== 'page') notFound()
  return page.body
}
