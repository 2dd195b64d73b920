import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { CollectionAfterChangeHook, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE_REFRESH_OUTBOX } from '../src/collections/SiteRefreshOutbox'
import { createConfig } from '../src/config'
import type { Category, Standard } from '../src/payload-types'
import { freePort } from './global-setup'
import { standardData } from './helpers'

/**
 * The site refresh goes through an outbox written in the save's own transaction and sent after the
 * commit (lib/revalidate-site.ts, lib/site-refresh-dispatch.ts), on a throwaway SQLite file.
 */

const SECRET = 'outbox-test-secret'

interface Received {
  tags: string[]
  /** The edited standard's tagline as any other reader saw it when the call arrived. */
  taglineSeen: string | null
}

/** A site whose /api/revalidate reads the standard back the moment it is called, and can be told to fail. */
function startSite(readBack: () => Promise<string | null>) {
  const received: Received[] = []
  let failNext = 0
  let hangNext = 0
  const answered = { count: 0 }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      void (async () => {
        if (req.url !== '/api/revalidate' || req.headers.authorization !== `Bearer ${SECRET}`) {
          res.writeHead(401).end()
          return
        }
        const tags = (JSON.parse(body) as { tags: string[] }).tags
        received.push({ tags, taglineSeen: await readBack() })
        if (hangNext > 0) {
          hangNext -= 1
          // Longer than a save waits for the site (SITE_REFRESH_WAIT_MS), shorter than the dispatcher's timeout.
          await sleep(3_000)
        }
        answered.count += 1
        if (failNext > 0) {
          failNext -= 1
          res.writeHead(503).end()
        } else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
      })()
    })
  })
  return { received, answered, server, failNextCalls: (n: number) => (failNext = n), hangNextCalls: (n: number) => (hangNext = n) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(20)
  }
}

/**
 * The collection's own hooks, then one that holds the save open for a while after them (so a call
 * sent before the commit would arrive while the old tagline is still what others read) and can fail
 * the save after them (so it rolls back).
 */
const holdOpen: CollectionAfterChangeHook = async ({ doc, req }) => {
  await sleep(250)
  if (req.context.failAfterHooks) throw new Error('failing the save after its hooks ran')
  return doc
}

async function boot(databaseURI: string): Promise<Payload> {
  const config: SanitizedConfig = await createConfig({ databaseURI })
  const standards = config.collections.find((collection) => collection.slug === 'standards')
  standards?.hooks.afterChange.push(holdOpen)
  return getPayload({ config, key: `outbox-${Math.random().toString(36).slice(2)}` })
}

describe('site refresh outbox on SQLite', () => {
  const databaseURI = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'versus-cms-outbox-')), 'test.db')}`
  let payload: Payload
  let category: Category
  let standard: Standard
  // Another reader of the database: Payload's main connection, outside any save's transaction.
  const site = startSite(async () => {
    const doc = await payload.db.findOne<Standard>({ collection: 'standards', where: { id: { equals: standard.id } } })
    return doc?.tagline ?? null
  })
  const outboxRows = async () => (await payload.db.count({ collection: SITE_REFRESH_OUTBOX, where: {} })).totalDocs

  beforeAll(async () => {
    await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve))
    process.env.SITE_URL = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`
    process.env.REVALIDATE_SECRET = SECRET
    payload = await boot(databaseURI)
    category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' }, context: { disableRevalidate: true } })
    standard = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Outbox One', category: category.id }),
      context: { disableRevalidate: true },
    })
  })

  afterAll(async () => {
    await new Promise((resolve) => site.server.close(resolve))
    await payload?.destroy()
  })

  it('calls the site only once the save has committed: the site reads the new text', async () => {
    site.received.length = 0
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Committed before the call.' } })
    await until(() => site.received.length > 0, 'the revalidation call')
    expect(site.received[0]).toEqual({
      tags: ['standard:outbox-one', 'sitemap', 'standards-list'],
      taglineSeen: 'Committed before the call.',
    })
    await until(async () => (await outboxRows()) === 0, 'the delivered row to be deleted')
  })

  it('answers the save once the site has taken the refresh', async () => {
    site.received.length = 0
    const before = site.answered.count
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Visible when the save answers.' } })
    expect(site.answered.count).toBe(before + 1)
    expect(site.received[0]?.taglineSeen).toBe('Visible when the save answers.')
  })

  it('answers the save without the site when the site hangs, and the refresh still lands', async () => {
    site.received.length = 0
    site.hangNextCalls(1)
    const before = site.answered.count
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Saved while the site hangs.' } })
    // The save has answered while the site still holds the call.
    expect(site.received).toHaveLength(1)
    expect(site.answered.count).toBe(before)
    await until(() => site.answered.count === before + 1, 'the held call to be answered')
    await until(async () => (await outboxRows()) === 0, 'the delivered row to be deleted')
  })

  it('sends nothing when the save fails and rolls back', async () => {
    site.received.length = 0
    await expect(
      payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Never committed.' }, context: { failAfterHooks: true } }),
    ).rejects.toThrow(/failing the save/)
    await sleep(500)
    expect(site.received).toEqual([])
    expect(await outboxRows()).toBe(0)
    const stored = await payload.findByID({ collection: 'standards', id: standard.id })
    expect(stored.tagline).toBe('Saved while the site hangs.')
  })

  it('keeps the row while the site fails and retries it with backoff until the site takes it', async () => {
    site.received.length = 0
    site.failNextCalls(1)
    const started = Date.now()
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Retried until taken.' } })
    await until(() => site.received.length === 1, 'the first call')
    await until(async () => {
      const rows = await payload.db.find<{ attempts: number; lastError: string }>({ collection: SITE_REFRESH_OUTBOX, where: {}, limit: 1 })
      return rows.docs[0]?.attempts === 1 && rows.docs[0].lastError === 'HTTP 503'
    }, 'the failed attempt to be recorded on the row')
    await until(() => site.received.length === 2, 'the retry', 5_000)
    // The first retry waits a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(site.received.map((call) => call.tags)).toEqual([
      ['standard:outbox-one', 'sitemap', 'standards-list'],
      ['standard:outbox-one', 'sitemap', 'standards-list'],
    ])
    await until(async () => (await outboxRows()) === 0, 'the delivered row to be deleted')
  })

  it('sends, when the CMS starts, what a previous run left in the outbox', async () => {
    // The site is away: the row stays.
    const downPort = await freePort()
    process.env.SITE_URL = `http://127.0.0.1:${downPort}`
    await payload.update({ collection: 'standards', id: standard.id, data: { tagline: 'Left for the next start.' } })
    await until(async () => {
      const rows = await payload.db.find<{ attempts: number }>({ collection: SITE_REFRESH_OUTBOX, where: {}, limit: 1 })
      return rows.docs[0]?.attempts === 1
    }, 'the failed attempt')
    await payload.destroy()

    site.received.length = 0
    process.env.SITE_URL = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`
    // The row comes due a second after its failed attempt; the new process picks it up by itself.
    const restarted = await boot(databaseURI)
    payload = restarted
    await until(() => site.received.length > 0, 'the resumed call', 5_000)
    expect(site.received[0]?.tags).toEqual(['standard:outbox-one', 'sitemap', 'standards-list'])
    expect(site.received[0]?.taglineSeen).toBe('Left for the next start.')
    await until(async () => (await outboxRows()) === 0, 'the delivered row to be deleted')
  })
})
