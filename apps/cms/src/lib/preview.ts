import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Draft preview, CMS side. Two signatures, both HMAC-SHA256 with PREVIEW_SECRET:
 * - the preview link the admin hands an editor: `${SITE_URL}/api/preview?path&expires&sig`, which the
 *   site checks before it turns on Next's draft mode;
 * - the short-lived token the site sends in `PREVIEW_HEADER` with every CMS request it makes in
 *   draft mode, which lets an anonymous request read drafts (read only: the predicate that checks it
 *   is only ever used for `read`).
 * The two messages start with different labels, so one can never be replayed as the other.
 * apps/web/src/lib/cms/draft.ts signs and checks the same messages.
 */

export const PREVIEW_HEADER = 'x-versus-preview'

/** How long a preview link stays valid; the site refuses links that claim to live longer. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60

/** Link expiries are rounded up to this step so the live-preview URL (and its iframe) stays stable. */
const LINK_EXPIRY_STEP_SECONDS = 5 * 60

/** The longest a draft-read token may claim to live; the site mints them for one minute. */
export const PREVIEW_TOKEN_MAX_TTL_SECONDS = 5 * 60

const nowSeconds = () => Math.floor(Date.now() / 1000)

function hmac(secret: string, message: string): Buffer {
  return createHmac('sha256', secret).update(message).digest()
}

function sameSignature(expected: Buffer, given: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(given)) return false
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}

/**
 * A link naming the editor who asked for it (`user`) and their CMS sign-in session (`session`, the
 * id Payload keeps in the user's `sessions` and removes on logout) signs those too; the site keeps
 * them in its preview session and names them in every draft-read token, so a logout ends the preview.
 */
export const linkMessage = (path: string, expires: number, user = '', session = '') =>
  `versus-preview-link\n${path}\n${expires}${user ? `\n${user}` : ''}${user && session ? `\n${session}` : ''}`
export const tokenMessage = (expires: number, user = '', session = '') =>
  `versus-draft-read\n${expires}${user && session ? `\n${user}\n${session}` : ''}`

/** A CMS user id and a Payload session id as links and tokens may carry them. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/
const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/

/** `PREVIEW_SECRET`, or null when previews are not configured. */
export function previewSecret(): string | null {
  const secret = process.env.PREVIEW_SECRET
  return secret && secret.length > 0 ? secret : null
}

/** The signed link that opens `path` on the site in draft mode. */
export function signPreviewLink(args: {
  siteURL: string
  path: string
  secret: string
  user?: string
  session?: string
  now?: number
}): string {
  const now = args.now ?? nowSeconds()
  const expires = Math.ceil((now + PREVIEW_LINK_TTL_SECONDS - LINK_EXPIRY_STEP_SECONDS) / LINK_EXPIRY_STEP_SECONDS) * LINK_EXPIRY_STEP_SECONDS
  const user = args.user && USER_ID.test(args.user) ? args.user : ''
  const session = user && args.session && SESSION_ID.test(args.session) ? args.session : ''
  const sig = hmac(args.secret, linkMessage(args.path, expires, user, session)).toString('hex')
  const query = new URLSearchParams({
    path: args.path,
    expires: String(expires),
    ...(user ? { user } : {}),
    ...(session ? { session } : {}),
    sig,
  })
  return `${args.siteURL}/api/preview?${query.toString()}`
}

/**
 * A draft-read token: `<expires>.<hex signature>`, or `<expires>.<user>.<session>.<hex signature>`
 * when the preview names the editor's CMS session. The site mints these; tests use it too.
 */
export function signPreviewToken(secret: string, ttlSeconds = 60, now = nowSeconds(), user = '', session = ''): string {
  const expires = now + ttlSeconds
  const who = user && session ? `${user}.${session}.` : ''
  return `${expires}.${who}${hmac(secret, tokenMessage(expires, user, session)).toString('hex')}`
}

/** What a valid draft-read token grants: drafts, for the CMS session it names ("" for none). */
export interface PreviewGrant {
  user: string
  session: string
}

/** The grant of a well-formed, unexpired, correctly signed draft-read token, else null. Constant-time comparison. */
export function readPreviewToken(token: string | null | undefined, secret: string, now = nowSeconds()): PreviewGrant | null {
  if (!token || token.length > 300) return null
  const match = /^(\d{1,12})\.(?:([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9-]{1,64})\.)?([0-9a-f]{64})$/.exec(token.trim())
  if (!match?.[1] || !match[4]) return null
  const expires = Number(match[1])
  if (expires <= now || expires > now + PREVIEW_TOKEN_MAX_TTL_SECONDS) return null
  const user = match[2] ?? ''
  const session = match[3] ?? ''
  return sameSignature(hmac(secret, tokenMessage(expires, user, session)), match[4]) ? { user, session } : null
}

/** True for a well-formed, unexpired, correctly signed draft-read token (whatever session it names). */
export function verifyPreviewToken(token: string | null | undefined, secret: string, now = nowSeconds()): boolean {
  return readPreviewToken(token, secret, now) !== null
}
