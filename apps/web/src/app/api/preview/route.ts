import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewSecret, verifyPreviewLink } from '@/lib/cms'

const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * Entry to an editor's preview: the CMS's "Preview" button and live-preview panel link here with a
 * signed, expiring site path. A valid link turns on Next's draft mode (an HTTP-only cookie) and
 * redirects to the path; anything else is refused and draft mode stays off.
 */
export async function GET(request: Request): Promise<Response> {
  const secret = previewSecret()
  if (!secret) return Response.json({ error: 'preview not configured' }, { status: 503, headers: NO_STORE })
  const query = new URL(request.url).searchParams
  const check = verifyPreviewLink({ path: query.get('path'), expires: query.get('expires'), sig: query.get('sig') }, secret)
  if (!check.ok) return Response.json({ error: check.error }, { status: check.status, headers: NO_STORE })
  ;(await draftMode()).enable()
  redirect(check.path)
}
