import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewSecret, sitePath } from '@/lib/cms'
import { DRAFT_SESSION_COOKIE, NEXT_DRAFT_COOKIES, verifyDraftSession } from '@/lib/cms/draft-session'
import { endPreviewSession } from '@/lib/cms/preview-revocations'

/**
 * Leaves the preview: ends our session on every site instance (a copy of the cookie opens nothing
 * any more: lib/cms/preview-revocations.ts), clears it in the browser with Next's draft-mode cookies
 * a browser may still hold from an older build, and returns to the page the editor was on (the
 * same-origin referrer), or to `?path=`, or home.
 */
export async function GET(request: Request): Promise<Response> {
  const jar = await cookies()
  const session = verifyDraftSession(jar.get(DRAFT_SESSION_COOKIE)?.value, previewSecret())
  if (session) await endPreviewSession(session)
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
