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
 * Tells the site to drop its cached pages for `tags` (POST `${SITE_URL}/api/revalidate`), through
 * the outbox (collections/SiteRefreshOutbox): the tags are written as a row beside the change, and
 * the dispatcher (lib/site-refresh-dispatch.ts) sends them after the commit, retries with backoff
 * until the site takes them, then deletes the row. Never waits for the site: a publish must not be
 * slowed, or failed, by it.
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
  if (req) await afterCommit(req, () => dispatcher.kick())
  else dispatcher.kick()
}

/** Tags still waiting for the site, oldest first (for operators, the import command and tests). */
export async function pendingRevalidation(payload: Payload): Promise<string[]> {
  return dispatcherFor(payload).pendingTags()
}
