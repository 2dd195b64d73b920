import http from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createEdge } from './edge.mjs'

/**
 * The edge between a real HTTP client and a real HTTP server that answers like `next start` does
 * (the browser tests run it in front of the actual site). Here the site's answers are scripted so
 * every rule can be checked, including failures the real site rarely produces on demand.
 */
const PAGE = (body) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/app.js" async=""></script></head><body>${body}` +
  '<p>Both standards cover information security; one certifies a management system.</p>'.repeat(10) +
  '<script type="application/ld+json">{"@type":"FAQPage"}</script><script>self.__next_f.push([1,"x"])</script></body></html>'

let upstreamRequests = []
let routes = {}
let upstream
let edgeServer
let edge
let base

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    upstreamRequests.push({ method: req.method, url: req.url, headers: req.headers })
    const route = routes[req.url.split('?')[0]] ?? { status: 404, type: 'text/html; charset=utf-8', body: PAGE('<h1>Not found</h1>'), cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' }
    const answer = typeof route === 'function' ? route(req) : route
    if (answer === 'hang-up') return req.socket.destroy()
    setTimeout(() => {
      res.writeHead(answer.status, {
        'content-type': answer.type ?? 'text/html; charset=utf-8',
        ...(answer.cacheControl ? { 'cache-control': answer.cacheControl } : {}),
        ...(answer.headers ?? {}),
      })
      res.end(answer.body ?? '')
    }, answer.delayMs ?? 0)
  })
  const upstreamPort = await listen(upstream)
  edge = createEdge({ upstream: new URL(`http://127.0.0.1:${upstreamPort}`), cmsOrigin: 'https://cms.example' })
  edgeServer = http.createServer((req, res) => void edge.handle(req, res))
  base = `http://127.0.0.1:${await listen(edgeServer)}`
})

afterAll(async () => {
  await new Promise((resolve) => edgeServer.close(resolve))
  await new Promise((resolve) => upstream.close(resolve))
})

beforeEach(() => {
  upstreamRequests = []
  edge.cache.expireAll()
  routes = {
    '/compare/a-vs-b': { status: 200, body: PAGE('<h1>A vs B</h1>'), cacheControl: 's-maxage=300, stale-while-revalidate=31535700' },
    '/standards': { status: 200, body: PAGE('<h1>Standards</h1><template data-island="instant-filter"></template>'), cacheControl: 's-maxage=300' },
    '/api/revalidate': { status: 200, type: 'application/json', body: '{"revalidated":["standards"]}' },
  }
})

