import type { IncomingAuthType } from 'payload'

/** A session (its JWT and cookie) lasts a working day; then the editor signs in again. */
export const SESSION_SECONDS = 8 * 60 * 60
/**
 * Payload's account lockout, bounded so that it is no longer a weapon: five wrong passwords from
 * anywhere used to lock any account, admins included, for ten minutes. Guessing is throttled per
 * client instead (lib/login-throttle.ts, collections/Users/hooks/throttleLogin.ts: 5 tries per
 * client and account, 20 per client, per 15 minutes); the lock is only a last stop against guessing
 * spread over hundreds of addresses, and lasts a minute. (Kept rather than set to 0, which would
 * drop the loginAttempts/lockUntil columns and need a migration.)
 */
export const MAX_LOGIN_ATTEMPTS = 1000
/** How long the last-stop lock lasts; an admin can unlock it sooner. */
export const LOCK_MS = 60 * 1000

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
