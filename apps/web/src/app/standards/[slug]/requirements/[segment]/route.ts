import { requirementPage } from '@/content-pages/requirement'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /standards/[slug]/requirements/[segment] (segment = requirementSegment(refId), @versus/content) as a static HTML document with
 * no JavaScript, cached like the standard's page and refreshed with its `crosswalk:<slug>` tag. Not
 * prerendered: requirements are many; each renders on first request, then stays cached. An unknown
 * standard or segment answers the site's 404 page.
 */
export const dynamic = 'force-static'
export const revalidate = 300
export const dynamicParams = true

export function generateStaticParams(): { slug: string; segment: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; segment: string }> }): Promise<Response> {
  const { slug, segment } = await params
  return staticPageResponse(await requirementPage(slug, segment), `/standards/${slug}/requirements/${segment}`)
}
