/**
 * An in-memory stand-in for the CMS's REST API, for data-layer tests: it
 * answers the list queries the site makes (where-equals filters, select,
 * limit) from fixture documents, and records every request with the cache tags
 * the site attached to it.
 */
import { afterEach, vi } from 'vitest'
import type { CrosswalkBundle } from '@versus/content'

export interface RecordedRequest {
  path: string
  tags: string[]
}

export interface FakeCms {
  requests: RecordedRequest[]
  /** Every tag of every request so far. */
  tags(): Set<string>
  reset(): void
}

type Doc = Record<string, unknown>

const idOf = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : String(value ?? '')

/**
 * `GET /api/crosswalk-data?standards=a,b` as the contract says: the named standards' editions, every
 * non-draft set touching one of them, the editions those sets reference, their requirements, the
 * sets' rows. Draft sets too for a preview's request (`draft=true` with a draft-read token; the real
 * CMS checks the token's signature).
 */
function crosswalkAnswer(url: URL, bundle: CrosswalkBundle, drafts: boolean): Response {
  const named = new Set((url.searchParams.get('standards') ?? '').split(',').filter(Boolean))
  const own = new Set(bundle.editions.filter((e) => named.has(e.standard)).map((e) => e.id))
  const sets = bundle.sets.filter((s) => (drafts || s.status !== 'draft') && (own.has(s.sourceEdition) || own.has(s.targetEdition)))
  const editions = new Set([...own, ...sets.flatMap((s) => [s.sourceEdition, s.targetEdition])])
  const setIds = new Set(sets.map((s) => s.id))
  return Response.json({
    editions: bundle.editions.filter((e) => editions.has(e.id)),
    requirements: bundle.requirements.filter((r) => editions.has(r.edition)),
    sets,
    mappings: bundle.mappings.filter((m) => setIds.has(m.set)),
  })
}

function answer(url: URL, collections: Record<string, Doc[]>, globals: Record<string, Doc>, crosswalk?: CrosswalkBundle, drafts = false): Response {
  if (url.pathname === '/api/crosswalk-data' && crosswalk) return crosswalkAnswer(url, crosswalk, drafts)
  const global = /^\/api\/globals\/([^/]+)$/.exec(url.pathname)
  if (global?.[1]) return Response.json(globals[global[1]] ?? {})
  const list = /^\/api\/([^/]+)$/.exec(url.pathname)
  const docs = list?.[1] ? collections[list[1]] : undefined
  if (!docs) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

  let result = docs
  const fields: string[] = []
  for (const [key, value] of url.searchParams) {
    const where = /^where\[([^\]]+)\]\[equals\]$/.exec(key)
    if (where?.[1]) {
      const field = where[1]
      result = result.filter((doc) => idOf(doc[field]) === value)
    }
    const select = /^select\[([^\]]+)\]$/.exec(key)
    if (select?.[1] && value === 'true') fields.push(select[1])
  }
  const limit = Number(url.searchParams.get('limit') ?? '0')
  if (limit > 0) result = result.slice(0, limit)
  if (fields.length > 0) {
    result = result.map((doc) => Object.fromEntries(['id', ...fields].filter((f) => f in doc).map((f) => [f, doc[f]])))
  }
  return Response.json({ docs: result, totalDocs: result.length, hasNextPage: false, page: 1 })
}

/**
 * Replaces `fetch` for the current test file; restored after each test. Without a crosswalk
 * bundle the fake CMS answers `/api/crosswalk-data` 404, as a CMS without the endpoint does.
 */
export function installFakeCms(
  collections: Record<string, Doc[]>,
  globals: Record<string, Doc> = { site: { siteName: 'Versus' } },
  crosswalk?: CrosswalkBundle,
): FakeCms {
  process.env.CMS_URL = 'http://cms.test'
  process.env.SITE_URL = 'https://versus.example'
  const requests: RecordedRequest[] = []
  vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit & { next?: { tags?: string[] } }) => {
    const url = new URL(String(input))
    requests.push({ path: `${url.pathname}${url.search}`, tags: [...(init?.next?.tags ?? [])] })
    const drafts = url.searchParams.get('draft') === 'true' && new Headers(init?.headers).has('x-versus-preview')
    return answer(url, collections, globals, crosswalk, drafts)
  })
  return {
    requests,
    tags: () => new Set(requests.flatMap((r) => r.tags)),
    reset: () => {
      requests.length = 0
    },
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})
