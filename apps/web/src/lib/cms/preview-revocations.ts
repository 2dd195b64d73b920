/**
 * Preview sessions an editor has left through /api/exit-preview. The session cookie is signed and
 * stateless (draft-session.ts), so clearing it in the browser alone would leave a copy of it valid
 * until it expires; a session named here opens nothing, on any path, until that expiry (at most an
 * hour away), after which its entry is dropped.
 *
 * Kept in this process, shared by the proxy and the route handlers through `globalThis` (Next bundles
 * them apart, each with its own copy of this module), and, when REDIS_URL is set, in Redis as well
 * (`versus:preview-ended:<id>`, expiring with the session), so an exit on one site instance ends the
 * preview on every other. Only a valid session, signed with PREVIEW_SECRET, is ever recorded, so
 * nobody without a preview link can add entries. Redis unreachable: each instance still knows the
 * exits it served itself (logged once).
 *
 * No Next import, so the proxy can use it.
 */
import type { Redis } from 'ioredis'
import { type DraftSession, nowSeconds } from './draft-session'

const KEY_PREFIX = 'versus:preview-ended:'
const REDIS_TIMEOUT_MS = 250

interface Store {
  /** Session id → its expiry (seconds since the epoch). */
  ended: Map<string, number>
  redis: Promise<Redis | null> | null
  warned: boolean
}

const STORE = Symbol.for('versus.preview-revocations')

function store(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store }
  holder[STORE] ??= { ended: new Map(), redis: null, warned: false }
  return holder[STORE]
}

function warnOnce(error: unknown): void {
  const s = store()
  if (s.warned) return
  s.warned = true
  console.warn(`[preview] Redis unavailable for ended previews, this instance's own exits only: ${error instanceof Error ? error.message : String(error)}`)
}

/** The Redis client when REDIS_URL is set (created on first use), else null. */
function redis(): Promise<Redis | null> {
  const url = process.env.REDIS_URL
  if (!url) return Promise.resolve(null)
  const s = store()
  s.redis ??= import('ioredis').then(({ Redis }) => {
    const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: REDIS_TIMEOUT_MS })
    client.on('error', warnOnce)
    return client
  })
  return s.redis
}

function prune(now: number): void {
  for (const [id, exp] of store().ended) if (exp <= now) store().ended.delete(id)
}

/** Ends `session` everywhere until it would have expired. */
export async function endPreviewSession(session: DraftSession, now = nowSeconds()): Promise<void> {
  if (session.exp <= now) return
  prune(now)
  store().ended.set(session.jti, session.exp)
  try {
    await (await redis())?.set(`${KEY_PREFIX}${session.jti}`, '1', 'EXAT', session.exp)
  } catch (error) {
    warnOnce(error)
  }
}

/** Whether `session` was ended by an exit (here, or on another instance through Redis). */
export async function isPreviewEnded(session: DraftSession, now = nowSeconds()): Promise<boolean> {
  const local = store().ended.get(session.jti)
  if (local !== undefined && local > now) return true
  try {
    const client = await redis()
    return client ? (await client.exists(`${KEY_PREFIX}${session.jti}`)) === 1 : false
  } catch (error) {
    warnOnce(error)
    return false
  }
}
