import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewSecret, siteUrl, verifyPreviewLink } from '@/lib/cms'
import { DRAFT_SESSION_COOKIE, draftSessionCookie, signDraftSession } from '@/lib/cms/draft-session'

const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * Entry to an editor's preview: the CMS's "Preview" button and live-preview panel link here with a
 * signed, expiring site path. A valid link sets our preview session (lib/cms/draft-session.ts: an
 * HTTP-only, SameSite=Lax cookie naming the editor, their CMS sign-in session, a random id and an
 * expiry no later than the link's) and redirects to the path; anything else is refused and sets
 * nothing. Next's draft mode is never turned on: its cookie would hand the browser the build's
 * fixed preview id (lib/cms/draft.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const secret = previewSecret()
  if (!secret) return Response.json({ error: 'preview not configured' }, { status: 503, headers: NO_STORE })
  const query = new URL(request.url).searchParams
  const check = verifyPreviewLink(
    {
      path: query.get('path'),
      expires: query.get('expires'),
      sig: query.get('sig'),
      user: query.get('user'),
      session: query.get('session'),
    },
    secret,
  )
  if (!check.ok) return Response.json({ error: check.error }, { status: check.status, headers: NO_STORE })
  const { token, session } = signDraftSession(secret, check.user, check.expires, undefined, check.session)
  const secure = new URL(request.url).protocol === 'https:' || siteUrl().startsWith('https://')
  ;(await cookies()).set(DRAFT_SESSION_COOKIE, token, draftSessionCookie(secure, session.exp - Math.floor(Date.now() / 1000)))
  redirect(check.path)
}
