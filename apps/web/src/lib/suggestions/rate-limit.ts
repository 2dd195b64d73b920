import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * How many suggestions one client may file: a handful an hour is plenty for a person, and keeps a
 * script from filling the editors' list. rate-limiter-flexible in memory (one site process), or on
 * Redis when REDIS_URL is set so every site instance shares the counts (as the CMS's sign-in
 * throttle does: apps/cms/src/lib/login-throttle.ts).
 */
export const SUGGESTION_LIMITS = { perClient: 5, windowSeconds: 60 * 60 } as const

export interface SuggestionThrottle {
  /** 0 when this client may file one now (and counts it), else the seconds until it may. */
  attempt(client: string): Promise<number>
}

function limiter(redisURL: string | undefined): RateLimiterAbstract {
  const common = { keyPrefix: 'suggest', points: SUGGESTION_LIMITS.perClient, duration: SUGGESTION_LIMITS.windowSeconds }
  if (!redisURL) return new RateLimiterMemory(common)
  const storeClient = new Redis(redisURL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  // Redis down must not open the form to floods: the in-memory limiter stands in.
  return new RateLimiterRedis({ ...common, keyPrefix: 'versus:suggest', storeClient, insuranceLimiter: new RateLimiterMemory(common) })
}

export function createSuggestionThrottle(redisURL = process.env.REDIS_URL || undefined): SuggestionThrottle {
  const counts = limiter(redisURL)
  return {
    async attempt(client) {
      try {
        await counts.consume(client)
        return 0
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
        throw rejection
      }
    },
  }
}

let shared: SuggestionThrottle | undefined
/** The process's throttle, created on first use (REDIS_URL is read at run time). */
export function suggestionThrottle(): SuggestionThrottle {
  shared ??= createSuggestionThrottle()
  return shared
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (which the
 * front engine, or Next itself, appends; earlier entries are the client's to write), else X-Real-IP,
 * else one key for every direct client.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last || headers.get('x-real-ip')?.trim() || 'direct'
}
