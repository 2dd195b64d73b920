// The production topology (docs/deploy.md, "Production topology") with real engines: the CMS,
// Redis as Next's shared cache, two `next start` instances and Varnish with ops/varnish/versus.vcl.
// Tests run in order against one topology; the last ones stop parts of it. Ports: CLUSTER_PORT_BASE
// (4060) to +4. CLUSTER_CMS_BUILD: serve an existing CMS build (its dist folder) instead of building.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bringUpCluster, startRedis, waitForRedis } from '../../scripts/lib/cluster.mjs'
import { stopAll } from '../../scripts/lib/processes.mjs'
import { cmsEditor, get, previewLink, rawExchange, sha, sleep, stopServer, within } from './support.mjs'

const base = Number(process.env.CLUSTER_PORT_BASE || 4060)
const ports = { varnish: base, cms: base + 1, sites: [base + 2, base + 3], redis: base + 4 }
const V = `http://127.0.0.1:${ports.varnish}`
const SITES = ports.sites.map((port) => `http://127.0.0.1:${port}`)

// Seeded content (apps/cms/src/seed/content): NIS2 is in these pairs and on the article page.
const NIS2_PAGES = ['/standards/nis2', '/compare/dora-vs-nis2', '/compare/nis2-vs-iso-27001', '/standards', '/articles/why-nis2-matters-for-cyber-resilience']
const OTHER_PAGES = ['/', '/compare', '/articles', '/standards/iso-27001', '/compare/iso-27032-vs-iso-27701', '/api/compare/iso-27032-vs-iso-27701']
const ALL_PAGES = [...NIS2_PAGES, ...OTHER_PAGES]

let dataDir
let up
let secrets

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'versus-cluster-data-'))
  up = await bringUpCluster({
    dataDir,
    ports,
    cmsBuild: process.env.CLUSTER_CMS_BUILD || null,
    log: (m) => console.info(`[cluster] ${m}`),
  })
  secrets = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'))
})

afterAll(async () => {
  await stopAll()
  if (up?.runDir) await rm(up.runDir, { recursive: true, force: true })
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

/** A client that takes no compression (curl, some crawlers). */
const IDENTITY = { 'accept-encoding': 'identity' }

/** Requests `path` until Varnish holds it (a HIT). */
async function cached(pathname, headers = {}) {
  for (let i = 0; i < 5; i++) {
    const res = await get(`${V}${pathname}`, headers)
    expect(res.status, pathname).toBeLessThan(400)
    if (res.cache === 'HIT') return res
  }
  throw new Error(`${pathname} never became a HIT`)
}

/** The first request for `pathname` that nothing else has asked Varnish for yet. */
async function expectNotStored(pathname) {
  const res = await get(`${V}${pathname}`)
  expect(res.cache, `${pathname} was stored by the request before`).toBe('MISS')
  return res
}

describe('Varnish in front of two instances', () => {
  it('caches a page, keys it by normalized URL, and keeps its surrogate keys to itself', async () => {
    const first = await get(`${V}/standards/iso-27701`)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('MISS')
    expect(first.headers.get('xkey')).toBeNull()
    const again = await get(`${V}/standards/iso-27701?utm_source=mail&fbclid=x`)
    expect(again.cache).toBe('HIT')
    expect(again.body).toBe(first.body)
    // The instance itself sends the keys Varnish purges by.
    const direct = await get(`${SITES[0]}/standards/iso-27701`)
    expect(direct.headers.get('xkey')?.split(' ')).toContain('standard:iso-27701')
  })

  it('a client that takes no gzip gets a stored, uncompressed copy of its own, with the same page', async () => {
    const compressed = await cached('/standards/popia')
    // Its own copy: fetched once (not the compressed one gunzipped on every delivery), then held.
    expect((await get(`${V}/standards/popia`, IDENTITY)).cache).toBe('MISS')
    const plain = await get(`${V}/standards/popia`, IDENTITY)
    expect(plain.cache).toBe('HIT')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.body).toBe(compressed.body)
    // The gzip client's copy is still the compressed one.
    const again = await fetch(`${V}/standards/popia`, { headers: { 'accept-encoding': 'gzip' } })
    expect(again.headers.get('content-encoding')).toBe('gzip')
    expect(again.headers.get('x-cache')).toBe('HIT')
    await again.arrayBuffer()
  })

  it('keeps only the parameters the site reads, sorted, in the cache key', async () => {
    const api = '/api/compare/iso-27001-vs-iso-27002'
    expect((await get(`${V}${api}?q=x&category=y&utm_campaign=z`)).cache).toBe('MISS')
    expect((await get(`${V}${api}?category=y&q=x`)).cache).toBe('HIT')
    expect((await get(`${V}${api}?gclid=1&category=y&q=x&ref=2`)).cache).toBe('HIT')
    expect((await get(`${V}${api}?q=x`)).cache).toBe('MISS')
    // Next's own files keep their query (the image optimizer reads url, w and q).
    const css = (await get(`${SITES[0]}/standards`)).body.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1]
    expect(css).toBeTruthy()
    expect((await get(`${V}${css}?a=1`)).cache).toBe('MISS')
    expect((await get(`${V}${css}?a=2`)).cache).toBe('MISS')
    expect((await get(`${V}${css}?a=1`)).cache).toBe('HIT')
  })

  it('accepts PURGE only with the secret, from the loopback ACL', async () => {
    const purge = (secret) => fetch(`${V}/`, { method: 'PURGE', headers: { xkey: 'standard:iso-27701', 'x-purge-secret': secret } })
    expect((await purge('wrong')).status).toBe(403)
    expect((await get(`${V}/standards/iso-27701`)).cache).toBe('HIT')
    const ok = await purge(up.purgeSecret)
    expect(ok.status).toBe(200)
    expect(Number(ok.headers.get('x-purged'))).toBeGreaterThanOrEqual(1)
    expect((await get(`${V}/standards/iso-27701`)).cache).toBe('MISS')
  })
})

