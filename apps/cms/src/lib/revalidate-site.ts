import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { SITE_REFRESH_OUTBOX } from '../collections/SiteRefreshOutbox'
import { afterCommit } from '../db/commit-hooks'
import { dispatcherFor } from './site-refresh-dispatch'

export interface RevalidateArgs {
  payload: Payload
  context: RequestContext
  tags: string[]
  /**
   * The request whose writes changed the content. The outbox row joins its transaction and is sent
   * once that commits; a save that fails or rolls back sends nothing. Without one (an import that
   * has already committed), the row is written and sent at once.
   */
  req?: PayloadRequest
}

/**
 * How long a save waits, after its commit, for the site to take its refresh before answering the
 * editor. Within it, a Publish that returns means the site already shows the change; past it (a
 * slow or dead site) the save answers anyway and the outbox keeps trying in the background.
 */
export const SITE_REFRESH_WAIT_MS = 1_000

/** The refresh each request's commit started, until the request awaits it (awaitSiteRefresh). */
const started = new WeakMap<PayloadRequest, Promise<void>>()

/**
 * Tells the site to drop its cached pages for `tags` (POST `${SITE_URL}/api/revalidate`), through
 * the outbox (collections/SiteRefreshOutbox): the tags are written as a row beside the change, and
 * the dispatcher (lib/site-refresh-dispatch.ts) sends them after the commit, retries with backoff
 * until the site takes them, then deletes the row. A failing site never fails a publish, and slows
 * it by at most SITE_REFRESH_WAIT_MS (awaitSiteRefresh).
 */
export async function revalidateSite({ payload, context, tags, req }: RevalidateArgs): Promise<void> {
  if (context.disableRevalidate) return
  if (!process.env.REVALIDATE_SECRET) return
  const unique = [...new Set(tags.filter(Boolean))]
  if (unique.length === 0) return
  await payload.db.create({
    collection: SITE_REFRESH_OUTBOX,
    data: { tags: unique, attempts: 0, nextAttemptAt: new Date().toISOString() },
    req,
    returning: false,
  })
  const dispatcher = dispatcherFor(payload)
  if (req) await afterCommit(req, () => started.set(req, dispatcher.kick()))
  else void dispatcher.kick()
}

/**
 * Waits, at most SITE_REFRESH_WAIT_MS, for the site refresh `req`'s commit started (none: returns
 * at once). Called by the write's last hook (hooks/writeInTransaction.ts) so the editor's save
 * answers once visitors can see the change.
 */
export async function awaitSiteRefresh(req: PayloadRequest, timeoutMs = SITE_REFRESH_WAIT_MS): Promise<void> {
  const refresh = started.get(req)
  if (!refresh) return
  started.delete(req)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
    timer.unref()
  })
  try {
    await Promise.race([refresh, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Tags still waiting for the site, oldest first (for operators, the import command and tests). */
export async function pendingRevalidation(payload: Payload): Promise<string[]> {
  return dispatcherFor(payload).pendingTags()
}
