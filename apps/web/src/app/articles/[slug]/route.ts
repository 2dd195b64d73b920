import { articlePage } from '@/content-pages/article'
import { getArticleParams } from '@/lib/cms'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /articles/[slug] as a static HTML document with no JavaScript (static-pages/respond.tsx),
 * cached by Next like a page: prerendered at build, refreshed when a tag it read is revalidated
 * (POST /api/revalidate) and at most every 5 minutes (REVALIDATE_SECONDS in lib/cms/config.ts).
 * An editor's preview goes to app/draft/articles/[slug] instead (src/proxy.ts).
 */
export const dynamic = 'force-static'
export const revalidate = 300
/** Documents published after the build render on first request, then stay cached. */
export const dynamicParams = true

export function generateStaticParams() {
  return getArticleParams()
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  return staticPageResponse(await articlePage(slug), `/articles/${slug}`)
}
