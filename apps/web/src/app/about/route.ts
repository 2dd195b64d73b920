import { aboutPage } from '@/content-pages/about'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /about as a static HTML document with no JavaScript (static-pages/respond.tsx), cached by Next like a
 * page and refreshed with what it reads (see content-pages/about.tsx).
 */
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET(): Promise<Response> {
  return staticPageResponse(await aboutPage(), '/about')
}
