/**
 * Purging the front cache (Varnish, docs/deploy.md "Production topology") by surrogate key after a
 * refresh. Off unless VARNISH_URL is set. The keys are the tags the CMS sent (surrogate-keys.ts
 * puts the same names on the pages), except a pair's own document: `comparison:<id>:<id>` becomes
 * `pair:<canonical slug>`, the key its page carries.
 */
import { TAGS, idKey } from '@versus/content'
import { pairSlug } from '@versus/engine'
import { load, parseDocs } from '@/lib/cms/load'
import { RawStandardIndexSchema } from '@/lib/cms/raw'
import { REQUESTS } from '@/lib/cms/requests'
import { pairKey } from './surrogate-keys'

const PURGE_TIMEOUT_MS = 2_000
/**
 * A page the front fetched from a site instance while the refresh was still under way (a render
 * that began before it, or a read of the shared cache just before the tag was dropped) may land in
 * the front after the first purge; a second purge this much later removes it.
 */
export const REPURGE_AFTER_MS = 1_000

export interface FrontConfig {
  url: string
  secret: string
}

/** The front to purge, or null when there is none (VARNISH_URL unset). */
export function frontConfig(env: NodeJS.ProcessEnv = process.env): FrontConfig | null {
  const url = env.VARNISH_URL?.trim()
  if (!url) return null
  const secret = env.VARNISH_PURGE_SECRET || env.REVALIDATE_SECRET || ''
  return { url: url.replace(/\/+$/, ''), secret }
}

/** Pair key ("3:7") → the two standards' slugs, from the published standards index; null if unknown. */
export type PairResolver = (pairKey: string) => Promise<[string, string] | null>

export const resolvePairFromIndex: PairResolver = async (key) => {
  const docs = parseDocs('standards', RawStandardIndexSchema, await load(REQUESTS.standardsIndex))
  const slugById = new Map(docs.map((doc) => [idKey(doc.id), doc.slug]))
  const [a, b, ...rest] = key.split(':').map((id) => slugById.get(id))
  return a && b && rest.length === 0 ? [a, b] : null
}

/**
 * The front's keys for the tags the CMS sent. A pair that cannot be resolved (an unknown id, the
 * CMS unreachable) purges every page that reads comparisons: more than needed, never less.
 */
export async function frontKeysFor(tags: string[], resolvePair: PairResolver): Promise<string[]> {
  const keys = new Set<string>()
  for (const tag of tags) {
    const pair = /^comparison:(.+)$/.exec(tag)
    if (!pair?.[1]) {
      keys.add(tag)
      continue
    }
    const slugs = await resolvePair(pair[1]).catch(() => null)
    keys.add(slugs ? pairKey(pairSlug(slugs[0], slugs[1])) : TAGS.comparisons)
  }
  return [...keys]
}

/** One xkey purge at the front; resolves with the number of objects it dropped, or throws. */
export async function purgeFront(config: FrontConfig, keys: string[], fetcher: typeof fetch = fetch): Promise<number> {
  const response = await fetcher(`${config.url}/`, {
    method: 'PURGE',
    headers: { xkey: keys.join(' '), 'x-purge-secret': config.secret },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`front purge answered ${response.status}: ${text.slice(0, 200)}`)
  return Number(response.headers.get('x-purged') ?? 0)
}

/** One purge; a failure is logged, never thrown (the page then lives out its TTL at the front). */
export async function purgeFrontLogged(config: FrontConfig, keys: string[], fetcher: typeof fetch = fetch): Promise<void> {
  try {
    await purgeFront(config, keys, fetcher)
  } catch (error) {
    console.error(`[front] purge of ${keys.join(' ')} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The second purge, REPURGE_AFTER_MS after the first (see there). */
export async function repurgeFrontLater(config: FrontConfig, keys: string[], fetcher: typeof fetch = fetch, delay = REPURGE_AFTER_MS): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delay))
  await purgeFrontLogged(config, keys, fetcher)
}
