import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * Sign-in throttling with rate-limiter-flexible, in memory (one CMS process) or on Redis when
 * REDIS_URL is set (every CMS instance shares the counts). It replaces Payload's account lockout,
 * which anyone could trigger against an admin with five wrong passwords from anywhere.
 *
 * Counted per client (its address) and per client and account together, never per account alone:
 * a client that guesses is slowed and then refused for a while, and the account's owner, signing in
 * from elsewhere, is not. What an attacker spread over many addresses can still try is bounded by
 * the password policy (lib/password-policy.ts).
 */
export const LOGIN_LIMITS = {
  /** Failed sign-ins (and password-reset requests) one client may make per window… */
  perClient: 20,
  /** …and against one account. */
  perClientAndAccount: 5,
  windowSeconds: 15 * 60,
  /** How long a client is refused once over either limit. */
  blockSeconds: 15 * 60,
} as const

export interface LoginThrottle {
  /** Seconds until this client may try this account again, or 0 (counts the attempt). */
  attempt(client: string, account: string): Promise<number>
  /** A successful sign-in clears the client-and-account count. */
  succeeded(client: string, account: string): Promise<void>
}

function limiters(redisURL: string | undefined): { perClient: RateLimiterAbstract; perAccount: RateLimiterAbstract } {
  const common = { duration: LOGIN_LIMITS.windowSeconds, blockDuration: LOGIN_LIMITS.blockSeconds }
  if (!redisURL) {
    return {
      perClient: new RateLimiterMemory({ ...common, keyPrefix: 'login-client', points: LOGIN_LIMITS.perClient }),
      perAccount: new RateLimiterMemory({ ...common, keyPrefix: 'login-account', points: LOGIN_LIMITS.perClientAndAccount }),
    }
  }
  const storeClient = new Redis(redisURL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  // Redis down must not let guessing through unthrottled: the in-memory limiters stand in.
  const insurance = limiters(undefined)
  return {
    perClient: new RateLimiterRedis({ ...common, storeClient, keyPrefix: 'versus:login-client', points: LOGIN_LIMITS.perClient, insuranceLimiter: insurance.perClient }),
    perAccount: new RateLimiterRedis({ ...common, storeClient, keyPrefix: 'versus:login-account', points: LOGIN_LIMITS.perClientAndAccount, insuranceLimiter: insurance.perAccount }),
  }
}

export function createLoginThrottle(redisURL = process.env.REDIS_URL || undefined): LoginThrottle {
  const { perClient, perAccount } = limiters(redisURL)
  const secondsOf = (rejection: unknown) =>
    rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : LOGIN_LIMITS.blockSeconds
  return {
    async attempt(client, account) {
      const pair = `${client}|${account.toLowerCase()}`
      try {
        await perAccount.consume(pair)
        await perClient.consume(client)
        return 0
      } catch (rejection) {
        if (rejection instanceof Error) throw rejection
        return secondsOf(rejection)
      }
    },
    async succeeded(client, account) {
      await perAccount.delete(`${client}|${account.toLowerCase()}`)
      await perClient.reward(client, 1)
    },
  }
}

let shared: LoginThrottle | undefined
/** The process's throttle (created on first use, so REDIS_URL is read at run time). */
export function loginThrottle(): LoginThrottle {
  shared ??= createLoginThrottle()
  return shared
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (which our
 * own front engine appends; entries before it are the client's to write), else X-Real-IP, else one
 * key for every direct client. See docs/deploy.md, "Sign-in throttling".
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last || headers.get('x-real-ip')?.trim() || 'direct'
}