/** A raw request, so encodings and conditional headers are exactly what we send. */
function request(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const pageRequests = (path) => upstreamRequests.filter((r) => r.url === path).length

describe('the edge in front of the site', () => {
  it('answers a repeated page from memory, identical to the first answer', async () => {
    const first = await request('/compare/a-vs-b')
    const second = await request('/compare/a-vs-b')
    expect(first.status).toBe(200)
    expect(first.headers['x-edge-cache']).toBe('MISS')
    expect(second.headers['x-edge-cache']).toBe('HIT')
    expect(second.body.equals(first.body)).toBe(true)
    expect(pageRequests('/compare/a-vs-b')).toBe(1)
    // The site is asked for the plain body; the edge compresses it once.
    expect(upstreamRequests[0].headers['accept-encoding']).toBe('identity')
  })

  it('sends a page without interactive parts without the framework runtime, and a strict policy', async () => {
    const { body, headers } = await request('/compare/a-vs-b')
    const html = body.toString()
    expect(html).toContain('<h1>A vs B</h1>')
    expect(html).toContain('application/ld+json')
    expect(html).not.toContain('/_next/static/chunks/app.js')
    expect(html).not.toContain('__next_f')
    expect(headers['content-security-policy']).toMatch(/script-src 'self'; /)
  })

  it('keeps the runtime where a part needs it, and allows exactly its inline scripts', async () => {
    const { body, headers } = await request('/standards')
    expect(body.toString()).toContain('/_next/static/chunks/app.js')
    const scriptSrc = headers['content-security-policy'].split('; ').find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/)
  })

  it('serves brotli or gzip by what the client accepts, each decoding to the same page', async () => {
    const plain = await request('/compare/a-vs-b')
    const br = await request('/compare/a-vs-b', { headers: { 'accept-encoding': 'gzip, br' } })
    const gz = await request('/compare/a-vs-b', { headers: { 'accept-encoding': 'gzip' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
    expect(br.headers.vary).toMatch(/Accept-Encoding/)
  })

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const first = await request('/compare/a-vs-b')
    const again = await request('/compare/a-vs-b', { headers: { 'if-none-match': first.headers.etag } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const head = await request('/compare/a-vs-b', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBe(first.body.length)
    expect(head.body.length).toBe(0)
  })

  it('does not keep the empty answer to a first HEAD', async () => {
    const head = await request('/compare/a-vs-b', { method: 'HEAD' })
    expect(head.status).toBe(200)
    const get = await request('/compare/a-vs-b')
    expect(get.headers['x-edge-cache']).toBe('MISS')
    expect(get.body.toString()).toContain('<h1>A vs B</h1>')
  })

  it('asks the site once for many simultaneous first visitors', async () => {
    routes['/compare/a-vs-b'].delayMs = 100
    const answers = await Promise.all(Array.from({ length: 20 }, () => request('/compare/a-vs-b')))
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(pageRequests('/compare/a-vs-b')).toBe(1)
  })

  it('marks every page stale after a successful revalidation, not after a refused one', async () => {
    await request('/compare/a-vs-b')
    routes['/api/revalidate'] = { status: 401, type: 'application/json', body: '{"error":"unauthorized"}' }
    await request('/api/revalidate', { method: 'POST', body: '{}' })
    expect((await request('/compare/a-vs-b')).headers['x-edge-cache']).toBe('HIT')

    routes['/api/revalidate'] = { status: 200, type: 'application/json', body: '{"revalidated":["standards"]}' }
    routes['/compare/a-vs-b'] = { ...routes['/compare/a-vs-b'], body: PAGE('<h1>A vs B, edited</h1>') }
    const revalidated = await request('/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"tags":["standards"]}' })
    expect(revalidated.status).toBe(200)
    expect(upstreamRequests.at(-1)).toMatchObject({ method: 'POST', url: '/api/revalidate' })
    const after = await request('/compare/a-vs-b')
    expect(after.headers['x-edge-cache']).toBe('MISS')
    expect(after.body.toString()).toContain('A vs B, edited')
  })

  it('does not keep a page the site rendered stale, nor 404s and redirects', async () => {
    routes['/compare/a-vs-b'].headers = { 'x-nextjs-cache': 'STALE' }
    await request('/compare/a-vs-b')
    await request('/compare/a-vs-b')
    expect(pageRequests('/compare/a-vs-b')).toBe(2)

    routes['/compare/b-vs-a'] = { status: 308, body: '', headers: { location: '/compare/a-vs-b' } }
    const redirect = await request('/compare/b-vs-a')
    expect(redirect.status).toBe(308)
    expect(redirect.headers.location).toBe('/compare/a-vs-b')
    const missing = await request('/compare/nope-vs-a')
    await request('/compare/nope-vs-a')
    expect(missing.status).toBe(404)
    expect(missing.headers['content-security-policy']).toContain("script-src 'self'")
    expect(pageRequests('/compare/nope-vs-a')).toBe(2)
  })

  it('passes an editor in draft mode straight through, runtime and preview frame included', async () => {
    await request('/compare/a-vs-b')
    const draft = await request('/compare/a-vs-b', { headers: { cookie: '__prerender_bypass=1' } })
    expect(draft.headers['x-edge-cache']).toBe('BYPASS')
    expect(draft.body.toString()).toContain('/_next/static/chunks/app.js')
    expect(draft.headers['content-security-policy']).toContain('frame-ancestors https://cms.example')
    expect(upstreamRequests.at(-1).headers.cookie).toBe('__prerender_bypass=1')
  })

  it('stands in with the last good page while the site fails, and says 503 when it has none', async () => {
    const good = await request('/compare/a-vs-b')
    edge.cache.expireAll()
    routes['/compare/a-vs-b'] = { status: 500, body: 'boom', cacheControl: 'no-store' }
    const failing = await request('/compare/a-vs-b')
    expect(failing.status).toBe(200)
    expect(failing.headers['x-edge-cache']).toBe('STALE')
    expect(failing.body.equals(good.body)).toBe(true)

    routes['/compare/c-vs-d'] = 'hang-up'
    const unreachable = await request('/compare/c-vs-d')
    expect(unreachable.status).toBe(503)
    expect(unreachable.headers['retry-after']).toBe('5')
    expect(unreachable.body.toString()).toMatch(/temporarily unavailable/)
  })

  it('adds HSTS only when the site is served over HTTPS', async () => {
    expect((await request('/compare/a-vs-b')).headers['strict-transport-security']).toBeUndefined()
    const secure = createEdge({ upstream: new URL(`http://127.0.0.1:${upstream.address().port}`), hsts: true })
    const server = http.createServer((req, res) => void secure.handle(req, res))
    const port = await listen(server)
    try {
      const answer = await new Promise((resolve) => http.get(`http://127.0.0.1:${port}/compare/a-vs-b`, resolve))
      expect(answer.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
      answer.resume()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('streams other responses unchanged, request bodies included', async () => {
    routes['/api/compare/a-vs-b'] = (req) => ({ status: 200, type: 'application/json', body: JSON.stringify({ method: req.method }) })
    const api = await request('/api/compare/a-vs-b', { headers: { accept: 'application/json' } })
    expect(JSON.parse(api.body.toString())).toEqual({ method: 'GET' })
  })

  it("sends the site's not-found page in place of Next's empty error shell, with the same 404", async () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/app.js" async=""></script></head>' +
      '<body><div hidden=""></div><script>self.__next_f.push([1,"We could not find that page"])</script></body></html>'
    const notFound = PAGE('<h1>We could not find that page</h1><div data-island="not-found-suggestions"></div>')
    routes['/standards/nope'] = { status: 404, body: shell, cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' }
    routes['/_not-found'] = { status: 404, body: notFound, cacheControl: 's-maxage=300' }
    for (const path of ['/standards/nope', '/standards/nope']) {
      const answer = await request(path)
      expect(answer.status).toBe(404)
      expect(answer.body.toString()).toBe(notFound)
      expect(answer.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
      // The page keeps its runtime (the suggestions are an island) and its inline script is allowed by hash.
      expect(answer.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
    }
    // Asked once, then kept like a page.
    expect(pageRequests('/_not-found')).toBe(1)
    edge.cache.expireAll()
    await request('/standards/nope')
    expect(pageRequests('/_not-found')).toBe(2)

    // A 404 that is already a page, and a shell when the site has no page to give, pass unchanged.
    const ordinary = (await request('/nothing-here')).body.toString()
    expect(ordinary).toContain('<h1>Not found</h1>')
    expect(ordinary).not.toContain('We could not find that page')
    routes['/_not-found'] = { status: 500, body: 'broken' }
    edge.cache.expireAll()
    const fallback = await request('/standards/nope')
    expect(fallback.status).toBe(404)
    expect(fallback.body.toString()).toBe(shell)
  })
})
