import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { proxy } from './proxy'

// The CMS knows two standards and no article; it answers its health check, so the outage path
// (lib/unavailable.ts) stays out of the way. Redirects of old slugs are covered in
// lib/cms/redirects.test.ts.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
    String(input).includes('/api/standards')
      ? Response.json({ docs: [{ slug: 'iso-27032' }, { slug: 'iso-27701' }] })
      : Response.json({ docs: [] }),
  )
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('proxy', () => {
  it('sends a path with broken percent-encoding to the not-found page', async () => {
    const res = await proxy(new NextRequest('http://localhost:3000/compare/%E0%A4%A'))
    expect(res.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/not-found-page')
  })

  it('treats an encoded NUL like broken encoding', async () => {
    const res = await proxy(new NextRequest('http://localhost:3000/standards/gdpr%00'))
    expect(res.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/not-found-page')
    expect((await proxy(new NextRequest('http://localhost:3000/api/compare/a-vs-b%00'))).status).toBe(404)
  })

  it('answers the partner API a JSON 404 for broken percent-encoding', async () => {
    const res = await proxy(new NextRequest('http://localhost:3000/api/compare/%C0%AF'))
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: expect.stringMatching(/not valid percent-encoding/) })
  })

  it('lets a well-formed path through', async () => {
    const res = await proxy(new NextRequest('http://localhost:3000/compare/iso%2D27032-vs-iso-27701'))
    expect(res.headers.get('x-middleware-rewrite')).toBeNull()
    expect(res.headers.get('x-middleware-next')).toBe('1')
  })

  it('answers a reversed pair with one permanent redirect, even without the alias index', async () => {
    const res = await proxy(new NextRequest('http://localhost:3000/compare/iso-27701-vs-iso-27032?x=1'))
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toBe('http://localhost:3000/compare/iso-27032-vs-iso-27701?x=1')
  })

  it('sends a standard, an article or a pair no document names to the static not-found page, address and all', async () => {
    for (const path of ['/standards/iso-2700', '/articles/nope', '/compare/iso-27032-vs-no-such']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.headers.get('x-middleware-rewrite'), path).toBe(`http://localhost:3000/not-found-page${path}`)
    }
    const known = await proxy(new NextRequest('http://localhost:3000/standards/iso-27701'))
    expect(known.headers.get('x-middleware-rewrite')).toBeNull()
  })

  it('answers a page asked with another method than GET or HEAD 405 with Allow', async () => {
    for (const method of ['DELETE', 'POST', 'PUT', 'BREW']) {
      const res = await proxy(new NextRequest('http://localhost:3000/compare/iso-27032-vs-iso-27701', { method }))
      expect(res.status, method).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
      expect(await res.text()).toMatch(/only be read/)
    }
    expect((await proxy(new NextRequest('http://localhost:3000/standards/iso-27701', { method: 'HEAD' }))).status).toBe(200)
  })

  it('answers the cached API routes 405 with Allow and a JSON message for any method but GET or HEAD', async () => {
    for (const path of ['/api/compare/iso-27032-vs-iso-27701', '/compare/iso-27001-vs-nis2/checklist/nis2.csv']) {
      for (const method of ['POST', 'DELETE', 'PATCH']) {
        const res = await proxy(new NextRequest(`http://localhost:3000${path}`, { method }))
        expect(res.status, `${method} ${path}`).toBe(405)
        expect(res.headers.get('allow')).toBe('GET, HEAD')
      }
    }
    const api = await proxy(new NextRequest('http://localhost:3000/api/compare/iso-27032-vs-iso-27701', { method: 'PUT' }))
    expect(await api.json()).toEqual({ error: 'This address takes GET, HEAD only.' })
  })

  it("sends an editor's preview (Next's draft-mode cookie) of a content page to the App Router page under /draft", async () => {
    const draft = (path: string) =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie: '__prerender_bypass=abc' } }))
    for (const path of [
      '/standards/iso-27032',
      '/compare/iso-27032-vs-iso-27701',
      '/compare/iso-27032-vs-iso-27701?x=1',
      '/articles',
      '/standards/iso-27001/requirements/a-5-1',
      '/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022',
      '/standards/iso-27001/editions/iso-27001-2013/requirements/4-1',
    ]) {
      expect((await draft(path)).headers.get('x-middleware-rewrite'), path).toBe(`http://localhost:3000/draft${path}`)
    }
    expect((await draft('/')).headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/draft')
    // The picker's redirect route is not a content page; redirects still come first.
    expect((await draft('/compare/go')).headers.get('x-middleware-rewrite')).toBeNull()
    expect((await draft('/compare/iso-27701-vs-iso-27032')).status).toBe(308)
    // Crosswalk files and the sets API are no pages: a preview of them is the published answer.
    for (const path of ['/compare/iso-27001-vs-nis2/checklist/nis2.csv', '/api/crosswalk/iso-27001/nis2']) {
      expect((await draft(path)).headers.get('x-middleware-rewrite'), path).toBeNull()
    }
  })

  it('gives the preview pages no address of their own', async () => {
    for (const path of ['/draft', '/draft/standards/iso-27032']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.headers.get('x-middleware-rewrite'), path).toBe('http://localhost:3000/not-found-page')
    }
  })
})
