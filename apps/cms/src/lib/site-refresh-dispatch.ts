import { commitTransaction, createLocalReq, killTransaction } from 'payload'
import type { Payload, PayloadRequest, Where } from 'payload'

import { SITE_REFRESH_OUTBOX } from '../collections/SiteRefreshOutbox'
import { openTransaction } from '../db/commit-hooks'
import { siteURL } from './env'

/** Waits after each failed attempt of a row: 1 s, 4 s, then doubling up to a minute. */
export const BACKOFF_MS = [1_000, 4_000, 8_000, 16_000, 32_000, 60_000]
const REQUEST_TIMEOUT_MS = 5_000
/** The site's /api/revalidate accepts at most this many tags per call. */
const TAGS_PER_CALL = 100
/** Rows merged into one round of calls. */
const ROWS_PER_ROUND = 200
/**
 * Rows kept while the site is away. Past this the oldest are dropped (and logged): the site's
 * bounded staleness window still refreshes those pages, only later.
 */
export const MAX_PENDING_ROWS = 1_000

interface OutboxRow {
  id: number | string
  tags: unknown
  attempts?: number | null
  nextAttemptAt?: string | null
}

const tagsOf = (row: OutboxRow): string[] => (Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [])

export const backoffAfter = (attempts: number): number => BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1] ?? 60_000

/** POSTs one batch; returns why it failed, or null on success. */
async function post(url: string, secret: string, tags: string[]): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
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

/** A log-sized list: a bulk import can queue hundreds of tags. */
function listTags(tags: readonly string[], shown = 8): string {
  const head = tags.slice(0, shown).join(', ')
  return tags.length > shown ? `${head} and ${tags.length - shown} more` : head
}

/**
 * Sends the outbox to the site: every due row, merged, in calls of at most 100 tags; deletes the
 * rows the site took; on failure pushes them back by their backoff and tries again then. One round
 * at a time per Payload; a kick during a round runs another one right after it.
 */
export class SiteRefreshDispatcher {
  private running: Promise<void> | null = null
  private again = false
  /** Kicks waiting for the next round to send what they were about. */
  private waiting: Array<() => void> = []
  /** Kicks the current round answers, once its calls to the site have ended. */
  private answering: Array<() => void> = []
  private timer: NodeJS.Timeout | null = null
  private failures = 0

  constructor(private readonly payload: Payload) {}

  /**
   * Something new is due (a commit, the CMS starting): send it now. The promise settles once the
   * round that carries it has called the site, whether the site took it or not (the outbox's own
   * bookkeeping follows); it never rejects.
   */
  kick(): Promise<void> {
    const answered = new Promise<void>((resolve) => this.waiting.push(resolve))
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    if (this.running) this.again = true
    else this.running = this.drain()
    return answered
  }

  private answer(): void {
    const waiters = this.answering
    this.answering = []
    for (const resolve of waiters) resolve()
  }

