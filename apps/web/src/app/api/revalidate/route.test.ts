import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const revalidateTag = vi.fn()
vi.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

const { POST } = await import('./route')

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

  it('leaves the redirects alone when only a comparison changed', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ docs: [] }))
    await POST(request({ tags: ['comparisons-index'] }))
    expect(fetch).not.toHaveBeenCalled()
    vi.restoreAllMocks()
  })
})
