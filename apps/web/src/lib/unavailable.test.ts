import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkCmsHealth } from './cms-health'
import { RENDER_PROBE_HEADER, answerDuringOutage, stylesheetsOf, unavailablePage } from './unavailable'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head><link rel="preload" href="/_next/static/chunks/abc.css" as="style"/></head><body></body></html>'

let now = Date.parse('2026-01-01T00:00:00Z')
beforeEach(() => {
  // The health check is remembered for a second: each test starts after that.
  now += 10_000
  vi.useFakeTimers({ toFake: ['Date'], now })
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Mocks the CMS health endpoint and the page subrequest; the health check has run once it resolves. */
async function mockFetch(cms: 'up' | 'down', page: Response | Error) {
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input)
    if (url.includes('/api/globals/site')) {
      if (cms === 'down') throw new TypeError('fetch failed')
      return Response.json({})
    }
    if (page instanceof Error) throw page
    return page
  })
  await checkCmsHealth()
  return spy
}

describe('answerDuringOutage', () => {
  it('stays out of the way while the CMS answers', async () => {
    const fetch = await mockFetch('up', new Response('never asked'))
    expect(await answerDuringOutage(new NextRequest('http://localhost:3000/compare/a-vs-b'))).toBeNull()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('passes a page the site still serves (from its cache) through unchanged', async () => {
    await mockFetch('down', new Response('<p>cached</p>', { status: 200, headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } }))
    const res = await answerDuringOutage(new NextRequest('http://localhost:3000/compare/a-vs-b'))
    expect(res?.status).toBe(200)
    expect(res?.headers.get('content-encoding')).toBeNull()
    expect(await res?.text()).toBe('<p>cached</p>')
  })

  it('turns a failed render into a styled 503 that is never cached', async () => {
    await mockFetch('down', new Response(SHELL, { status: 500, headers: { 'content-type': 'text/html' } }))
    const res = await answerDuringOutage(new NextRequest('http://localhost:3000/compare/a-vs-b'))
    expect(res?.status).toBe(503)
    expect(res?.headers.get('retry-after')).toBe('30')
    expect(res?.headers.get('cache-control')).toBe('no-store')
    const html = await res?.text()
    expect(html).toContain('This page is temporarily unavailable')
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/abc.css">')
  })

  it("styles the 503 of a static content page, whose failed answer links no stylesheet, with the site's sheet", async () => {
    await mockFetch('down', new Response('Internal Server Error', { status: 500 }))
    const res = await answerDuringOutage(new NextRequest('http://localhost:3000/compare/a-vs-b'))
    expect(res?.status).toBe(503)
    expect(await res?.text()).toMatch(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]{16}\.css">/)
  })

  it('answers 503 when the subrequest itself fails', async () => {
    await mockFetch('down', new TypeError('fetch failed'))
    const res = await answerDuringOutage(new NextRequest('http://localhost:3000/standards/x'))
    expect(res?.status).toBe(503)
  })

  it('leaves its own subrequest and non-GET requests alone', async () => {
    const fetch = await mockFetch('down', new Response('x'))
    const probe = new NextRequest('http://localhost:3000/compare/a-vs-b', { headers: { [RENDER_PROBE_HEADER]: '1' } })
    expect(await answerDuringOutage(probe)).toBeNull()
    expect(await answerDuringOutage(new NextRequest('http://localhost:3000/compare/a-vs-b', { method: 'POST' }))).toBeNull()
    // Only the health check itself: no page subrequest.
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('the 503 page', () => {
  it('links the stylesheets of the page Next rendered, once each', () => {
    expect(stylesheetsOf(`${SHELL}<link rel="stylesheet" href="/_next/static/chunks/abc.css"/>`)).toEqual(['/_next/static/chunks/abc.css'])
    expect(stylesheetsOf('<link rel="stylesheet" href="https://evil.example/x.css">')).toEqual([])
  })

  it('is a complete document with a human message', () => {
    const html = unavailablePage([])
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('<html lang="en">')
    expect(html).not.toContain('<link rel="stylesheet"')
  })
})
