import { createHash, timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { methodNotAllowed } from '@/lib/api-errors'
import { MAX_TAG_LENGTH, TAG_PATTERN } from '@/lib/cms'
import { changesAliases, refreshAliasIndex } from '@/lib/cms/redirects'
import { frontConfig, frontKeysFor, purgeFrontLogged, repurgeFrontLater, resolvePairFromIndex } from '@/lib/front/front-purge'
import { sharedCacheUnreachable } from '@/lib/shared-cache'

const BodySchema = z.object({
  tags: z
    .array(
      z
        .string()
        .min(1)
        .max(MAX_TAG_LENGTH)
        .regex(TAG_PATTERN, { message: 'unknown tag name' }),
    )
    .min(1)
    .max(100),
})

const NO_STORE = { 'Cache-Control': 'no-store' }

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } })
}

/** Constant-time check of "Bearer <secret>" (hashing makes both sides the same length). */
function isAuthorized(header: string | null, secret: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '')
  if (!match?.[1]) return false
  const given = createHash('sha256').update(match[1].trim()).digest()
  const expected = createHash('sha256').update(secret).digest()
  return timingSafeEqual(given, expected)
}

/**
 * The CMS calls this after every change to published content with the tags of
 * what changed (docs/content-model.md, "Site refresh"). `{ expire: 0 }` drops
 * the tagged data at once, so the very next request renders fresh content
 * rather than being served the stale page.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) return json({ error: 'revalidation not configured' }, 503)
  if (!isAuthorized(request.headers.get('authorization'), secret)) {
    return json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' })
  }

  let body: unknown
  try {
    body = await request.json()
  } catch {
    return json({ error: 'the body must be JSON: { "tags": ["…"] }' }, 400)
  }
  const parsed = BodySchema.safeParse(body)
  if (!parsed.success) return json({ error: z.prettifyError(parsed.error) }, 400)

  const tags = [...new Set(parsed.data.tags)]
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  // A standard or an article renamed, published or withdrawn, a comparison's order changed: the
  // proxy's redirects and 404s read slugs and pair orders from memory, reloaded here before the
  // answer (this server; other instances within the index's TTL).
  if (changesAliases(tags)) await refreshAliasIndex()
  // Behind Varnish (VARNISH_URL): drop the pages keyed by these tags there too, before answering,
  // so the CMS's save answers once visitors get the new page (docs/deploy.md, "Production
  // topology"); the second purge follows once the answer has left. With a shared cache handler
  // (REDIS_URL) the revalidation above already reached every site instance.
  const front = frontConfig()
  const keys = front ? await frontKeysFor(tags, resolvePairFromIndex) : null
  if (front && keys) {
    await purgeFrontLogged(front, keys)
    after(() => repurgeFrontLater(front, keys))
  }
  const done = keys ? { revalidated: tags, purging: keys } : { revalidated: tags }
  // Redis unreachable: the entries it holds for every instance were not dropped (lib/shared-cache.ts).
  // The CMS retries a refresh that fails, so it comes again once Redis is back.
  if (sharedCacheUnreachable()) {
    return json({ ...done, error: 'the shared cache (Redis) is unreachable: its entries were not dropped; send this refresh again' }, 503, {
      'Retry-After': '5',
    })
  }
  return json(done, 200)
}

export const GET = methodNotAllowed('POST')
