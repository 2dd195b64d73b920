/**
 * The database restarts under a running CMS: MongoDB's driver reconnects on
 * its own, with no step by anyone. Payload is booted on its own MongoDB
 * stand-in server, which is stopped (every connection dropped, the port
 * refusing connections) and started again on the same port; reads and writes
 * then succeed again within a bounded wait. (The stand-in keeps its data in
 * memory across the restart, as mongod keeps it on disk.) SQLite has nothing
 * to reconnect: it is a file the CMS process opens itself.
 */
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createConfig } from '../src/config'
import { freePort } from './global-setup'

interface CongoServer {
  start(): Promise<void>
  stop(): Promise<void>
}

const standinDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mongo-standin')

/** Whether something accepts TCP connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Runs `attempt` until it resolves, at most `attempts` times, `pauseMs` apart; the last error fails the test. */
async function eventually<T>(attempt: () => Promise<T>, attempts: number, pauseMs: number): Promise<{ value: T; tries: number }> {
  // Each failure is kept: if the last try fails too, its error is the test's.
  let lastError: unknown
  for (let tries = 1; tries <= attempts; tries++) {
    try {
      return { value: await attempt(), tries }
    } catch (error) {
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
  throw lastError
}

describe.skipIf(!inject('mongoStandinURI'))('database restarted under the CMS (MongoDB stand-in)', () => {
  let server: CongoServer
  let port: number
  let payload: Payload

  beforeAll(async () => {
    const { congodb } = (await import(pathToFileURL(path.join(standinDir, 'index.mjs')).href)) as {
      congodb: { CongoServer: new (options: { port: number }) => CongoServer }
    }
    port = await freePort()
    server = new congodb.CongoServer({ port })
    await server.start()
    const config = createConfig({ databaseURI: `mongodb://127.0.0.1:${port}/versus_reconnect?serverMonitoringMode=poll` })
    payload = await getPayload({ config, key: `reconnect-${Math.random().toString(36).slice(2)}` })
  })

  afterAll(async () => {
    await payload?.destroy()
    await server?.stop()
  })

  it('reads and writes again once the server is back, without a restart of the CMS', async () => {
    await payload.create({ collection: 'categories', data: { name: 'Before', slug: 'before' } })

    await server.stop()
    expect(await listening(port), 'the server is down').toBe(false)
    await server.start()
    expect(await listening(port), 'the server is back on the same port').toBe(true)

    // Bounded: 40 tries 250 ms apart. Each try is a real query through Payload.
    const { value: found } = await eventually(
      () => payload.find({ collection: 'categories', where: { slug: { equals: 'before' } } }),
      40,
      250,
    )
    expect(found.docs.map((doc) => doc.name)).toEqual(['Before'])

    await payload.create({ collection: 'categories', data: { name: 'After', slug: 'after' } })
    const all = await payload.find({ collection: 'categories', sort: 'slug' })
    expect(all.docs.map((doc) => doc.slug)).toEqual(['after', 'before'])
  })
})
