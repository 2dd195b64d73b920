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

/** A link naming the editor who asked for it (`user`) signs that too; the site puts it in its preview session. */
export const linkMessage = (path: string, expires: number, user = '') =>
  `versus-preview-link\n${path}\n${expires}${user ? `\n${user}` : ''}`
export const tokenMessage = (expires: number) => `versus-draft-read\n${expires}`

/** `PREVIEW_SECRET`, or null when previews are not configured. */
export function previewSecret(): string | null {
  const secret = process.env.PREVIEW_SECRET
  return secret && secret.length > 0 ? secret : null
}

/** The signed link that opens `path` on the site in draft mode. */
export function signPreviewLink(args: { siteURL: string; path: string; secret: string; user?: string; now?: number }): string {
  const now = args.now ?? nowSeconds()
  const expires = Math.ceil((now + PREVIEW_LINK_TTL_SECONDS - LINK_EXPIRY_STEP_SECONDS) / LINK_EXPIRY_STEP_SECONDS) * LINK_EXPIRY_STEP_SECONDS
  const user = args.user && /^[A-Za-z0-9_-]{1,64}$/.test(args.user) ? args.user : ''
  const sig = hmac(args.secret, linkMessage(args.path, expires, user)).toString('hex')
  const query = new URLSearchParams({ path: args.path, expires: String(expires), ...(user ? { user } : {}), sig })
  return `${args.siteURL}/api/preview?${query.toString()}`
}

/** A draft-read token: `<expires>.<hex signature>`. The site mints these; tests use it too. */
export function signPreviewToken(secret: string, ttlSeconds = 60, now = nowSeconds()): string {
  const expires = now + ttlSeconds
  return `${expires}.${hmac(secret, tokenMessage(expires)).toString('hex')}`
}

/** True for a well-formed, unexpired, correctly signed draft-read token. Constant-time comparison. */
export function verifyPreviewToken(token: string | null | undefined, secret: string, now = nowSeconds()): boolean {
  if (!token) return false
  const match = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(token.trim())
  if (!match?.[1] || !match[2]) return false
  const expires = Number(match[1])
  if (expires <= now || expires > now + PREVIEW_TOKEN_MAX_TTL_SECONDS) return false
  return sameSignature(hmac(secret, tokenMessage(expires)), match[2])
}