/** Varnish's counters whose names match `field` (varnishstat -f), by name. */
function varnishCounters(field) {
  const out = execFileSync('varnishstat', ['-n', path.join(up.runDir, 'varnish'), '-1', '-j', '-f', field], { encoding: 'utf8' })
  const json = JSON.parse(out)
  return Object.fromEntries(Object.entries(json.counters ?? json).filter(([, c]) => typeof c === 'object').map(([name, c]) => [name, c.value]))
}

/** The TTL, grace and keep VCL set for the objects fetched for `pathname`, in order (Varnish's log, `TTL VCL` records). */
function storedTtls(pathname) {
  const out = execFileSync(
    'varnishlog',
    ['-n', path.join(up.runDir, 'varnish'), '-d', '-g', 'request', '-q', `BereqURL eq "${pathname}"`, '-i', 'TTL'],
    { encoding: 'utf8' },
  )
  return [...out.matchAll(/TTL\s+VCL\s+(\S+)\s+(\S+)\s+(\S+)/g)].map(([, ttl, grace, keep]) => ({ ttl: Number(ttl), grace: Number(grace), keep: Number(keep) }))
}

describe('addresses naming nothing (404)', () => {
  it('are held a minute at most, without grace, in their own small storage: junk cannot evict pages', async () => {
    const junk = '/compare/zzz-junk-vs-yyy-junk'
    const pages = varnishCounters('SMA.s0.c_req')['SMA.s0.c_req']
    const before = varnishCounters('SMA.notfound.c_req')['SMA.notfound.c_req']
    const first = await get(`${V}${junk}`)
    expect(first.status).toBe(404)
    expect(first.cache).toBe('MISS')
    // A flood of one junk address reaches the site once a minute at most.
    const again = await get(`${V}${junk}`)
    expect(again.status).toBe(404)
    expect(again.cache).toBe('HIT')
    expect(varnishCounters('SMA.notfound.c_req')['SMA.notfound.c_req']).toBeGreaterThan(before)
    expect(varnishCounters('SMA.s0.c_req')['SMA.s0.c_req']).toBe(pages)
    // Each `set` logs a record; the last is what the object was stored with.
    await expect.poll(() => storedTtls(junk).length, { timeout: 5_000 }).toBeGreaterThan(0)
    const stored = storedTtls(junk).at(-1)
    expect(stored.ttl).toBeLessThanOrEqual(60)
    expect(stored.grace).toBe(0)
    expect(stored.keep).toBe(0)
    // Pages keep their day of grace.
    expect(storedTtls('/standards/iso-27701').some((stored) => stored.grace === 86_400)).toBe(true)
  })
})

