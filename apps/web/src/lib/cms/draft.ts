/**
 * Draft preview, site side (the CMS side is apps/cms/src/lib/preview.ts; both sign the same messages
 * with HMAC-SHA256 and PREVIEW_SECRET).
 * - An editor arrives through a signed link, `/api/preview?path&expires&sig`, checked here before
 *   our own signed, expiring session cookie (draft-session.ts) is set; /api/exit-preview clears it.
 * - Next's draft mode is not used: its cookie is the build's fixed preview id, which also forces
 *   re-renders when sent as `x-prerender-revalidate`, so it never leaves the server. src/proxy.ts
 *   sends a request with a valid session to the pages under app/draft, which render their data
 *   inside `asDraft`.
 * - In a preview every CMS request asks for drafts, is never cached, and carries a one-minute
 *   draft-read token the CMS checks; without a valid token the CMS serves published content only.
 * Visitors never carry the session, so they never reach any of this.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cmsUrl } from './config'
import { DRAFT_PATH_HEADER, DRAFT_SESSION_COOKIE, type DraftSession, nowSeconds, verifyDraftSession } from './draft-session'
import { isPreviewEnded } from './preview-revocations'

export const PREVIEW_HEADER = 'x-versus-preview'
/** A preview link may not claim to live longer than this. */
export const PREVIEW_LINK_MAX_TTL_SECONDS = 60 * 60
/** Lifetime of the draft-read token sent with each CMS request (the CMS refuses more than 5 minutes). */
const DRAFT_TOKEN_TTL_SECONDS = 60

/**
 * The CMS names the editor who asked for the link (`user`) and their sign-in session (`session`); a
 * link without them signs the first three lines only (apps/cms/src/lib/preview.ts signs the same).
 */
const linkMessage = (path: string, expires: number, user = '', session = '') =>
  `versus-preview-link\n${path}\n${expires}${user ? `\n${user}` : ''}${user && session ? `\n${session}` : ''}`
const tokenMessage = (expires: number, user = '', session = '') =>
  `versus-draft-read\n${expires}${user && session ? `\n${user}\n${session}` : ''}`

function hmac(secret: string, message: string): Buffer {
  return createHmac('sha256', secret).update(message).digest()
}

export function previewSecret(): string | null {
  const secret = process.env.PREVIEW_SECRET
  return secret ? secret : null
}

/** The preview session of the data load running inside `asDraft`. */
const previewScope = new AsyncLocalStorage<DraftSession>()

/**
 * Runs a page's data load as an editor's preview when the request carries our valid, unexpired
 * session cookie that no exit has ended (preview-revocations.ts), and as a visitor's otherwise. Only the pages under app/draft call it (they are
 * rendered per request, and only src/proxy.ts's rewrite reaches them): every other page stays
 * static and never reads a cookie.
 */
export async function asDraft<T>(load: () => Promise<T>): Promise<T> {
  const session = verifyDraftSession((await cookies()).get(DRAFT_SESSION_COOKIE)?.value, previewSecret())
  return session && !(await isPreviewEnded(session)) ? previewScope.run(session, load) : load()
}

/** Whether this data load is an editor's preview (inside `asDraft`, with a valid session). */
export async function isDraft(): Promise<boolean> {
  return draftSession() !== null
}

/** This data load's preview session (see `asDraft`), or null. */
function draftSession(): DraftSession | null {
  return previewScope.getStore() ?? null
}

/**
 * The CMS refused this preview's drafts (403: the editor's sign-in session has ended, they logged
 * out): leave the preview through /api/exit-preview, which clears both cookies and returns to the
 * address being previewed (src/proxy.ts names it in DRAFT_PATH_HEADER), now its published page.
 */
export async function endPreview(): Promise<never> {
  const path = sitePath((await headers()).get(DRAFT_PATH_HEADER))
  redirect(`/api/exit-preview${path ? `?${new URLSearchParams({ path }).toString()}` : ''}`)
}

/** The admin's origin, which may tell a live-preview page to reload after a save. */
export function cmsOrigin(): string {
  return new URL(cmsUrl()).origin
}

/**
 * A site-relative path that stays on this site ("/compare/a-vs-b?x=1"), or null. Rejects absolute
 * and protocol-relative URLs, backslash tricks and control characters: the preview route redirects
 * to it, so anything else would be an open redirect.
 */