  async pendingTags(): Promise<string[]> {
    const rows = await this.rows({}, MAX_PENDING_ROWS)
    return [...new Set(rows.flatMap(tagsOf))]
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false
        this.answering.push(...this.waiting)
        this.waiting = []
        await this.round()
        this.answer()
      } while (this.again)
    } catch (error) {
      this.payload.logger.error({ err: error, msg: 'Site refresh: could not read or update the outbox; retrying in a minute.' })
      this.schedule(60_000)
    } finally {
      this.answering.push(...this.waiting)
      this.waiting = []
      this.answer()
      this.running = null
    }
  }

  private async rows(where: Where, limit: number): Promise<OutboxRow[]> {
    const { docs } = await this.payload.db.find<OutboxRow>({
      collection: SITE_REFRESH_OUTBOX,
      where,
      sort: 'createdAt',
      limit,
      pagination: false,
    })
    return docs
  }

  private async round(): Promise<void> {
    const secret = process.env.REVALIDATE_SECRET
    if (!secret) return
    const now = new Date()
    const due = await this.rows({ nextAttemptAt: { less_than_equal: now.toISOString() } }, ROWS_PER_ROUND)
    if (due.length > 0) {
      const url = `${siteURL()}/api/revalidate`
      const tags = [...new Set(due.flatMap(tagsOf))]
      let failure: string | null = null
      for (let start = 0; start < tags.length && !failure; start += TAGS_PER_CALL) {
        failure = await post(url, secret, tags.slice(start, start + TAGS_PER_CALL))
      }
      this.answer()
      if (failure) await this.postpone(due, url, tags, failure)
      else {
        await this.write((req) =>
          this.payload.db.deleteMany({ collection: SITE_REFRESH_OUTBOX, where: { id: { in: due.map((row) => row.id) } }, req }),
        )
        if (this.failures > 0) this.payload.logger.info(`Site reachable again after ${this.failures} failed attempts.`)
        this.failures = 0
        this.payload.logger.info(`Site revalidated: ${listTags(tags)}`)
        if (due.length === ROWS_PER_ROUND) this.again = true
      }
    }
    if (!this.again) await this.scheduleNext()
  }

  /** Every row of a failed round waits for its own next attempt; the oldest go past the bound. */
  private async postpone(rows: OutboxRow[], url: string, tags: string[], reason: string): Promise<void> {
    this.failures += 1
    const now = Date.now()
    await this.write(async (req) => {
      for (const row of rows) {
        const attempts = (row.attempts ?? 0) + 1
        await this.payload.db.updateOne({
          collection: SITE_REFRESH_OUTBOX,
          id: row.id,
          data: { attempts, nextAttemptAt: new Date(now + backoffAfter(attempts)).toISOString(), lastError: reason.slice(0, 500) },
          req,
          returning: false,
        })
      }
    })
    const message =
      `Site revalidation failed at ${url} (${reason}) for ${listTags(tags)}; ` +
      `attempt ${this.failures}, retrying in ${backoffAfter((rows[0]?.attempts ?? 0) + 1)} ms`
    if (this.failures === 1) this.payload.logger.error(message)
    else this.payload.logger.warn(message)
    await this.dropOverflow()
  }

  private async dropOverflow(): Promise<void> {
    const { totalDocs } = await this.payload.db.count({ collection: SITE_REFRESH_OUTBOX, where: {} })
    const excess = totalDocs - MAX_PENDING_ROWS
    if (excess <= 0) return
    const oldest = await this.rows({}, excess)
    await this.write((req) =>
      this.payload.db.deleteMany({ collection: SITE_REFRESH_OUTBOX, where: { id: { in: oldest.map((row) => row.id) } }, req }),
    )
    this.payload.logger.error(
      `Site refresh outbox full: dropped ${oldest.length} rows (${listTags(oldest.flatMap(tagsOf), 5)}); ` +
        'those pages refresh when their staleness window ends.',
    )
  }

  /** Writes in a transaction of their own, so they take their turn with the requests' (db/commit-hooks.ts). */
  private async write(work: (req: PayloadRequest) => Promise<unknown>): Promise<void> {
    const req = await createLocalReq({}, this.payload)
    const id = await openTransaction(this.payload)
    if (id !== null) req.transactionID = id
    try {
      await work(req)
      if (id !== null) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  private async scheduleNext(): Promise<void> {
    const [next] = await this.payload.db.find<OutboxRow>({
      collection: SITE_REFRESH_OUTBOX,
      where: {},
      sort: 'nextAttemptAt',
      limit: 1,
      pagination: false,
    }).then((result) => result.docs)
    if (!next?.nextAttemptAt) return
    this.schedule(Math.max(0, new Date(next.nextAttemptAt).getTime() - Date.now()))
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.kick()
    }, delayMs)
    // A pending refresh must not keep a script (the seed, a test run) alive.
    this.timer.unref()
  }

  /** Stops the retry timer (Payload shutting down). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}

const dispatchers = new WeakMap<Payload, SiteRefreshDispatcher>()

export function dispatcherFor(payload: Payload): SiteRefreshDispatcher {
  let dispatcher = dispatchers.get(payload)
  if (!dispatcher) {
    dispatcher = new SiteRefreshDispatcher(payload)
    dispatchers.set(payload, dispatcher)
  }
  return dispatcher
}

/** `onInit`: rows a previous run left (the site was down, the CMS stopped) are sent now. */
export function resumeSiteRefresh(payload: Payload): void {
  if (process.env.REVALIDATE_SECRET) void dispatcherFor(payload).kick()
}
