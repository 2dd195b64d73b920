import type { Payload, RequestContext } from 'payload'

import { siteURL } from './env'

/** Waits between attempts while the site does not answer: 1 s, 4 s, then doubling up to a minute. */
const BACKOFF_MS = [1_000, 4_000, 8_000, 16_000, 32_000, 60_000]
const REQUEST_TIMEOUT_MS = 5_000
/** The site's /api/revalidate accepts at most this many tags per call. */
const TAGS_PER_CALL = 100
/**
 * Tags kept while the site is away. Past this the oldest are dropped (and logged): the site's
 * bounded staleness window still refreshes those pages, only later.
 */
export const MAX_PENDING_TAGS = 1_000

export interface RevalidateArgs {
  payload: Payload
  context: RequestContext
  tags: string[]
}

/**
 * Tags waiting for one site URL, merged. Each maps to the sequence number of its latest request, so
 * a tag asked for again while a call carrying it is in flight is sent again; a Map keeps insertion
 * order, so "oldest" is well defined. In memory only: a restart loses them, which the staleness
 * window covers.
 */
interface Queue {
  url: string
  secret: string
  payload: Payload
  pending: Map<string, number>
  inFlight: boolean
  failures: number
  timer: NodeJS.Timeout | null
}

const queues = new Map<string, Queue>()
let sequence = 0

/**
 * Tells the site to drop its cached pages for `tags`
 * (POST `${SITE_URL}/api/revalidate`). Fire-and-forget: returns at once, never
 * throws; a publish must never wait on, or fail because of, the site. Tags the
 * site did not take stay queued (merged with later ones, bounded) and are
 * retried with backoff until it answers.
 */
export function revalidateSite({ payload, context, tags }: RevalidateArgs): void {
  if (context.disableRevalidate) return
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) return
  const unique = [...new Set(tags.filter(Boolean))]
  if (unique.length === 0) return

  const url = `${siteURL()}/api/revalidate`
  let queue = queues.get(url)
  if (!queue) {
    queue = { url, secret, payload, pending: new Map(), inFlight: false, failures: 0, timer: null }
    queues.set(url, queue)
  }
  queue.secret = secret
  queue.payload = payload
  for (const tag of unique) {
    // Re-adding moves a tag to the newest end, so a bound drops the tags nobody touched lately.
    queue.pending.delete(tag)
    queue.pending.set(tag, ++sequence)
  }
  trim(queue)
  // Fresh work is tried at once, even while a retry is scheduled: the site may be back.
  if (queue.timer) {
    clearTimeout(queue.timer)
    queue.timer = null
  }
  if (!queue.inFlight) void drain(queue)
}

/** Tags still waiting for the site at `siteBase` (default: SITE_URL). For operators and tests. */
export function pendingRevalidation(siteBase: string = siteURL()): string[] {
  return [...(queues.get(`${siteBase}/api/revalidate`)?.pending.keys() ?? [])]
}

function trim(queue: Queue): void {
  const excess = queue.pending.size - MAX_PENDING_TAGS
  if (excess <= 0) return
  const dropped = [...queue.pending.keys()].slice(0, excess)
  for (const tag of dropped) queue.pending.delete(tag)
  queue.payload.logger.error(
    `Site revalidation queue full: dropped ${dropped.length} tags (${dropped.slice(0, 5).join(', ')}…); ` +
      'those pages refresh when their staleness window ends.',
  )
}

/** Sends pending tags in batches until none are left, or schedules a retry on failure. */
async function drain(queue: Queue): Promise<void> {
  queue.inFlight = true
  try {
    while (queue.pending.size > 0) {
      const batch = [...queue.pending].slice(0, TAGS_PER_CALL)
      const tags = batch.map(([tag]) => tag)
      const failure = await post(queue, tags)
      if (failure) {
        scheduleRetry(queue, tags, failure)
        return
      }
      // A tag asked for again during the call may describe a later change: it stays for the next one.
      for (const [tag, seq] of batch) if (queue.pending.get(tag) === seq) queue.pending.delete(tag)
      if (queue.failures > 0) queue.payload.logger.info(`Site reachable again after ${queue.failures} failed attempts.`)
      queue.failures = 0
      queue.payload.logger.info(`Site revalidated: ${listTags(tags)}`)
    }
  } finally {
    queue.inFlight = false
  }
}

/** POSTs one batch; returns why it failed, or null on success. */
async function post(queue: Queue, tags: string[]): Promise<string | null> {
  try {
    const response = await fetch(queue.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${queue.secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    // Drain the body so the connection is released.
    await response.arrayBuffer().catch(() => undefined)
    return response.ok ? null : `HTTP ${response.status}`
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
    return `${error instanceof Error ? error.message : String(error)}${cause}`
  }
}

function scheduleRetry(queue: Queue, batch: string[], reason: string): void {
  const delay = BACKOFF_MS[Math.min(queue.failures, BACKOFF_MS.length - 1)] ?? 60_000
  queue.failures += 1
  const message =
    `Site revalidation failed at ${queue.url} (${reason}) for ${listTags(batch)}; ` +
    `${queue.pending.size} tags queued, attempt ${queue.failures}, retrying in ${delay} ms`
  if (queue.failures === 1) queue.payload.logger.error(message)
  else queue.payload.logger.warn(message)
  if (queue.timer) clearTimeout(queue.timer)
  queue.timer = setTimeout(() => {
    queue.timer = null
    if (!queue.inFlight) void drain(queue)
  }, delay)
  // A pending refresh must not keep a script (the seed, a test run) alive.
  queue.timer.unref()
}

/** A log-sized list: a bulk import can queue hundreds of tags. */
function listTags(tags: readonly string[], shown = 8): string {
  const head = tags.slice(0, shown).join(', ')
  return tags.length > shown ? `${head} and ${tags.length - shown} more` : head
}
