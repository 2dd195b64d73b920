import http from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeBundle } from '../src/crosswalk/write-bundle'
import { pendingRevalidation } from '../src/lib/revalidate-site'
import { createBundleStandards, smallBundle } from './crosswalk-fixtures'
import { adapters, bootPayload, shutdown } from './helpers'

// In this helper's assigned range (4120–4129).
const SITE_PORT = 4121

describe('crosswalk site refresh (sqlite)', () => {
  const adapter = adapters()[0]!
  const calls: string[][] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      calls.push((JSON.parse(body) as { tags: string[] }).tags)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  let payload: Payload

  /** The crosswalk tags the site was sent since call number `since` (other refreshes may interleave). */
  const nextCall = async (since: number): Promise<string[]> => {
    const deadline = Date.now() + 5_000
    while (Date.now() < deadline) {
      const tags = calls.slice(since).flat().filter((tag) => tag.startsWith('crosswalk:'))
      if (tags.length > 0) return [...new Set(tags)].sort()
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('The site was sent no crosswalk tag within 5 s.')
  }

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(SITE_PORT, '127.0.0.1', resolve))
    process.env.SITE_URL = `http://127.0.0.1:${SITE_PORT}`
    process.env.REVALIDATE_SECRET = 'crosswalk-revalidate-secret'
    payload = await bootPayload(adapter, 'crosswalk-revalidate')
    await createBundleStandards(payload)
  })

  afterAll(async () => {
    // Let the dispatcher finish its round before the database goes.
    const deadline = Date.now() + 5_000
    while (payload && Date.now() < deadline && (await pendingRevalidation(payload)).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    await shutdown(payload, adapter)
    await new Promise((resolve) => server.close(resolve))
    delete process.env.REVALIDATE_SECRET
  })

  it('refreshes the crosswalk pages of every standard a bundle write changed', async () => {
    const before = calls.length
    expect((await writeBundle(payload, smallBundle())).ok).toBe(true)
    expect(await nextCall(before)).toEqual(['crosswalk:iso-27001', 'crosswalk:nist-csf-2'])
  })

  it('refreshes a standard when an editor changes one of its requirements or a set touching it', async () => {
    const [requirement] = (await payload.find({ collection: 'requirements', where: { refId: { equals: 'GV.PO-01' } }, depth: 0 })).docs
    let before = calls.length
    await payload.update({ collection: 'requirements', id: requirement!.id, data: { summary: 'Reworded.' } })
    expect(await nextCall(before)).toEqual(['crosswalk:nist-csf-2'])

    const [set] = (await payload.find({ collection: 'mapping-sets', where: { slug: { equals: 'nist-csf-2-0--iso-27001-2022' } }, depth: 0 })).docs
    before = calls.length
    await payload.update({ collection: 'mapping-sets', id: set!.id, data: { status: 'deprecated' } })
    expect(await nextCall(before)).toEqual(['crosswalk:iso-27001', 'crosswalk:nist-csf-2'])
  })
})
