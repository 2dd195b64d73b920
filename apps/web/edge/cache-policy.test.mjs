import { describe, expect, it } from 'vitest'

import { cacheKeyFor, freshnessFor, parseCacheControl } from './cache-policy.mjs'

const get = (url, headers = {}) => ({ method: 'GET', url, headers })

describe('cacheKeyFor', () => {
  it('shares anonymous GETs and HEADs under their path and query', () => {
    expect(cacheKeyFor(get('/compare/a-vs-b'))).toBe('/compare/a-vs-b')
    expect(cacheKeyFor({ method: 'HEAD', url: '/standards?q=iso', headers: {} })).toBe('/standards?q=iso')
    expect(cacheKeyFor(get('/', { cookie: 'theme=dark' }))).toBe('/')
  })

  it('never shares writes, draft mode, credentials or client-side navigation payloads', () => {
    expect(cacheKeyFor({ method: 'POST', url: '/api/revalidate', headers: {} })).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b', { cookie: 'a=1; __prerender_bypass=x' }))).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b', { cookie: '__next_preview_data=x' }))).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b', { authorization: 'Bearer x' }))).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b', { rsc: '1' }))).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b', { 'next-router-prefetch': '1' }))).toBeNull()
    expect(cacheKeyFor(get('/compare/a-vs-b?_rsc=abc'))).toBeNull()
    expect(cacheKeyFor(get('http://evil.example/'))).toBeNull()
  })
})

describe('freshnessFor', () => {
  const cap = 30_000
  it("follows the site's shared-cache lifetime, capped", () => {
    expect(freshnessFor(200, { 'cache-control': 's-maxage=300, stale-while-revalidate=31535700' }, cap)).toBe(30_000)
    expect(freshnessFor(200, { 'cache-control': 's-maxage=10' }, cap)).toBe(10_000)
    expect(freshnessFor(200, { 'cache-control': 'public, max-age=31536000, immutable' }, cap)).toBe(30_000)
  })

  it('stores nothing the site did not allow, nor errors, redirects, cookies or stale renders', () => {
    expect(freshnessFor(200, {}, cap)).toBe(0)
    expect(freshnessFor(200, { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, cap)).toBe(0)
    expect(freshnessFor(404, { 'cache-control': 's-maxage=300' }, cap)).toBe(0)
    expect(freshnessFor(308, { 'cache-control': 's-maxage=300' }, cap)).toBe(0)
    expect(freshnessFor(200, { 'cache-control': 's-maxage=300', 'set-cookie': ['a=b'] }, cap)).toBe(0)
    expect(freshnessFor(200, { 'cache-control': 's-maxage=300', 'x-nextjs-cache': 'STALE' }, cap)).toBe(0)
    expect(freshnessFor(200, { 'cache-control': 's-maxage=300', vary: 'Cookie' }, cap)).toBe(0)
    expect(freshnessFor(200, { 'cache-control': 's-maxage=abc' }, cap)).toBe(0)
  })
})

describe('parseCacheControl', () => {
  it('reads directives case-insensitively, with and without arguments', () => {
    const d = parseCacheControl('Public, S-MAXAGE="60" ,no-transform')
    expect([...d]).toEqual([
      ['public', ''],
      ['s-maxage', '60'],
      ['no-transform', ''],
    ])
  })
})
