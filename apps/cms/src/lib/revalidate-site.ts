import type { Payload, RequestContext } from 'payload'

import { siteURL } from './env'

const RETRY_DELAYS_MS = [1_000, 4_000]
const REQUEST_TIMEOUT_MS = 5_000

export interface RevalidateArgs {
  payload: Payload
  context: RequestContext
  tags: string[]
}

/**
 * Tells the site to drop its cached pages for `tags`
 * (POST `${SITE_URL}/api/revalidate`). Fire-and-forget: returns at once, never
 * throws, retries in the background and logs a failure; a publish must never
 * wait on, or fail because of, the site.
 */
export function revalidateSite({ payload, context, tags }: RevalidateArgs): void {
  if (context.disableRevalidate) return
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) return
  const base = siteURL()
  const unique = [...new Set(tags.filter(Boolean))]
  if (unique.length === 0) return

  void send({ payload, url: `${base}/api/revalidate`, secret, tags: unique })
}

async function send(args: { payload: Payload; url: string; secret: string; tags: string[] }): Promise<void> {
  const { payload, url, secret, tags } = args
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      if (response.ok) {
        payload.logger.info(`Site revalidated: ${tags.join(', ')}`)
        return
      }
      throw new Error(`HTTP ${response.status}`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const delay = RETRY_DELAYS_MS[attempt]
      if (delay === undefined) {
        payload.logger.error(`Site revalidation failed for ${tags.join(', ')} at ${url}: ${reason}`)
        return
      }
      payload.logger.warn(`Site revalidation attempt ${attempt + 1} failed (${reason}); retrying in ${delay} ms`)
      await new Promise((resolve) => setTimeout(resolve, delay).unref?.())
    }
  }
}
