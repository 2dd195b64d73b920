import { editionDiffPage } from '@/content-pages/edition-diff'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /standards/[slug]/editions/[from]--[to]: what changed between two editions, from their transition
 * set, as a static HTML document with no JavaScript; rendered on first request, then cached and
 * refreshed with the standard's `crosswalk:<slug>` tag. Anything else answers the site's 404 page.
 */
export const dynamic = 'force-static'
export const revalidate = 300
export const dynamicParams = true

export function generateStaticParams(): { slug: string; diff: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; diff: string }> }): Promise<Response> {
  const { slug, diff } = await params
  return staticPageResponse(await editionDiffPage(slug, diff), `/standards/${slug}/editions/${diff}`)
}