export function sitePath(value: string | null | undefined): string | null {
  if (!value || value.length > 512 || !value.startsWith('/')) return null
  if (value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) return null
  const base = 'http://site.invalid'
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return null
  }
  if (url.origin !== base) return null
  return `${url.pathname}${url.search}`
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

export type PreviewLinkCheck =
  | { ok: true; path: string; user: string; session: string; expires: number }
  | { ok: false; status: 400 | 401; error: string }

/** A CMS user id and a CMS sign-in session id as a link may name them. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/
const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/

/** Checks a preview link's query: a relative path, an expiry within the hour, the editor and their session, and its signature. */
export function verifyPreviewLink(
  params: { path: string | null; expires: string | null; sig: string | null; user?: string | null; session?: string | null },
  secret: string,
  now = nowSeconds(),
): PreviewLinkCheck {
  const path = sitePath(params.path)
  if (!path || path !== params.path) return { ok: false, status: 400, error: 'path must be a path on this site' }
  const expires = /^\d{1,12}$/.test(params.expires ?? '') ? Number(params.expires) : NaN
  if (!Number.isSafeInteger(expires) || expires <= now || expires > now + PREVIEW_LINK_MAX_TTL_SECONDS) {
    return { ok: false, status: 401, error: 'the preview link has expired' }
  }
  const user = params.user ?? ''
  if (user !== '' && !USER_ID.test(user)) return { ok: false, status: 400, error: 'user must be a CMS user id' }
  const session = params.session ?? ''
  if (session !== '' && (user === '' || !SESSION_ID.test(session))) {
    return { ok: false, status: 400, error: 'session must be a CMS session id, with the user' }
  }
  const sig = params.sig ?? ''
  const expected = hmac(secret, linkMessage(path, expires, user, session))
  const valid = /^[0-9a-f]{64}$/.test(sig) && timingSafeEqual(expected, Buffer.from(sig, 'hex'))
  return valid ? { ok: true, path, user, session, expires } : { ok: false, status: 401, error: 'invalid preview signature' }
}

/** Signs a preview link's query the way the CMS does (tests, scripts). */
export function signPreviewLink(path: string, secret: string, expires = nowSeconds() + 600, user = '', session = ''): string {
  const sig = hmac(secret, linkMessage(path, expires, user, session)).toString('hex')
  const query = new URLSearchParams({
    path,
    expires: String(expires),
    ...(user ? { user } : {}),
    ...(user && session ? { session } : {}),
    sig,
  })
  return `/api/preview?${query.toString()}`
}

/**
 * A draft-read token as the CMS expects in PREVIEW_HEADER: `<expires>.<hex signature>`, or
 * `<expires>.<user>.<session>.<hex signature>` for a preview opened from the admin, so the CMS
 * refuses it once that editor's sign-in session has ended.
 */
export function draftToken(secret: string, now = nowSeconds(), user = '', session = ''): string {
  const expires = now + DRAFT_TOKEN_TTL_SECONDS
  const who = user && session ? `${user}.${session}.` : ''
  return `${expires}.${who}${hmac(secret, tokenMessage(expires, user, session)).toString('hex')}`
}

/** Published-only filters the data layer adds; a preview asks for the latest version of everything instead. */
const PUBLISHED_FILTER = /^where(?:\[(?:and|or)\]\[\d+\])*\[_status\]\[equals\]$/

/** The draft form of a CMS REST path: `draft=true`, without the published-only filter. */
export function draftPath(path: string): string {
  const at = path.indexOf('?')
  const pathname = at === -1 ? path : path.slice(0, at)
  const query = new URLSearchParams(at === -1 ? '' : path.slice(at + 1))
  for (const [key, value] of [...query]) {
    if (value === 'published' && PUBLISHED_FILTER.test(key)) query.delete(key, value)
  }
  query.set('draft', 'true')
  return `${pathname}?${query.toString()}`
}

export interface DraftRequest {
  path: string
  headers: Record<string, string>
}

/**
 * How cmsFetch asks for `path` in an editor's preview (inside `asDraft`), or null outside it (then the normal, cached, tagged
 * request applies). Without PREVIEW_SECRET a preview shows published content only.
 */
export async function draftRequest(path: string): Promise<DraftRequest | null> {
  const session = draftSession()
  if (!session) return null
  const secret = previewSecret()
  return {
    path: draftPath(path),
    headers: secret ? { [PREVIEW_HEADER]: draftToken(secret, nowSeconds(), session.sub, session.sid) } : {},
  }
}
