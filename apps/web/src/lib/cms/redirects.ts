/**
 * Old URLs of renamed standards and articles, and the other order of a pair. A slug change records
 * the old slug in `previousSlugs` (CMS); the proxy answers the old URL with one 308 to the current
 * one. A pair is addressed in the order its editor chose (a reviewed pair) or in canonical order
 * (a generated one); the other order answers 308 to it. Answered in the proxy rather than the page: an ISR page that
 * calls permanentRedirect() on a cache miss makes Next 16.4 send the Location
 * header twice.
 */
import { articlePath, comparisonPath, pairOrders, parsePair, parseSelection, standardPath } from '@versus/engine'
import type { PairOrders } from '@versus/engine'
import { TAGS, idKey } from '@versus/content'
import { CMS_TIMEOUT_MS, cmsUrl } from './config'
import { reportCmsResult } from '@/lib/cms-health'
import { parseList } from './raw'
import { REQUESTS_ALIASES } from './requests'
import { z } from 'zod'

/** Current slugs, and each earlier slug → the current slug of the document that had it. */
export interface Aliases {
  current: ReadonlySet<string>
  previous: ReadonlyMap<string, string>
}

export interface AliasIndex {
  standards: Aliases
  articles: Aliases
  /** The order each published comparison is shown in, by current standard slugs (absent: canonical). */
  pairs?: PairOrders
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

const RelationSchema = z.union([z.string(), z.number(), z.object({ id: z.union([z.string(), z.number()]) })]).nullish().catch(null)
const IdDocSchema = z.object({ id: z.union([z.string(), z.number()]), slug: z.string().min(1) })
const PairDocSchema = z.object({ standardA: RelationSchema, standardB: RelationSchema })

/**
 * Pure: the order each published comparison is shown in (standardA first), by the slugs of the
 * published standards list; a comparison naming a standard not in it is left out (its page is a 404).
 */
export function buildPairOrders(standardsBody: unknown, comparisonsBody: unknown): PairOrders {
  const slugs = new Map((parseList(IdDocSchema, standardsBody)?.docs ?? []).map((doc) => [idKey(doc.id), doc.slug]))
  const slugOf = (value: z.infer<typeof RelationSchema>) =>
    value === null || value === undefined ? undefined : slugs.get(idKey(typeof value === 'object' ? value.id : value))
  return pairOrders(
    (parseList(PairDocSchema, comparisonsBody)?.docs ?? []).map((doc) => {
      const a = slugOf(doc.standardA)
      const b = slugOf(doc.standardB)
      return a && b ? ([a, b] as const) : null
    }),
  )
}

const follow = (aliases: Aliases, slug: string) => (aliases.current.has(slug) ? slug : (aliases.previous.get(slug) ?? slug))

/**
 * Pure: where a (decoded) path should permanently redirect, or null. A pair
 * naming an earlier slug goes to the pair of current slugs; a pair in the other
 * order than it is shown in (its editor's for a reviewed pair, `index.pairs`,
 * else canonical) goes to that order; a matrix of three or four standards goes
 * to its canonical order. Unknown slugs are left to the page (404).
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
  if (!parsed) return matrixRedirect(pathname, slug, index)
  const [x, y] = index ? parsed.standards.map((s) => follow(index.standards, s)) : parsed.standards
  if (!x || !y || x === y) return null
  const target = comparisonPath(x, y, index?.pairs)
  return target === pathname ? null : target
}

/**
 * A matrix (three or four standards) in another order, or naming an earlier
 * slug, goes to the canonical matrix of current slugs. Two names that lead to
 * the same standard are left to the page (404), as for a self-pair.
 */
function matrixRedirect(pathname: string, slug: string, index: AliasIndex | null): string | null {
  const parsed = parseSelection(slug)
  if (!parsed || parsed.standards.length < 3) return null
  const current = index ? parsed.standards.map((s) => follow(index.standards, s)) : parsed.standards
  const target = parseSelection(current.join('-vs-'))
  if (!target) return null
  return target.canonical.path === pathname ? null : target.canonical.path
}

/** A requirement's segment as requirementSegment (@versus/content) writes it. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** An edition diff, `<from edition id>--<to edition id>`. */
const EDITION_DIFF = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SEGMENT = 200

const knows = (aliases: Aliases, slug: string) => aliases.current.has(slug) || aliases.previous.has(slug)

/** Whether a pair or matrix slug names a standard the index does not know (or is no selection at all, when `strict`). */
function unknownSelection(index: AliasIndex, slug: string): boolean {
  const standards = parseSelection(slug)?.standards
  return standards ? standards.some((s) => !knows(index.standards, s)) : true
}

/**
 * Pure: whether a (decoded) path names a standard or an article the index does not know, by its
 * current slug or an earlier one (a pair or matrix: any one of its standards). Such a page can only
 * be a 404, and the proxy sends it to the site's prerendered not-found page: the page's own
 * notFound() on a slug never rendered streams Next's empty error shell, which needs JavaScript to
 * show anything (vercel/next.js#95613). False without an index: the page then decides.
 *
 * The generated addresses below a standard or a pair count too: a pair's image and checklist, a
 * requirement page, an edition diff, the partner API and the crosswalk API. Each of those is cached
 * by Next on first request whatever it answers (a route handler's 404 is filed like a 200), so an
 * address that names nothing we publish must never reach it, or every junk URL would add an entry
 * to the cache. A requirement segment or an edition diff that could not be written by the site
 * (wrong shape, too long) names nothing either.
 */
export function namesUnknownSlug(pathname: string, index: AliasIndex | null): boolean {
  if (!index) return false
  const [empty, section, slug, rest, last, ...beyond] = pathname.split('/')
  if (empty !== '' || !section || !slug || beyond.length > 0) return false
  if (section === 'api') {
    if (slug === 'compare' && rest && last === undefined) return unknownSelection(index, rest)
    if (slug === 'crosswalk' && rest && last) return !knows(index.standards, rest) || !knows(index.standards, last)
    return false
  }
  if (section === 'articles') return rest === undefined && !knows(index.articles, slug)
  if (section === 'standards') {
    if (rest === undefined) return !knows(index.standards, slug)
    if (!last || (rest !== 'requirements' && rest !== 'editions')) return false
    if (!knows(index.standards, slug)) return true
    return last.length > MAX_SEGMENT || !(rest === 'requirements' ? SEGMENT : EDITION_DIFF).test(last)
  }
  if (section !== 'compare') return false
  // /compare/go is the picker's own route; anything else that is no pair or matrix names nothing.
  if (rest === undefined) return slug !== 'go' && unknownSelection(index, slug)
  if (last === undefined && rest.startsWith('opengraph-image')) return unknownSelection(index, slug)
  if (rest === 'checklist' && last) {
    const pair = parsePair(slug)
    if (!pair || pair.standards.some((s) => !knows(index.standards, s))) return true
    const to = last.endsWith('.csv') ? last.slice(0, -'.csv'.length) : ''
    return !pair.standards.includes(to)
  }
  return false
}

async function fetchList(path: string): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(`${cmsUrl()}${path}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
  } catch (error) {
    reportCmsResult(false)
    throw error
  }
  if (response.status >= 500) reportCmsResult(false)
  if (!response.ok) throw new Error(`CMS answered ${response.status} for ${path}`)
  return response.json()
}

/**
 * The proxy runs before every page request and Next's data cache does not apply there, so the alias
 * index lives in memory: served as it is while one background refresh runs, refreshed at most every
 * ALIAS_TTL_MS, and at once when the site is told a standard, an article or a comparison changed
 * (`refreshAliasIndex`, called by the revalidate route). Only the very first load of a server's
 * life is waited for (at most ALIAS_FIRST_LOAD_TIMEOUT_MS): after any answer, or any failure, no
 * request waits on the CMS here. The memo lives on `globalThis` so the proxy's bundle and the
 * route handlers' bundle in one server share it.
 */
const ALIAS_TTL_MS = 5_000
const ALIAS_FIRST_LOAD_TIMEOUT_MS = 2_000

interface AliasMemo {
  index: AliasIndex | null
  fetchedAt: number
  attempted: boolean
  refreshing: Promise<void> | null
  /** A load asked for while another ran: it starts once that one ends. */
  queued: Promise<void> | null
}
const MEMO_KEY = Symbol.for('versus.alias-index')
const store = globalThis as typeof globalThis & { [MEMO_KEY]?: AliasMemo }
function memo(): AliasMemo {
  store[MEMO_KEY] ??= { index: null, fetchedAt: 0, attempted: false, refreshing: null, queued: null }
  return store[MEMO_KEY]
}

async function loadAliases(): Promise<void> {
  const m = memo()
  try {
    const [standards, articles, comparisons] = await Promise.all([
      fetchList(REQUESTS_ALIASES.standards),
      fetchList(REQUESTS_ALIASES.articles),
      fetchList(REQUESTS_ALIASES.comparisons),
    ])
    m.index = {
      standards: buildAliases(standards),
      articles: buildAliases(articles),
      pairs: buildPairOrders(standards, comparisons),
    }
  } catch (error) {
    console.warn(`[cms] redirects of renamed pages and pair orders unavailable: ${error instanceof Error ? error.message : error}`)
  } finally {
    // A failure also waits out the window, so a down CMS is asked once per window, not per request.
    m.fetchedAt = Date.now()
    m.attempted = true
    m.refreshing = null
  }
}

/**
 * Reloads the index now; the revalidate route awaits it. A load already under way may have read
 * the CMS before the change that asks for this one, so it is not joined: a new load starts when it
 * ends (one, however many ask meanwhile).
 */
export function refreshAliasIndex(): Promise<void> {
  const m = memo()
  if (!m.refreshing) {
    m.refreshing = loadAliases()
    return m.refreshing
  }
  m.queued ??= m.refreshing.then(() => {
    m.queued = null
    return refreshAliasIndex()
  })
  return m.queued
}

/**
 * The tags whose change can move a redirect or a 404: a slug or an earlier slug, a pair's order, a
 * document published or withdrawn (the CMS sends the index tags exactly then; revalidate-hooks.ts),
 * and the whole-collection tags. A change the index cannot see (a tagline) leaves it as it is, so
 * that publish does not wait for three list reads.
 */
const ALIAS_TAGS: ReadonlySet<string> = new Set([
  TAGS.standardsIndex,
  TAGS.articlesIndex,
  TAGS.comparisonsIndex,
  TAGS.standards,
  TAGS.articles,
  TAGS.comparisons,
])

export const changesAliases = (tags: readonly string[]): boolean => tags.some((tag) => ALIAS_TAGS.has(tag))

/** Null when the CMS has not answered yet: the request then goes on to the page. */
export async function getAliasIndex(): Promise<AliasIndex | null> {
  const m = memo()
  if (Date.now() - m.fetchedAt >= ALIAS_TTL_MS && !m.refreshing) void refreshAliasIndex()
  if (m.attempted || !m.refreshing) return m.index
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, ALIAS_FIRST_LOAD_TIMEOUT_MS).unref?.())
  await Promise.race([m.refreshing, timeout])
  return m.index
}
