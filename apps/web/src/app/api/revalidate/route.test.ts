import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const revalidateTag = vi.fn()
vi.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))
const afterTasks: (() => Promise<unknown>)[] = []
vi.mock('next/server', async (original) => ({
  ...(await original<Record<string, unknown>>()),
  after: (task: () => Promise<unknown>) => afterTasks.push(task),
}))

const { POST } = await import('./route')
const { installWorld } = await import('@/test/fixtures')
const { repurgeFrontLater } = await import('@/lib/front/front-purge')

const SECRET = 'test-secret-0123456789'

function request(body: unknown, auth: string | null = `Bearer ${SECRET}`): Request {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (auth !== null) headers.set('authorization', auth)
  return new Request('http://localhost:3000/api/revalidate', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

describe('POST /api/revalidate', () => {
  beforeEach(() => {
    vi.stubEnv('REVALIDATE_SECRET', SECRET)
    revalidateTag.mockClear()
  })
  afterEach(() => vi.unstubAllEnvs())

  it('answers 503 when no secret is configured', async () => {
    vi.stubEnv('REVALIDATE_SECRET', '')
    const res = await POST(request({ tags: ['standards'] }))
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ error: 'revalidation not configured' })
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['a wrong secret of the same length', `Bearer ${SECRET.slice(0, -1)}X`],
    ['a wrong secret', `Bearer ${SECRET}x`],
    ['a shorter secret', 'Bearer test'],
    ['a longer secret', `Bearer ${SECRET}${SECRET}`],
    ['an empty secret', 'Bearer '],
    ['another scheme', `Basic ${SECRET}`],
    ['no bearer scheme', SECRET],
    ['no header', null],
  ])('answers 401 for %s', async (_label, auth) => {
    const res = await POST(request({ tags: ['standards'] }, auth))
    expect(res.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['invalid JSON', '{tags:'],
    ['no tags', {}],
    ['an empty list', { tags: [] }],
    ['a non-string tag', { tags: [42] }],
    ['an unknown tag name', { tags: ['everything'] }],
    ['a tag with spaces', { tags: ['standard:iso 27001'] }],
    ['a tag too long', { tags: [`standard:${'a'.repeat(200)}`] }],
    ['too many tags', { tags: Array.from({ length: 101 }, (_, i) => `standard:s${i}`) }],
  ])('answers 400 for %s', async (_label, body) => {
    const res = await POST(request(body))
    expect(res.status).toBe(400)
    const json = (await res.json()) as { error: string }
    expect(typeof json.error).toBe('string')
    expect(json.error.length).toBeGreaterThan(0)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('revalidates each distinct tag so the next request sees fresh data', async () => {
    const tags = ['standards', 'standard:iso-27001', 'standard:iso-27001', 'comparison:3:7', 'comparison:665f1c2a9b1e8a0000000001:665f1c2a9b1e8a0000000002', 'article:nis2-explained', 'site']
    const res = await POST(request({ tags }))
    expect(res.status).toBe(200)
    const unique = [...new Set(tags)]
    expect(await res.json()).toEqual({ revalidated: unique })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(revalidateTag.mock.calls).toEqual(unique.map((t) => [t, { expire: 0 }]))
  })

  it('reloads the renamed-slug redirects when a standard changed, before it answers', async () => {
    const { getAliasIndex } = await import('@/lib/cms/redirects')
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      String(input).includes('/api/standards')
        ? Response.json({ docs: [{ slug: 'nist-csf-2', previousSlugs: [{ slug: 'nist-csf' }] }] })
        : Response.json({ docs: [] }),
    )
    const res = await POST(request({ tags: ['standards-index', 'standard:nist-csf-2'] }))
    expect(res.status).toBe(200)
    expect((await getAliasIndex())?.standards.previous.get('nist-csf')).toBe('nist-csf-2')
    vi.restoreAllMocks()
  })

  it('leaves the redirects as they are when nothing they read changed (a tagline): publish waits for no list read', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json({ docs: [] }))
    const res = await POST(request({ tags: ['standard:dora', 'sitemap', 'standards-list'] }))
    expect(res.status).toBe(200)
    expect(fetch).not.toHaveBeenCalled()
    vi.restoreAllMocks()
  })

  it('does not settle for a load that began before the change: it reads the CMS again after it', async () => {
    const { getAliasIndex, refreshAliasIndex } = await import('@/lib/cms/redirects')
    let renamed = false
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      if (!String(input).includes('/api/standards')) return Response.json({ docs: [] })
      // The first load read the standards before the rename, and is still under way.
      const body = { docs: [renamed ? { slug: 'nist-csf-2', previousSlugs: [{ slug: 'nist-csf' }] } : { slug: 'nist-csf', previousSlugs: [] }] }
      if (!renamed) await held
      return Response.json(body)
    })
    const before = refreshAliasIndex()
    renamed = true
    const answered = POST(request({ tags: ['standards-index', 'standard:nist-csf-2'] }))
    release()
    await before
    expect((await answered).status).toBe(200)
    expect((await getAliasIndex())?.standards.previous.get('nist-csf')).toBe('nist-csf-2')
    vi.restoreAllMocks()
  })

  it('reloads the pair orders when a comparison changed: its order may have been swapped', async () => {
    const { getAliasIndex } = await import('@/lib/cms/redirects')
    const bodies: Record<string, unknown> = {
      standards: { docs: [{ id: 1, slug: 'iso-27001' }, { id: 5, slug: 'nis2' }] },
      articles: { docs: [] },
      comparisons: { docs: [{ standardA: 5, standardB: 1 }] },
    }
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async (input) => Response.json(bodies[/\/api\/(\w+)\?/.exec(String(input))?.[1] ?? ''] ?? { docs: [] }))
    await POST(request({ tags: ['comparisons-index'] }))
    expect(fetch).toHaveBeenCalled()
    expect([...((await getAliasIndex())?.pairs?.values() ?? [])]).toEqual([['nis2', 'iso-27001']])
    vi.restoreAllMocks()
  })
})

