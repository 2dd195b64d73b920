import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { sitePath } from '@/lib/cms'
import { DRAFT_SESSION_COOKIE } from '@/lib/cms/draft-session'

/**
 * Leaves the preview: turns draft mode off, clears our session cookie (lib/cms/draft-session.ts) and returns to the page the editor was on (the
 * same-origin referrer), or to `?path=`, or home.
 */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  ;(await cookies()).delete({ name: DRAFT_SESSION_COOKIE, path: '/' })
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
