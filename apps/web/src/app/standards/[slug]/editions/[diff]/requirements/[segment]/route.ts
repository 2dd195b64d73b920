import { requirementPage } from '@/content-pages/requirement'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /standards/[slug]/editions/[edition]/requirements/[segment]: a requirement of one edition (the
 * folder is named [diff] because Next wants one name per level, and the sibling route is the edition
 * diff). Older editions' requirements whose short address belongs to the current edition live here.
 * A static HTML document with no JavaScript, cached and refreshed like the short route with the
 * standard's `crosswalk:<slug>` tag. An unknown standard, edition or segment answers the site's 404 page.
 */
export const dynamic = 'force-static'
export const revalidate = 300
export const dynamicParams = true

export function generateStaticParams(): { slug: string; diff: string; segment: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; diff: string; segment: string }> }): Promise<Response> {
  const { slug, diff: edition, segment } = await params
  return staticPageResponse(await requirementPage(slug, segment, edition), `/standards/${slug}/editions/${edition}/requirements/${segment}`)
}
