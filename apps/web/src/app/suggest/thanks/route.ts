import { suggestThanksPage } from '@/content-pages/suggest'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /suggest/thanks as a static HTML document with no JavaScript (static-pages/respond.tsx), cached by Next like a
 * page and refreshed with what it reads (see content-pages/suggest.tsx).
 */
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET(): Promise<Response> {
  return staticPageResponse(await suggestThanksPage(), '/suggest/thanks')
}
