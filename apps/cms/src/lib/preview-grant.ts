import type { PayloadRequest } from 'payload'

import { PREVIEW_HEADER, previewSecret, readPreviewToken } from './preview'

/**
 * What the draft-read token of a request allows:
 * - `drafts`: a valid token whose CMS session is still open (or that names none: only a holder of
 *   PREVIEW_SECRET can mint those; the admin's links always name the editor's session);
 * - `ended`: a valid token for a session that has ended — the editor logged out, or it expired —
 *   so the preview is over (the site leaves draft mode when it sees the 403 this leads to);
 * - `none`: no token, or one that is malformed, expired or wrongly signed.
 */
export type PreviewGrantState = 'drafts' | 'ended' | 'none'

const CONTEXT_KEY = 'versusPreviewGrant'

/** The request's preview grant, looked up once per request (access runs for every collection read). */
export async function previewGrant(req: PayloadRequest): Promise<PreviewGrantState> {
  const context = req.context as Record<string, unknown> | undefined
  const known = context?.[CONTEXT_KEY]
  if (known === 'drafts' || known === 'ended' || known === 'none') return known
  const state = await lookUp(req)
  if (context) context[CONTEXT_KEY] = state
  return state
}

async function lookUp(req: PayloadRequest): Promise<PreviewGrantState> {
  const secret = previewSecret()
  const token = req.headers?.get(PREVIEW_HEADER)
  if (!secret || !token) return 'none'
  const grant = readPreviewToken(token, secret)
  if (!grant) return 'none'
  if (!grant.user || !grant.session) return 'drafts'
  return (await sessionOpen(req, grant.user, grant.session)) ? 'drafts' : 'ended'
}

/** Whether the user still has the Payload session `session`, unexpired (logout removes it). */
async function sessionOpen(req: PayloadRequest, user: string, session: string): Promise<boolean> {
  try {
    const found = await req.payload.db.findOne<{ id: number | string; sessions?: { id: string; expiresAt: string | Date }[] | null }>({
      collection: 'users',
      where: { id: { equals: /^\d+$/.test(user) ? Number(user) : user } },
      req,
    })
    const now = Date.now()
    return Boolean(found?.sessions?.some((s) => s.id === session && new Date(s.expiresAt).getTime() > now))
  } catch {
    // An id the adapter cannot read (say, not an ObjectId on MongoDB) names no user.
    return false
  }
}
