import type { IncomingAuthType } from 'payload'

/** A session (its JWT and cookie) lasts a working day; then the editor signs in again. */
export const SESSION_SECONDS = 8 * 60 * 60
/** Wrong passwords in a row before the account is locked… */
export const MAX_LOGIN_ATTEMPTS = 5
/** …for this long; the right password is refused meanwhile. An admin can unlock it sooner. */
export const LOCK_MS = 10 * 60 * 1000

/**
 * Sign-in rules for CMS users, for a CMS served at `serverURL`. Payload always makes its session
 * cookie HttpOnly. SameSite=Lax keeps the cookie off other sites' requests (forms, fetches, frames)
 * while a link into the admin still arrives signed in; Secure whenever the CMS is served over HTTPS,
 * so the cookie never travels in clear.
 */
export function usersAuth(serverURL: string): IncomingAuthType {
  return {
    tokenExpiration: SESSION_SECONDS,
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MS,
    cookies: {
      sameSite: 'Lax',
      secure: new URL(serverURL).protocol === 'https:',
    },
  }
}
