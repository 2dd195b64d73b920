/**
 * Our own credential for an editor's preview, in place of Next's draft mode. Next's draft-mode
 * cookie holds the build's fixed preview id: the same on every visit, valid on every path, never
 * expiring, not revoked by exit-preview, and, sent as `x-prerender-revalidate`, a key that forces
 * re-renders. The site never turns draft mode on, so that id never leaves the server: the proxy
 * sends a request to the preview pages, and the data layer asks the CMS for drafts, only when this
 * cookie holds a valid, unexpired session signed with PREVIEW_SECRET (HMAC-SHA256).
 *
 * A session is `<payload>.<hex signature>`, the payload base64url JSON `{ sub, sid, jti, exp }`: who
 * opened the preview (the CMS user id the signed link names; "" for a link that names none), their
 * CMS sign-in session (named in every draft-read token, so the CMS refuses drafts once the editor
 * logs out; "" when the link names none), a random id, and an expiry at most an hour away (never
 * later than the link's own). Pure but for the clock and the random id; no Next import, so the
 * proxy can use it.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

/** The cookie (HttpOnly, SameSite=Lax, Path=/, Secure over https). */
export const DRAFT_SESSION_COOKIE = 'versus_draft'
/**
 * Next's draft-mode cookies, which the site no longer sets: one a browser still holds (from an older
 * build, or forged) is dropped from the request by the proxy and cleared by exit-preview.
 */
export const NEXT_DRAFT_COOKIES = ['__prerender_bypass', '__next_preview_data'] as const
/**
 * The address an editor is previewing, as the proxy names it on the request it rewrites to the
 * preview pages under /draft (a client's own value is dropped), so an ended preview can return there.
 */
export const DRAFT_PATH_HEADER = 'x-versus-draft-path'
/** A session may not claim to live longer than this. */
export const DRAFT_SESSION_MAX_TTL_SECONDS = 60 * 60

export interface DraftSession {
  /** The CMS user who opened the preview, "" when the link named none. */
  sub: string
  /** That user's CMS sign-in session, "" when the link named none. */
  sid: string
  /** Random id of this session. */
  jti: string
  /** Expiry, seconds since the epoch. */
  exp: number
}

/** Seconds since the epoch. */
export const nowSeconds = () => Math.floor(Date.now() / 1000)
const message = (payload: string) => `versus-draft-session\n${payload}`
const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(message(payload)).digest()

/** A new session for `sub` (signed in to the CMS as `sid`), ending at `until` (capped at an hour from `now`). */
export function signDraftSession(
  secret: string,
  sub: string,
  until: number,
  now = nowSeconds(),
  sid = '',
): { token: string; session: DraftSession } {
  const session: DraftSession = { sub, sid, jti: randomUUID(), exp: Math.min(until, now + DRAFT_SESSION_MAX_TTL_SECONDS) }
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url')
  return { token: `${payload}.${sign(secret, payload).toString('hex')}`, session }
}

/** The session a cookie value holds when it is well formed, correctly signed and unexpired; else null. */
export function verifyDraftSession(token: string | null | undefined, secret: string | null, now = nowSeconds()): DraftSession | null {
  if (!token || !secret || token.length > 1024) return null
  const match = /^([A-Za-z0-9_-]{1,900})\.([0-9a-f]{64})$/.exec(token)
  if (!match?.[1] || !match[2]) return null
  if (!timingSafeEqual(sign(secret, match[1]), Buffer.from(match[2], 'hex'))) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { sub, sid = '', jti, exp } = value as Record<string, unknown>
  if (typeof sub !== 'string' || typeof sid !== 'string' || typeof jti !== 'string') return null
  if (typeof exp !== 'number' || !Number.isSafeInteger(exp)) return null
  if (exp <= now || exp > now + DRAFT_SESSION_MAX_TTL_SECONDS) return null
  return { sub, sid, jti, exp }
}

/** The cookie's attributes: HttpOnly, SameSite=Lax, Path=/, Secure when the site is served over https. */
export function draftSessionCookie(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure, maxAge: Math.max(0, maxAge) }
}
