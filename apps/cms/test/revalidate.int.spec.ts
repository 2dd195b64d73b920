import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Category, Standard } from '../src/payload-types'
import { freePort } from './global-setup'
import { adapters, bootPayload, incomplete, shutdown, standardData } from './helpers'

interface Call {
  authorization: string | undefined
  tags: string[]
}

const SECRET = 'revalidate-test-secret'

/** A stand-in for the site's /api/revalidate route. */
function startSite() {
  const calls: Call[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/revalidate') {
        calls.push({ authorization: req.headers.authorization, tags: (JSON.parse(body) as { tags: string[] }).tags })
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
      } else {
        res.writeHead(404).end()
      }
    })
  })
  return { calls, server }
}

async function waitForCall(calls: Call[], tag: string, timeoutMs = 5_000): Promise<Call> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const call = calls.find((c) => c.tags.includes(tag))
    if (call) return call
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`No revalidation call with tag "${tag}" within ${timeoutMs} ms; got ${JSON.stringify(calls)}`)
}

describe.each(adapters())('site refresh on $name', (adapter) => {
  let payload: Payload
  let category: Category
  const { calls, server } = startSite()

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.SITE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.REVALIDATE_SECRET = SECRET
    payload = await bootPayload(adapter, 'revalidate')
    category = await payload.create({
      collection: 'categories',
      data: { name: 'Security', slug: 'security' },
      context: { disableRevalidate: true },
    })
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await shutdown(payload, adapter)
  })

  let standard: Standard

  it('tells the site when a standard is published, with the shared secret', async () => {
    standard = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Refresh One', category: category.id }),
    })
    const call = await waitForCall(calls, 'standard:refresh-one')
    expect(call).toEqual({ authorization: `Bearer ${SECRET}`, tags: ['standards', 'standard:refresh-one'] })
  })

  it('sends the old and the new slug on a rename', async () => {
    await payload.update({ collection: 'standards', id: standard.id, data: { slug: 'refresh-renamed' } })
    const call = await waitForCall(calls, 'standard:refresh-renamed')
    expect(call.tags).toEqual(['standards', 'standard:refresh-renamed', 'standard:refresh-one'])
  })

  it('stays quiet for drafts that were never published and when disabled', async () => {
    await payload.create({
      collection: 'standards',
      draft: true,
      data: standardData({ shortName: 'Draft Only', category: category.id, _status: 'draft' }),
    })
    await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Silent', category: category.id }),
      context: { disableRevalidate: true },
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(calls.flatMap((c) => c.tags)).not.toContain('standard:draft-only')
    expect(calls.flatMap((c) => c.tags)).not.toContain('standard:silent')
  })

  it('tags comparisons by pair key, articles by slug, and the shared collections', async () => {
    const other = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Refresh Two', category: category.id }),
      context: { disableRevalidate: true },
    })
    const comparison = await payload.create({
      collection: 'comparisons',
      data: { standardA: standard.id, standardB: other.id, _status: 'published' },
    })
    expect((await waitForCall(calls, `comparison:${comparison.pairKey}`)).tags).toEqual([
      'comparisons',
      `comparison:${comparison.pairKey}`,
    ])

    await payload.create({
      collection: 'articles',
      data: incomplete({ title: 'Refresh news', summary: 'S', _status: 'published' }),
    })
    expect((await waitForCall(calls, 'article:refresh-news')).tags).toEqual(['articles', 'article:refresh-news'])

    await payload.create({ collection: 'aspects', data: { name: 'Scope', slug: 'scope', order: 1 } })
    await waitForCall(calls, 'aspects')
    await payload.update({ collection: 'categories', id: category.id, data: { description: 'Changed' } })
    await waitForCall(calls, 'categories')
    await payload.updateGlobal({ slug: 'site', data: { siteName: 'Versus' } })
    await waitForCall(calls, 'site')
  })

  it('tells the site about an unpublish and a delete', async () => {
    calls.length = 0
    await payload.update({ collection: 'standards', id: standard.id, data: { _status: 'draft' } })
    await waitForCall(calls, 'standard:refresh-renamed')
    calls.length = 0
    await payload.delete({ collection: 'standards', id: standard.id })
    expect((await waitForCall(calls, 'standard:refresh-renamed')).tags).toEqual([
      'standards',
      'standard:refresh-renamed',
    ])
  })

  it('still publishes, without waiting, when the site is down', async () => {
    const saved = process.env.SITE_URL
    process.env.SITE_URL = `http://127.0.0.1:${await freePort()}`
    try {
      const started = Date.now()
      const doc = await payload.create({
        collection: 'standards',
        data: standardData({ shortName: 'Offline Publish', category: category.id }),
      })
      expect(doc._status).toBe('published')
      expect(Date.now() - started).toBeLessThan(3_000)
    } finally {
      process.env.SITE_URL = saved
    }
  })
})
