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
    expect(call).toEqual({
      authorization: `Bearer ${SECRET}`,
      tags: ['standard:refresh-one', 'sitemap', 'standards-index', 'standards-list'],
    })
  })

  it('sends the old and the new slug on a rename', async () => {
    await payload.update({ collection: 'standards', id: standard.id, data: { slug: 'refresh-renamed' } })
    const call = await waitForCall(calls, 'standard:refresh-renamed')
    expect(call.tags).toEqual([
      'standard:refresh-renamed',
      'standard:refresh-one',
      'sitemap',
      'standards-index',
      'standards-list',
    ])
  })

  it('refreshes only what shows the fields that changed', async () => {
    calls.length = 0
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'A new tagline.' } })
    expect((await waitForCall(calls, 'standard:refresh-renamed')).tags).toEqual([
      'standard:refresh-renamed',
      'sitemap',
      'standards-list',
    ])
    calls.length = 0
    await payload.update({ collection: 'standards', id: standard.id, data: { faq: [{ question: 'Q?', answer: 'A.' }] } })
    expect((await waitForCall(calls, 'standard:refresh-renamed')).tags).toEqual(['standard:refresh-renamed', 'sitemap'])
  })

  it('stays quiet for a draft of a published standard, and compares the publish with what was live', async () => {
    calls.length = 0
    await payload.update({
      collection: 'standards',
      id: standard.id,
      draft: true,
      data: { shortName: 'Refresh Draft', _status: 'draft' },
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(calls).toEqual([])
    // Publishing the draft unchanged: the name differs from the published one, not from the draft.
    await payload.update({ collection: 'standards', id: standard.id, data: { _status: 'published' } })
    expect((await waitForCall(calls, 'standard:refresh-renamed')).tags).toContain('standards-index')
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
      `comparison:${comparison.pairKey}`,
      'sitemap',
      'comparisons-index',
    ])

    await payload.create({
      collection: 'articles',
      data: incomplete({ title: 'Refresh news', summary: 'S', _status: 'published' }),
    })
    expect((await waitForCall(calls, 'article:refresh-news')).tags).toEqual([
      'article:refresh-news',
      'sitemap',
      'articles-index',
    ])

    await payload.create({ collection: 'aspects', data: { name: 'Scope', slug: 'scope', order: 1 } })
    await waitForCall(calls, 'aspects')
    await payload.update({ collection: 'categories', id: category.id, data: { description: 'Changed' } })
    await waitForCall(calls, 'categories')
    await payload.updateGlobal({ slug: 'site', data: { siteName: 'Versus' } })
    await waitForCall(calls, 'site')
  })

  it('tells the site about an unpublish and a delete', async () => {
    calls.length = 0
    const { docs } = await payload.find({ collection: 'comparisons', where: { standardA: { equals: standard.id } } })
    for (const comparison of docs) {
      await payload.delete({ collection: 'comparisons', id: comparison.id })
      expect((await waitForCall(calls, `comparison:${comparison.pairKey}`)).tags).toEqual([
        `comparison:${comparison.pairKey}`,
        'sitemap',
        'comparisons-index',
      ])
    }
    calls.length = 0
    await payload.update({ collection: 'standards', id: standard.id, data: { _status: 'draft' } })
    expect((await waitForCall(calls, 'standard:refresh-renamed')).tags).toContain('standards-index')
    calls.length = 0
    // Deleting what the site no longer shows (an unpublished standard) has nothing to refresh.
    await payload.delete({ collection: 'standards', id: standard.id })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(calls).toEqual([])

    const shown = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Refresh Gone', category: category.id }),
      context: { disableRevalidate: true },
    })
    await payload.delete({ collection: 'standards', id: shown.id })
    expect((await waitForCall(calls, 'standard:refresh-gone')).tags).toEqual([
      'standard:refresh-gone',
      'sitemap',
      'standards-index',
      'standards-list',
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
