import { methodologyPage } from '@/content-pages/methodology'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /methodology as a static HTML document with no JavaScript (static-pages/respond.tsx), cached by Next
 * like a page; it reads only the site settings (name, footer), refreshed with them.
 */
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET(): Promise<Response> {
  return staticPageResponse(await methodologyPage(), '/methodology')
}