describe('POST /api/revalidate with the shared cache (REDIS_URL)', () => {
  const world = globalThis as { __versusRedis?: { isReady: boolean } }
  beforeEach(() => {
    vi.stubEnv('REVALIDATE_SECRET', SECRET)
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:4099')
    revalidateTag.mockClear()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    delete world.__versusRedis
  })

  it('answers 503 with Retry-After while Redis is unreachable, so the CMS sends the refresh again', async () => {
    world.__versusRedis = { isReady: false }
    const res = await POST(request({ tags: ['standard:nis2'] }))
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await res.json()).toMatchObject({ revalidated: ['standard:nis2'], error: expect.stringContaining('Redis') })
    // What this instance holds is dropped all the same.
    expect(revalidateTag).toHaveBeenCalledWith('standard:nis2', { expire: 0 })
  })

  it('answers 200 once Redis is reachable, and before the cache handler has connected at all', async () => {
    world.__versusRedis = { isReady: true }
    expect((await POST(request({ tags: ['standard:nis2'] }))).status).toBe(200)
    delete world.__versusRedis
    expect((await POST(request({ tags: ['standard:nis2'] }))).status).toBe(200)
  })

  it('is not consulted without REDIS_URL', async () => {
    vi.stubEnv('REDIS_URL', '')
    world.__versusRedis = { isReady: false }
    expect((await POST(request({ tags: ['standard:nis2'] }))).status).toBe(200)
  })
})

describe('POST /api/revalidate behind Varnish (VARNISH_URL)', () => {
  let purges: { url: string; method: string; xkey: string | null; secret: string | null }[]
  beforeEach(() => {
    installWorld()
    vi.stubEnv('REVALIDATE_SECRET', SECRET)
    vi.stubEnv('VARNISH_URL', 'http://127.0.0.1:4090/')
    vi.stubEnv('VARNISH_PURGE_SECRET', 'purge-secret')
    revalidateTag.mockClear()
    afterTasks.length = 0
    purges = []
    const cms = globalThis.fetch
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
      if (!String(input).startsWith('http://127.0.0.1:4090')) return cms(input, init)
      const headers = new Headers(init?.headers)
      purges.push({ url: String(input), method: String(init?.method), xkey: headers.get('xkey'), secret: headers.get('x-purge-secret') })
      return new Response('purged', { headers: { 'x-purged': '2' } })
    })
  })
  afterEach(() => vi.unstubAllEnvs())

  it('purges the tags by key before answering, a pair by its page key, and again after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const res = await POST(request({ tags: ['standard:nis2', 'comparison:1:5', 'sitemap'] }))
      const keys = ['standard:nis2', 'pair:iso-27001-vs-nis2', 'sitemap']
      expect(await res.json()).toEqual({ revalidated: ['standard:nis2', 'comparison:1:5', 'sitemap'], purging: keys })
      expect(revalidateTag).toHaveBeenCalledTimes(3)
      // The first purge is done when the CMS gets its answer: a visitor asking next misses the old page.
      expect(purges).toHaveLength(1)
      expect(afterTasks).toHaveLength(1)
      const done = afterTasks[0]!()
      await vi.advanceTimersByTimeAsync(1_000)
      await done
      expect(purges).toEqual([1, 2].map(() => ({ url: 'http://127.0.0.1:4090/', method: 'PURGE', xkey: keys.join(' '), secret: 'purge-secret' })))
    } finally {
      vi.useRealTimers()
    }
  })

  it('purges every page reading comparisons when a pair cannot be resolved', async () => {
    const res = await POST(request({ tags: ['comparison:98:99'] }))
    expect(await res.json()).toMatchObject({ purging: ['comparisons'] })
  })

  it('a front that refuses the purge does not fail the refresh: the answer still comes, the failure is logged', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', async () => new Response('no', { status: 403 }))
    const res = await POST(request({ tags: ['standard:nis2'] }))
    expect(res.status).toBe(200)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('front purge answered 403'))
  })

  it('a failed second purge is logged, not thrown (it runs after the answer)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', async () => new Response('no', { status: 403 }))
    await repurgeFrontLater({ url: 'http://127.0.0.1:4090', secret: 'x' }, ['site'], fetch, 0)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('front purge answered 403'))
  })

  it('purges nothing without VARNISH_URL', async () => {
    vi.stubEnv('VARNISH_URL', '')
    const res = await POST(request({ tags: ['site'] }))
    expect(await res.json()).toEqual({ revalidated: ['site'] })
    expect(afterTasks).toEqual([])
  })
})
