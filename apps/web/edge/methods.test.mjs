import { describe, expect, it } from 'vitest'

import { allowedMethods, refuseMethod } from './methods.mjs'

describe('refuseMethod', () => {
  it('lets reads through everywhere and the webhook take POST', () => {
    for (const url of ['/', '/compare/a-vs-b', '/api/compare/a-vs-b?x=1', '/_next/static/a.js']) {
      expect(refuseMethod('GET', url)).toBeNull()
      expect(refuseMethod('HEAD', url)).toBeNull()
    }
    expect(refuseMethod('POST', '/api/revalidate')).toBeNull()
    expect(allowedMethods('/api/revalidate')).toEqual(['POST'])
  })

  it('answers other methods 405 with Allow and a message, JSON under /api', () => {
    const page = refuseMethod('DELETE', '/compare/a-vs-b')
    expect(page).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, OPTIONS', 'content-type': 'text/plain; charset=utf-8' } })
    expect(page?.body).toContain('DELETE is not allowed here')
    const api = refuseMethod('POST', '/api/compare/a-vs-b')
    expect(api?.status).toBe(405)
    expect(JSON.parse(api?.body ?? '')).toEqual({ error: 'POST is not allowed here; use GET or HEAD.' })
    expect(refuseMethod('GET', '/api/revalidate')).toMatchObject({ status: 405, headers: { allow: 'POST, OPTIONS' } })
  })

  it('answers a CORS preflight with what is allowed', () => {
    expect(refuseMethod('OPTIONS', '/api/compare/a-vs-b')).toMatchObject({ status: 204, headers: { allow: 'GET, HEAD, OPTIONS' } })
  })
})