describe('request smuggling', () => {
  const urls = ['/', '/standards/nis2', '/compare/nis2-vs-iso-27001', '/standards/iso-27001', '/articles']
  // Through Varnish to an instance (passed, so every request uses a backend connection) and from the cache.
  const answers = async () => {
    const out = []
    for (const url of urls) {
      for (const headers of [{}, { cookie: 'payload-token=not-a-session' }]) {
        for (let i = 0; i < 2; i++) {
          const res = await get(`${V}${url}`, headers)
          out.push(`${url} ${JSON.stringify(headers)} ${res.status} ${sha(res.body.replace(/nonce="[^"]*"/g, ''))}`)
        }
      }
    }
    return out
  }
  const smuggled = 'GET /standards/gdpr HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
  const prefix = 'GET /no-such-page-poison HTTP/1.1\r\nX-Ignore: '
  const attempts = {
    'GET with Content-Length and a whole request as its body': `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${smuggled.length}\r\n\r\n${smuggled}`,
    'HEAD with Content-Length and a whole request as its body': `HEAD /standards/nis2 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${smuggled.length}\r\n\r\n${smuggled}`,
    'GET with a request prefix as its body (CL.0)': `GET /standards/nis2 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${prefix.length}\r\n\r\n${prefix}`,
    'GET with a chunked body': `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n${smuggled.length.toString(16)}\r\n${smuggled}\r\n0\r\n\r\n`,
    'GET with both Content-Length and chunked': `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${prefix}`,
  }

  it('a GET/HEAD with a body, then other clients: every URL answers as before', async () => {
    const before = await answers()
    for (const [name, bytes] of Object.entries(attempts)) {
      const { text } = await rawExchange(ports.varnish, bytes)
      expect(text.split('\r\n')[0], name).toMatch(/^HTTP\/1\.1 400 /)
      // Nothing after the refusal: the connection is closed, the body never parsed as a request.
      expect(text.match(/HTTP\/1\.1 \d{3}/g), name).toHaveLength(1)
      // Another client, at once, on its own connections.
      expect(await answers(), name).toEqual(before)
    }
  })

  it('the body bytes never reach an instance as a request', async () => {
    // The smuggled path would have been rendered and cached by an instance; Varnish has never seen it.
    expect((await get(`${V}/standards/gdpr`)).cache).toBe('MISS')
  })
})

