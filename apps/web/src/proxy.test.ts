import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { proxy } from './proxy'
import { nowSeconds, signDraftSession } from '@/lib/cms/draft-session'
import { endPreviewSession } from '@/lib/cms/preview-revocations'

const SECRET = 'preview-secret-0123456789abcdef'
/** Our preview session, as /api/preview sets it. */
const previewCookies = (token = signDraftSession(SECRET, '7', nowSeconds() + 600).token) => `versus_draft=${token}`

// The CMS knows two standards and no article; it answers its health check, so the outage path
// (lib/unavailable.ts) stays out of the way. Redirects of old slugs are covered in
// lib/cms/redirects.test.ts.
beforeEach(() => {
  vi.stubEnv('PREVIEW_SECRET', SECRET)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
    String(input).includes('/api/standards')
      ? Response.json({ docs: [{ slug: 'iso-27032' }, { slug: 'iso-27701' }] })
      : Response.json({ docs: [] }),
  )
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
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
    // A pair naming an unknown standard in the order that would sort it first, or in the other: a
    // 404 at once, never a redirect to the other order first.
    for (const path of ['/standards/iso-2700', '/articles/nope', '/compare/iso-27032-vs-no-such', '/compare/zzz-no-such-vs-iso-27032', '/compare/junk']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.status, path).not.toBe(308)
      expect(res.headers.get('x-middleware-rewrite'), path).toBe(`http://localhost:3000/not-found-page${path}`)
    }
    const known = await proxy(new NextRequest('http://localhost:3000/standards/iso-27701'))
    expect(known.headers.get('x-middleware-rewrite')).toBeNull()
  })

  it('sends generated addresses naming no document to the not-found page, and the APIs to a JSON 404', async () => {
    for (const path of [
      '/compare/iso-27032-vs-junk/opengraph-image',
      '/compare/iso-27032-vs-iso-27701/checklist/junk.csv',
      '/standards/junk/requirements/a-5-1',
      '/standards/iso-27701/requirements/A.5.1',
      '/standards/junk/editions/a--b',
    ]) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.headers.get('x-middleware-rewrite'), path).toBe(`http://localhost:3000/not-found-page${path}`)
    }
    for (const path of ['/api/compare/iso-27032-vs-junk', '/api/crosswalk/junk/iso-27701']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.status, path).toBe(404)
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
    for (const path of [
      '/compare/iso-27032-vs-iso-27701/opengraph-image',
      '/compare/iso-27032-vs-iso-27701/checklist/iso-27701.csv',
      '/standards/iso-27701/requirements/a-5-1',
      '/api/compare/iso-27032-vs-iso-27701',
    ]) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.headers.get('x-middleware-next'), path).toBe('1')
      expect(res.headers.get('xkey'), path).toBeTruthy()
    }
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

  it("sends an editor's preview (Next's draft-mode cookie and our session) of a content page to the App Router page under /draft", async () => {
    const draft = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie: previewCookies() } }))
    for (const path of [
      '/standards/iso-27032',
      '/compare/iso-27032-vs-iso-27701',
      '/compare/iso-27032-vs-iso-27701?x=1',
      '/articles',
      '/standards/iso-27701/requirements/a-5-1',
      '/standards/iso-27701/editions/iso-27701-2019--iso-27701-2025',
      '/standards/iso-27701/editions/iso-27701-2019/requirements/4-1',
    ]) {
      expect((await draft(path)).headers.get('x-middleware-rewrite'), path).toBe(`http://localhost:3000/draft${path}`)
    }
    expect((await draft('/')).headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/draft')
    // The preview pages learn the address previewed (an ended preview returns there), whatever a client sent.
    const named = await proxy(
      new NextRequest('http://localhost:3000/standards/iso-27032?x=1', {
        headers: { cookie: previewCookies(), 'x-versus-draft-path': '/elsewhere' },
      }),
    )
    expect(named.headers.get('x-middleware-request-x-versus-draft-path')).toBe('/standards/iso-27032?x=1')
    // The picker's redirect route is not a content page; redirects still come first.
    expect((await draft('/compare/go')).headers.get('x-middleware-rewrite')).toBeNull()
    expect((await draft('/compare/iso-27701-vs-iso-27032')).status).toBe(308)
    // Crosswalk files and the sets API are no pages: a preview of them is the published answer.
    for (const path of ['/compare/iso-27032-vs-iso-27701/checklist/iso-27701.csv', '/api/crosswalk/iso-27032/iso-27701']) {
      expect((await draft(path)).headers.get('x-middleware-rewrite'), path).toBeNull()
    }
  })

  it("puts the site's security headers, COOP and CORP included, on the answers it makes itself", async () => {
    const answers = {
      '405 page': await proxy(new NextRequest('http://localhost:3000/standards/iso-27701', { method: 'POST' })),
      '405 API': await proxy(new NextRequest('http://localhost:3000/api/compare/iso-27032-vs-iso-27701', { method: 'POST' })),
      '404 API': await proxy(new NextRequest('http://localhost:3000/api/crosswalk/junk/iso-27701')),
      '404 broken encoding': await proxy(new NextRequest('http://localhost:3000/api/compare/%C0%AF')),
      '308': await proxy(new NextRequest('http://localhost:3000/compare/iso-27701-vs-iso-27032')),
    }
    for (const [what, res] of Object.entries(answers)) {
      expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin')
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), what).toBe('DENY')
      expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'")
      expect(res.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy'), what).toContain('camera=()')
    }
    expect(answers['405 page'].headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(answers['404 API'].headers.get('cross-origin-resource-policy')).toBe('same-origin')
    // The partner API is read from other origins.
    expect(answers['405 API'].headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    // What the proxy lets through gets next.config's headers, which differ per page: none set here.
    const through = await proxy(new NextRequest('http://localhost:3000/standards/iso-27701'))
    expect(through.headers.get('content-security-policy')).toBeNull()
  })

  it("serves the published page, without Next's cookie or the session, when our session is missing, forged, expired or tampered with", async () => {
    const forged = signDraftSession('another-secret-0123456789abcdef', '7', nowSeconds() + 600).token
    const expired = signDraftSession(SECRET, '7', nowSeconds() - 1, nowSeconds() - 600).token
    const valid = signDraftSession(SECRET, '7', nowSeconds() + 600).token
    const tampered = `${Buffer.from(JSON.stringify({ sub: '7', jti: 'x', exp: nowSeconds() + 600 })).toString('base64url')}.${valid.split('.')[1]}`
    const cases: [string, string, RegExp][] = [
      ["Next's cookie alone", '__prerender_bypass=abc; theme=dark', /__prerender_bypass=;.*Max-Age=0/i],
      ["Next's cookie with a forged session", `__prerender_bypass=abc; ${previewCookies(forged)}; theme=dark`, /__prerender_bypass=;.*Max-Age=0.*versus_draft=;.*Max-Age=0/i],
      ['a forged session', `${previewCookies(forged)}; theme=dark`, /versus_draft=;.*Max-Age=0/i],
      ['an expired session', `${previewCookies(expired)}; theme=dark`, /versus_draft=;.*Max-Age=0/i],
      ['a tampered session', `${previewCookies(tampered)}; theme=dark`, /versus_draft=;.*Max-Age=0/i],
    ]
    for (const [what, cookie, cleared] of cases) {
      const res = await proxy(new NextRequest('http://localhost:3000/standards/iso-27032', { headers: { cookie } }))
      expect(res.headers.get('x-middleware-rewrite'), what).toBeNull()
      expect(res.headers.get('x-middleware-next'), what).toBe('1')
      // The request goes on without Next's cookie (Next never bypasses its cache for it) or the
      // broken session, and the browser is told to drop them.
      expect(res.headers.get('x-middleware-request-cookie'), what).toBe('theme=dark')
      expect(res.headers.get('set-cookie'), what).toMatch(cleared)
    }
    // A valid session its editor left through exit-preview (a copy replayed): the published page.
    const left = signDraftSession(SECRET, '7', nowSeconds() + 600)
    await endPreviewSession(left.session)
    const replayed = await proxy(new NextRequest('http://localhost:3000/standards/iso-27032', { headers: { cookie: `${previewCookies(left.token)}; theme=dark` } }))
    expect(replayed.headers.get('x-middleware-rewrite')).toBeNull()
    expect(replayed.headers.get('x-middleware-request-cookie')).toBe('theme=dark')
    expect(replayed.headers.get('set-cookie')).toMatch(/versus_draft=;.*Max-Age=0/i)
    // A valid session with a Next cookie left from an older build: the preview, without Next's cookie.
    const leftover = await proxy(
      new NextRequest('http://localhost:3000/standards/iso-27032', { headers: { cookie: `__prerender_bypass=abc; ${previewCookies(valid)}` } }),
    )
    expect(new URL(leftover.headers.get('x-middleware-rewrite') ?? '').pathname).toBe('/draft/standards/iso-27032')
    expect(leftover.headers.get('x-middleware-request-cookie')).toBe(`versus_draft=${valid}`)
    expect(leftover.headers.get('set-cookie')).toMatch(/__prerender_bypass=;.*Max-Age=0/i)
    expect(leftover.headers.get('set-cookie')).not.toMatch(/versus_draft=/)
    vi.stubEnv('PREVIEW_SECRET', '')
    const unconfigured = await proxy(new NextRequest('http://localhost:3000/standards/iso-27032', { headers: { cookie: previewCookies(valid) } }))
    expect(unconfigured.headers.get('x-middleware-rewrite')).toBeNull()
  })

  it('drops the request headers only Next may set, whatever their value', async () => {
    const headers = {
      'x-prerender-revalidate': 'abc',
      'x-prerender-revalidate-if-generated': '1',
      'x-nextjs-data': '1',
      'x-middleware-prefetch': '1',
      'x-invoke-path': '/draft/standards/iso-27032',
      'x-versus-draft-path': '/elsewhere',
      accept: 'text/html',
    }
    for (const path of ['/standards/iso-27032', '/compare/iso-27032-vs-iso-27701/opengraph-image', '/']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`, { headers }))
      const kept = (res.headers.get('x-middleware-override-headers') ?? '').split(',')
      expect(kept, path).toContain('accept')
      for (const name of Object.keys(headers).filter((n) => n !== 'accept')) expect(kept, `${path} ${name}`).not.toContain(name)
    }
    // A request without them goes on untouched.
    const plain = await proxy(new NextRequest('http://localhost:3000/standards/iso-27032'))
    expect(plain.headers.get('x-middleware-override-headers')).toBeNull()
  })

  it('gives the preview pages no address of their own', async () => {
    for (const path of ['/draft', '/draft/standards/iso-27032']) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.headers.get('x-middleware-rewrite'), path).toBe('http://localhost:3000/not-found-page')
    }
  })
})
