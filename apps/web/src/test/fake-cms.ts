/**
 * An in-memory stand-in for the CMS's REST API, for data-layer tests: it
 * answers the list queries the site makes (where-equals filters, select,
 * limit) from fixture documents, and records every request with the cache tags
 * the site attached to it.
 */
import { afterEach, vi } from 'vitest'

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

function answer(url: URL, collections: Record<string, Doc[]>, globals: Record<string, Doc>): Response {
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

/** Replaces `fetch` for the current test file; restored after each test. */
export function installFakeCms(collections: Record<string, Doc[]>, globals: Record<string, Doc> = { site: { siteName: 'Versus' } }): FakeCms {
  process.env.CMS_URL = 'http://cms.test'
  process.env.SITE_URL = 'https://versus.example'
  const requests: RecordedRequest[] = []
  vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit & { next?: { tags?: string[] } }) => {
    const url = new URL(String(input))
    requests.push({ path: `${url.pathname}${url.search}`, tags: [...(init?.next?.tags ?? [])] })
    return answer(url, collections, globals)
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
