/**
 * Whether the shared cache (Redis, `REDIS_URL`: cache-handler.mjs) is known to be unreachable now.
 * A refresh then drops what this instance holds and purges Varnish, but cannot drop the entries every
 * instance reads from Redis: if that Redis comes back with its data (a network cut, not a restart)
 * they would be served until they expire. The refresh route then answers 503, and the CMS sends the
 * same refresh again (its outbox retries) until Redis takes it.
 *
 * The Redis client is the one cache-handler.mjs keeps on `globalThis` (the handler runs in this
 * process); before the handler's first use there is none, and nothing is known to be down.
 */
export function sharedCacheUnreachable(): boolean {
  if (!process.env.REDIS_URL) return false
  const client = (globalThis as { __versusRedis?: { isReady?: boolean } }).__versusRedis
  return client !== undefined && client.isReady === false
}