describe('what Varnish never stores', () => {
  it('a draft: the editor sees it, passed; visitors never do', async () => {
    const editor = await cmsEditor(up.urls.cms)
    const gdpr = await editor.standard('gdpr')
    await editor.update('standards', gdpr.id, { tagline: 'DRAFT-ONLY tagline for GDPR' }, { draft: true })
    const enable = await get(`${V}${previewLink('/standards/iso-27032', secrets.PREVIEW_SECRET)}`)
    expect(enable.status).toBe(307)
    const cookie = enable.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    expect(cookie).toContain('versus_draft=')
    expect(cookie).not.toContain('__prerender_bypass=')
    const draft = await get(`${V}/standards/gdpr`, { cookie })
    expect(draft.status).toBe(200)
    expect(draft.body).toContain('DRAFT-ONLY tagline for GDPR')
    expect(draft.cache).toBe('PASS')
    await get(`${V}/standards/iso-27032`, { cookie })
    const visitor = await expectNotStored('/standards/iso-27032')
    expect(visitor.body).not.toContain('DRAFT-ONLY')
    expect((await get(`${V}/standards/gdpr`)).body).not.toContain('DRAFT-ONLY')
    // The editor leaves the preview on one instance; a copy of the cookie opens it on neither (the
    // ended session is in Redis).
    for (const site of SITES) expect((await get(`${site}/standards/gdpr`, { cookie })).body).toContain('DRAFT-ONLY')
    expect((await get(`${SITES[0]}/api/exit-preview?path=/standards/gdpr`, { cookie })).status).toBe(307)
    for (const site of SITES) expect((await get(`${site}/standards/gdpr`, { cookie })).body, site).not.toContain('DRAFT-ONLY')
  })

  it('a signed-in answer (Payload session cookie, Authorization)', async () => {
    expect((await get(`${V}/standards/pci-dss`, { cookie: 'payload-token=abc' })).cache).toBe('PASS')
    expect((await get(`${V}/standards/pci-dss`, { authorization: 'Bearer abc' })).cache).toBe('PASS')
    await expectNotStored('/standards/pci-dss')
  })

  it('an RSC payload (RSC header, prefetch, _rsc parameter)', async () => {
    // The list pages are App Router pages (content pages are static HTML and answer HTML to anything).
    // Next 16 answers an RSC request whose _rsc does not match its headers with a redirect to one that does.
    const rsc = await get(`${V}/standards?_rsc`, { rsc: '1' })
    expect(rsc.headers.get('content-type')).toContain('text/x-component')
    expect(rsc.cache).toBe('PASS')
    expect((await get(`${V}/standards`, { rsc: '1' })).cache).toBe('PASS')
    expect((await get(`${V}/standards?_rsc=1x2y`, { 'next-router-prefetch': '1' })).cache).toBe('PASS')
    expect((await get(`${V}/standards?_rsc=1x2y`)).cache).toBe('PASS')
    const page = await expectNotStored('/standards')
    expect(page.headers.get('content-type')).toContain('text/html')
  })

  it('an answer to a request with client-sent Next internal headers, which never reach the site', async () => {
    const internal = [
      { 'x-prerender-revalidate': 'guess' },
      { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
      { 'X-NextJS-Data': '1' },
      { 'x-nextjs-rewrite': '/standards/gdpr' },
      { 'x-middleware-prefetch': '1' },
    ]
    for (const headers of internal) {
      const res = await get(`${V}/standards/iso-17025`, headers)
      expect(res.status, JSON.stringify(headers)).toBe(200)
      expect(res.cache, JSON.stringify(headers)).toBe('PASS')
    }
    // Had x-middleware-subrequest reached Next, the proxy (and its redirect) would be skipped.
    const redirect = await get(`${V}/compare/iso-27701-vs-iso-27032`, { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' })
    expect(redirect.status).toBe(308)
    await expectNotStored('/standards/iso-17025')
  })
})

describe('publish', () => {
  it('shows on both instances and through Varnish within a second; purges only the pages that read NIS2', async () => {
    const editor = await cmsEditor(up.urls.cms)
    const nis2 = await editor.standard('nis2')
    for (const page of ALL_PAGES) await cached(page)
    await cached('/compare/nis2-vs-iso-27001', IDENTITY)
    await cached('/compare/iso-27032-vs-iso-27701', IDENTITY)
    for (const site of SITES) expect((await get(`${site}/standards/nis2`)).status).toBe(200)

    // Three publishes: the median of each must be within a second (one slow render on a busy
    // machine is not the topology's fault), and none may take more than three.
    const shows = (url, tagline) => async () => (await get(url)).body.includes(tagline)
    const runs = []
    let tagline = ''
    for (let i = 0; i < 3; i++) {
      tagline = `Published at ${Date.now()} (${i})`
      await editor.update('standards', nis2.id, { tagline })
      runs.push(
        await Promise.all([
          ...SITES.map((s) => within(5_000, shows(`${s}/standards/nis2`, tagline))),
          within(5_000, shows(`${V}/standards/nis2`, tagline)),
        ]),
      )
    }
    const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1]
    console.info(`[cluster] publish → visible (ms, site-1 / site-2 / varnish): ${runs.map((r) => r.join(' / ')).join('; ')}`)
    for (let k = 0; k < 3; k++) expect(median(k)).toBeLessThanOrEqual(1_000)
    for (const ms of runs.flat()) expect(ms).toBeLessThanOrEqual(3_000)

    // After the second purge (REPURGE_AFTER_MS), every page that reads NIS2 was dropped, no other.
    await sleep(1_500)
    for (const page of NIS2_PAGES) expect((await get(`${V}${page}`)).cache, page).toBe('MISS')
    for (const page of OTHER_PAGES) expect((await get(`${V}${page}`)).cache, page).toBe('HIT')
    expect((await get(`${V}/compare/nis2-vs-iso-27001`)).body).toContain(tagline)
    // The uncompressed copies follow the same keys.
    const plain = await get(`${V}/compare/nis2-vs-iso-27001`, IDENTITY)
    expect(plain.cache).toBe('MISS')
    expect(plain.body).toContain(tagline)
    expect((await get(`${V}/compare/iso-27032-vs-iso-27701`, IDENTITY)).cache).toBe('HIT')
  })
})

describe('failures', () => {
  it('Redis stopped: both instances and Varnish still serve pages, fast; a refresh asks to be sent again', async () => {
    await stopServer('redis')
    for (const site of SITES) {
      for (const page of ['/standards/iso-9001', '/compare/gdpr-vs-iso-27701', '/']) {
        const start = Date.now()
        const res = await get(`${site}${page}`)
        expect(res.status, `${site}${page}`).toBe(200)
        expect(Date.now() - start, `${site}${page}`).toBeLessThan(5_000)
      }
    }
    expect((await get(`${V}/standards/eu-ai-act`)).status).toBe(200)
    // A refresh now cannot drop what Redis holds: the instance says so (503), and the CMS sends it again.
    const refresh = (site) =>
      fetch(`${site}/api/revalidate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secrets.REVALIDATE_SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tags: ['standard:iso-9001'] }),
      })
    const refused = await refresh(SITES[0])
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBeTruthy()
    startRedis(ports.redis)
    await waitForRedis(ports.redis)
    await expect.poll(async () => (await refresh(SITES[0])).status, { timeout: 10_000 }).toBe(200)
    // Back in use: a refresh reaches both instances again.
    await expect.poll(async () => (await get(`${SITES[1]}/standards/iso-9001`)).status, { timeout: 10_000 }).toBe(200)
  })

  // The instances stay healthy here, so the first look fetches: a 503 from that fetch used to take
  // the place of the stale copy (ops/varnish/versus.vcl now abandons such a fetch and looks again).
  it('CMS stopped: a page refreshed meanwhile cannot be rendered; Varnish serves its grace copy', async () => {
    const held = await cached('/standards/gdpr')
    await stopServer('cms')
    // A refresh call for GDPR (as a CMS would send) drops it in Redis and at Varnish; no render can succeed now.
    const refreshed = await fetch(`${V}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secrets.REVALIDATE_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['standard:gdpr'] }),
    })
    expect(refreshed.status).toBe(200)
    await sleep(1_200) // both purges done
    expect((await get(`${SITES[0]}/standards/gdpr`)).status).toBe(503)
    const res = await get(`${V}/standards/gdpr`)
    expect(res.status).toBe(200)
    expect(res.cache).toBe('STALE')
    expect(res.body).toBe(held.body)
  })

  it('both instances stopped: Varnish serves its grace copies (even of purged pages), 503 for pages it never held', async () => {
    const held = await cached('/standards/iso-27001')
    await stopServer('site-1')
    await stopServer('site-2')
    // A publish while the site is down purges the page: the grace copy still answers.
    const purged = await fetch(`${V}/`, { method: 'PURGE', headers: { xkey: 'standard:iso-27001', 'x-purge-secret': up.purgeSecret } })
    expect(purged.status).toBe(200)
    for (let i = 0; i < 3; i++) {
      const res = await get(`${V}/standards/iso-27001`)
      expect(res.status).toBe(200)
      expect(res.cache).toBe('STALE')
      expect(res.body).toBe(held.body)
      await sleep(1_500) // the probes mark both backends sick meanwhile
    }
    expect((await get(`${V}/standards/ul-2900-1`)).status).toBe(503)
  })
})
