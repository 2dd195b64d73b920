/**
 * Old URLs of renamed standards and articles. A slug change records the old
 * slug in `previousSlugs` (CMS); the proxy answers the old URL with one 308 to
 * the current one. Answered in the proxy rather than the page: an ISR page that
 * calls permanentRedirect() on a cache miss makes Next 16.4 send the Location
 * header twice.
 */
import { unstable_cache } from 'next/cache'
import { articlePath, comparisonPath, parsePair, standardPath } from '@versus/engine'
import { CMS_TIMEOUT_MS, REVALIDATE_SECONDS, cmsUrl } from './config'
import { parseList } from './raw'
import { REQUESTS_ALIASES } from './requests'
import { TAGS } from './tags'
import { z } from 'zod'

/** Current slugs, and each earlier slug → the current slug of the document that had it. */
export interface Aliases {
  current: ReadonlySet<string>
  previous: ReadonlyMap<string, string>
}

export interface AliasIndex {
  standards: Aliases
  articles: Aliases
}

const AliasDocSchema = z.object({
  slug: z.string().min(1),
  previousSlugs: z
    .array(z.object({ slug: z.string().min(1) }).nullish().catch(null))
    .nullish()
    .catch(null),
  updatedAt: z.string().nullish().catch(null),
})

/**
 * Pure. A current slug always wins over an earlier slug of another document
 * (the CMS lets a new document take a slug another one left). When several
 * documents left the same slug, the most recently updated one gets it.
 */
export function buildAliases(body: unknown): Aliases {
  const docs = parseList(AliasDocSchema, body)?.docs ?? []
  const current = new Set(docs.map((doc) => doc.slug))
  const previous = new Map<string, string>()
  const newestFirst = [...docs].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.slug.localeCompare(b.slug))
  for (const doc of newestFirst) {
    for (const row of doc.previousSlugs ?? []) {
      if (row && !current.has(row.slug) && !previous.has(row.slug)) previous.set(row.slug, doc.slug)
    }
  }
  return { current, previous }
}

const follow = (aliases: Aliases, slug: string) => (aliases.current.has(slug) ? slug : (aliases.previous.get(slug) ?? slug))

/**
 * Pure: where a (decoded) path should permanently redirect, or null. A pair
 * naming an earlier slug goes to the pair of current slugs, in canonical order;
 * a pair in the non-canonical order goes to the canonical one (no lookup
 * needed). Unknown slugs are left to the page (404).
 */
export function redirectFor(pathname: string, index: AliasIndex | null): string | null {
  const match = /^\/(standards|articles|compare)\/([^/]+)$/.exec(pathname)
  if (!match?.[2]) return null
  const [, section, slug] = match
  if (section === 'standards' || section === 'articles') {
    const aliases = index?.[section]
    const target = aliases && !aliases.current.has(slug) ? aliases.previous.get(slug) : undefined
    if (!target) return null
    return section === 'standards' ? standardPath(target) : articlePath(target)
  }
  const parsed = parsePair(slug)
  if (!parsed) return null
  const [x, y] = index ? parsed.standards.map((s) => follow(index.standards, s)) : parsed.standards
  if (!x || !y || x === y) return null
  const target = comparisonPath(x, y)
  return target === pathname ? null : target
}

async function fetchAliases(path: string): Promise<Aliases> {
  const response = await fetch(`${cmsUrl()}${path}`, {
    headers: { accept: 'application/json' },
    cache: 'no-store',
    signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`CMS answered ${response.status} for ${path}`)
  return buildAliases(await response.json())
}

/**
 * The alias index, in Next's data cache under the same tags as the indexes
 * whose fields it reads, so a rename refreshes it with them (and the
 * staleness window bounds it otherwise). Maps are not JSON: cached as lists.
 */
const cachedAliases = unstable_cache(
  async () => {
    const [standards, articles] = await Promise.all([
      fetchAliases(REQUESTS_ALIASES.standards),
      fetchAliases(REQUESTS_ALIASES.articles),
    ])
    const plain = (a: Aliases) => ({ current: [...a.current], previous: [...a.previous] })
    return { standards: plain(standards), articles: plain(articles) }
  },
  ['versus-aliases-v1'],
  { tags: [TAGS.standardsIndex, TAGS.articlesIndex, TAGS.standards, TAGS.articles], revalidate: REVALIDATE_SECONDS },
)

/** Null when the CMS cannot be asked: the request then goes on to the page. */
export async function getAliasIndex(): Promise<AliasIndex | null> {
  try {
    const cached = await cachedAliases()
    const revive = (a: { current: string[]; previous: [string, string][] }): Aliases => ({
      current: new Set(a.current),
      previous: new Map(a.previous),
    })
    return { standards: revive(cached.standards), articles: revive(cached.articles) }
  } catch (error) {
    console.warn(`[cms] redirects of renamed pages unavailable: ${error instanceof Error ? error.message : error}`)
    return null
  }
}
