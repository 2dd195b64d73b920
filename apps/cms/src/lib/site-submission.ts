import { createHmac, timingSafeEqual } from 'node:crypto'

import { previewSecret } from './preview'

/**
 * The site files visitors' suggestions server to server (apps/web/src/lib/suggestions/file.ts): each
 * request carries `SUBMISSION_HEADER: <expires>.<hex HMAC-SHA256(PREVIEW_SECRET, "versus-suggestion\n" +
 * expires)>`, a token only the site can mint. Its label differs from the preview messages
 * (lib/preview.ts), so a draft-read token is never a submission token, nor the other way round.
 */
export const SUBMISSION_HEADER = 'x-versus-suggestion'

/** The site mints tokens for one minute; anything claiming longer is refused. */
export const SUBMISSION_TOKEN_MAX_TTL_SECONDS = 5 * 60

const nowSeconds = () => Math.floor(Date.now() / 1000)
const message = (expires: number) => `versus-suggestion\n${expires}`
const sign = (secret: string, expires: number) => createHmac('sha256', secret).update(message(expires)).digest()

/** A submission token (the site's side does the same; tests use this one). */
export function signSubmissionToken(secret: string, ttlSeconds = 60, now = nowSeconds()): string {
  const expires = now + ttlSeconds
  return `${expires}.${sign(secret, expires).toString('hex')}`
}

/** True for a well-formed, unexpired, correctly signed token. Constant-time comparison. */
export function verifySubmissionToken(token: string | null | undefined, secret: string | null = previewSecret(), now = nowSeconds()): boolean {
  if (!token || !secret) return false
  const match = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(token.trim())
  if (!match?.[1] || !match[2]) return false
  const expires = Number(match[1])
  if (expires <= now || expires > now + SUBMISSION_TOKEN_MAX_TTL_SECONDS) return false
  return timingSafeEqual(sign(secret, expires), Buffer.from(match[2], 'hex'))
}
