import { articleListPage } from '@/content-pages/article-list'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /articles as a static HTML document with no JavaScript (static-pages/respond.tsx), cached by Next like
 * a page and refreshed when a tag it read is revalidated (POST /api/revalidate), at most every 5
 * minutes otherwise (REVALIDATE_SECONDS in lib/cms/config.ts). An editor's preview goes to
 * app/draft/articles instead (src/proxy.ts).
 */
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET(): Promise<Response> {
  return staticPageResponse(await articleListPage(), '/articles')
}
