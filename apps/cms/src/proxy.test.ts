import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { proxy as Proxy } from './proxy'

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  new NextRequest(new URL(path, 'http://localhost:3001'), init)

describe('CMS proxy', () => {
  let proxy: typeof Proxy

  beforeAll(async () => {
    // A line of one: the second request that finds someone waiting is turned away.
    vi.stubEnv('CMS_MAX_QUEUED_REQUESTS', '1')
    // The URLs this server runs with, whatever the build was made with.
    vi.stubEnv('CMS_URL', 'https://cms.example.org')
    vi.stubEnv('SITE_URL', 'https://www.example.org')
    vi.resetModules()
    ;({ proxy } = await import('./proxy'))
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('lets a request through once it has waited its turn', async () => {
    const response = await proxy(request('/api/standards?limit=10'))
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('answers 503 with Retry-After when the line is full, and serves again once it has moved', async () => {
    const first = proxy(request('/api/standards'))
    const second = await proxy(request('/api/comparisons'))
    expect(second.status).toBe(503)
    expect(second.headers.get('retry-after')).toBe('1')
    expect(await second.json()).toEqual({ errors: [{ message: 'The CMS is busy; try again in a moment.' }] })
    expect((await first).headers.get('x-middleware-next')).toBe('1')
    const third = await proxy(request('/admin'))
    expect(third.headers.get('x-middleware-next')).toBe('1')
  })

  it('still refuses malformed addresses and GraphQL over GET before anything waits', async () => {
    expect((await proxy(request('/api/standards/%E0%A4%A'))).status).toBe(400)
    const get = await proxy(request('/api/graphql'))
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST, OPTIONS')
  })

  it('sends the admin opened at another local address to the configured one', async () => {
    vi.stubEnv('CMS_URL', 'http://localhost:3001')
    vi.resetModules()
    const { proxy: local } = await import('./proxy')
    const response = await local(new NextRequest('http://127.0.0.1:3001/admin/collections/standards?limit=5', { headers: { host: '127.0.0.1:3001' } }))
    expect(response.status).toBe(421)
    expect(response.headers.get('refresh')).toBe('0; url=http://localhost:3001/admin/collections/standards?limit=5')
    expect(await response.text()).toContain('href="http://localhost:3001/admin/collections/standards?limit=5"')
    const same = await local(new NextRequest('http://localhost:3001/admin', { headers: { host: 'localhost:3001' } }))
    expect(same.headers.get('x-middleware-next')).toBe('1')
    vi.stubEnv('CMS_URL', 'https://cms.example.org')
  })

  it('answers a method no route takes, and any but POST on GraphQL, with a 405 that says what it takes', async () => {
    for (const method of ['PROPFIND', 'MKCOL', 'LINK']) {
      const response = await proxy(request('/api/standards', { method }))
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(`The CMS does not take ${method} requests.`)
    }
    for (const method of ['PUT', 'PATCH', 'DELETE', 'HEAD']) {
      const response = await proxy(request('/api/graphql', { method }))
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('POST, OPTIONS')
    }
  })

  it('sends the full security header set for the URLs it runs with, on answers and every refusal alike', async () => {
    const first = proxy(request('/api/standards'))
    const busy = await proxy(request('/api/comparisons'))
    await first
    const answers = {
      passed: await proxy(request('/admin')),
      malformed: await proxy(request('/api/standards/%E0%A4%A')),
      method: await proxy(request('/api/graphql', { method: 'DELETE' })),
      graphqlTooLarge: await proxy(request('/api/graphql', { method: 'POST', body: 'x'.repeat(200_000) })),
      busy,
    }
    expect(answers.busy.status).toBe(503)
    expect(answers.graphqlTooLarge.status).toBe(413)
    for (const [what, response] of Object.entries(answers)) {
      const header = (name: string) => response.headers.get(name)
      expect(header('content-security-policy'), what).toContain("frame-src 'self' https://www.example.org;")
      expect(header('content-security-policy'), what).toContain("frame-ancestors 'self'")
      expect(header('strict-transport-security'), what).toBe('max-age=31536000; includeSubDomains')
      expect(header('x-content-type-options'), what).toBe('nosniff')
      expect(header('x-frame-options'), what).toBe('SAMEORIGIN')
      expect(header('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
      expect(header('permissions-policy'), what).toContain('camera=()')
      expect(header('cross-origin-opener-policy'), what).toBe('same-origin')
      expect(header('cross-origin-resource-policy'), what).toBe('same-origin')
    }
  })
})
