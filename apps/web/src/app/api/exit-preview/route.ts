import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { sitePath } from '@/lib/cms'
import { DRAFT_SESSION_COOKIE, NEXT_DRAFT_COOKIES } from '@/lib/cms/draft-session'

/**
 * Leaves the preview: clears our session cookie (lib/cms/draft-session.ts), and Next's draft-mode
 * cookies a browser may still hold from an older build, and returns to the page the editor was on (the
 * same-origin referrer), or to `?path=`, or home.
 */
export async function GET(request: Request): Promise<Response> {
  const jar = await cookies()
  for (const name of [DRAFT_SESSION_COOKIE, ...NEXT_DRAFT_COOKIES]) jar.delete({ name, path: '/' })
  const url = new URL(request.url)
  let back = sitePath(url.searchParams.get('path'))
  const referrer = request.headers.get('referer')
  if (!back && referrer) {
    try {
      const from = new URL(referrer)
      // The Host the browser sent (behind a proxy or CDN the server's own URL may name another port).
      if (from.host === (request.headers.get('host') ?? url.host)) back = sitePath(`${from.pathname}${from.search}`)
    } catch {
      // not a URL: go home
    }
  }
  redirect(back ?? '/')
}
