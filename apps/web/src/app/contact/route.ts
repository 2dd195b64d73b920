import { contactPage } from '@/content-pages/contact'
import { staticPageResponse } from '@/static-pages/respond'

/*
 * /contact as a static HTML document with no JavaScript (static-pages/respond.tsx), cached by Next like a
 * page and refreshed with what it reads (see content-pages/contact.tsx).
 */
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET(): Promise<Response> {
  return staticPageResponse(await contactPage(), '/contact')
}
