// Next's shared cache on Redis (docs/deploy.md, "Production topology"): every site instance reads
// and writes pages and CMS data here, so a `revalidateTag` on one instance reaches all of them.
// next.config.ts selects this file only when REDIS_URL is set. A maintained handler package does the
// work (@fortedigital/nextjs-cache-handler, `redis-strings`); this file only wires it up so that
// Redis failing never fails a page: while Redis is unreachable every cache call fails fast (no
// queueing, short timeouts), which Next treats as a miss, so pages are rendered from the CMS.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createClient } from '@redis/client'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

const REDIS_TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS || 500)

/** Entries of one build never meet another build's: the key prefix names the build. */
function keyPrefix() {
  if (process.env.REDIS_KEY_PREFIX) return process.env.REDIS_KEY_PREFIX
  let build = 'dev'
  try {
    build = readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // no build yet (next build itself): the prefix is not used then
  }
  return `versus:${build}:`
}

function connect() {
  let down = false
  const client = createClient({
    url: process.env.REDIS_URL,
    // Commands while disconnected fail at once instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: REDIS_TIMEOUT_MS,
      // Keep trying, at most once a second, for as long as the process lives.
      reconnectStrategy: (retries) => Math.min(100 * (retries + 1), 1_000),
    },
  })
  client.on('error', (error) => {
    if (!down) console.warn(`[cache] Redis unavailable, rendering without the shared cache: ${error.message}`)
    down = true
  })
  client.on('ready', () => {
    if (down) console.info('[cache] Redis is back')
    down = false
  })
  client.connect().catch(() => {
    // reported through 'error'; the client keeps reconnecting
  })
  return client
}

/**
 * The package files a page's cache tags (Next's `x-next-cache-tags` header) for App Router pages but
 * not for route handlers, whose entries then never answer to `revalidateTag`. The site's content
 * pages are route handlers (docs/deploy.md, "Light pages"), so their entries get the same tags here.
 */
export function withRouteTags(handler) {
  return {
    ...handler,
    async set(key, entry, ctx) {
      const headers = entry?.value?.kind === 'APP_ROUTE' ? entry.value.headers : null
      const header = headers?.['x-next-cache-tags']
      const tags = Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : []
      if (tags.length > 0 && (entry.tags ?? []).length === 0) entry = { ...entry, tags: Object.freeze(tags) }
      return handler.set(key, entry, ctx)
    },
  }
}

CacheHandler.onCreation(() => {
  // `next build` renders without a shared cache: Redis need not be reachable from the build.
  if (process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [] }
  globalThis.__versusRedis ??= connect()
  return {
    handlers: [withRouteTags(createRedisHandler({ client: globalThis.__versusRedis, keyPrefix: keyPrefix(), timeoutMs: REDIS_TIMEOUT_MS }))],
  }
})

export default CacheHandler
