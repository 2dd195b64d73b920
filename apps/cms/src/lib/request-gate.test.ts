import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { maxQueuedRequests } from './env'
import { createRequestGate } from './request-gate'

/** A hand-turned event loop: `turn()` runs what the gate scheduled for the next turn. */
function manualLoop() {
  let scheduled: Array<() => void> = []
  return {
    nextTurn: (callback: () => void) => {
      scheduled.push(callback)
    },
    get pending() {
      return scheduled.length
    },
    async turn() {
      const now = scheduled
      scheduled = []
      for (const callback of now) callback()
      // Let the admitted requests' continuations run, as microtasks do after a macrotask.
      await new Promise((resolve) => setImmediate(resolve))
    },
  }
}

describe('request gate', () => {
  it('admits the requests in arrival order, one per turn of the loop', async () => {
    const loop = manualLoop()
    const gate = createRequestGate({ maxQueued: 10, nextTurn: loop.nextTurn })
    const admitted: number[] = []
    for (const id of [1, 2, 3]) void gate.enter().then((ok) => ok && admitted.push(id))
    expect(gate.waiting).toBe(3)
    await loop.turn()
    expect(admitted).toEqual([1])
    await loop.turn()
    expect(admitted).toEqual([1, 2])
    await loop.turn()
    expect(admitted).toEqual([1, 2, 3])
    expect(gate.waiting).toBe(0)
    expect(loop.pending).toBe(0)
  })

  it('starts again when a request arrives after the line emptied', async () => {
    const loop = manualLoop()
    const gate = createRequestGate({ maxQueued: 10, nextTurn: loop.nextTurn })
    const first = gate.enter()
    await loop.turn()
    await expect(first).resolves.toBe(true)
    expect(loop.pending).toBe(0)
    const second = gate.enter()
    expect(loop.pending).toBe(1)
    await loop.turn()
    await expect(second).resolves.toBe(true)
  })

  it('refuses at once when the line is full, and takes requests again once it moves', async () => {
    const loop = manualLoop()
    const gate = createRequestGate({ maxQueued: 2, nextTurn: loop.nextTurn })
    const waiting = [gate.enter(), gate.enter()]
    await expect(gate.enter()).resolves.toBe(false)
    expect(gate.waiting).toBe(2)
    await loop.turn()
    await expect(waiting[0]).resolves.toBe(true)
    const third = gate.enter()
    await loop.turn()
    await loop.turn()
    await expect(waiting[1]).resolves.toBe(true)
    await expect(third).resolves.toBe(true)
  })

  it('keeps its order over a long busy spell without keeping the admitted', async () => {
    const loop = manualLoop()
    const gate = createRequestGate({ maxQueued: 8, nextTurn: loop.nextTurn })
    const admitted: number[] = []
    let next = 0
    const arrive = () => {
      const id = next++
      void gate.enter().then((ok) => ok && admitted.push(id))
    }
    for (let i = 0; i < 4; i++) arrive()
    // Each turn one request is admitted and one more arrives: the line never empties.
    for (let turn = 0; turn < 5000; turn++) {
      arrive()
      await loop.turn()
    }
    expect(admitted).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    expect(gate.waiting).toBe(4)
  })

  describe('in front of a server whose requests never wait on I/O', () => {
    let server: http.Server | undefined
    afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

    /** Busy-waits, as a request on SQLite computes without yielding to the loop. */
    const work = (ms: number) => {
      const end = performance.now() + ms
      while (performance.now() < end);
    }

    it('accepts connections that arrive together while the server is busy, not one per round of everyone', async () => {
      const gate = createRequestGate({ maxQueued: 1000 })
      let served = 0
      /** For each newcomer's connection: answers given before it was accepted. */
      const newcomersAcceptedAfter: number[] = []
      server = http.createServer(async (request, response) => {
        await gate.enter()
        work(1)
        served++
        const accepted = (request.socket as { acceptedAfter?: number }).acceptedAfter
        if (request.url === '/newcomer' && accepted !== undefined) newcomersAcceptedAfter.push(accepted)
        response.end('ok')
      })
      server.on('connection', (socket: { acceptedAfter?: number }) => {
        socket.acceptedAfter = served
      })
      server.keepAliveTimeout = 60_000
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', 511, resolve))
      const { port } = server.address() as AddressInfo
      const get = (agent: http.Agent, path: string) =>
        new Promise<void>((resolve, reject) =>
          http.get({ host: '127.0.0.1', port, path, agent }, (res) => res.resume().on('end', resolve)).on('error', reject),
        )
      // Sixteen clients keep the server busy, each asking again as soon as it is answered.
      const regulars = new http.Agent({ keepAlive: true, maxSockets: 16 })
      let stop = false
      const busy = Array.from({ length: 16 }, async () => {
        while (!stop) await get(regulars, '/regular')
      })
      await new Promise((resolve) => setTimeout(resolve, 100))
      // Then sixteen new clients connect at once, each on a connection of its own.
      const mark = served
      const newcomers = new http.Agent({ keepAlive: false })
      await Promise.all(Array.from({ length: 16 }, () => get(newcomers, '/newcomer')))
      stop = true
      await Promise.all(busy)
      regulars.destroy()
      expect(newcomersAcceptedAfter).toHaveLength(16)
      // Node accepts one connection per turn of its loop. Ungated, a turn serves every request
      // already read (16 here), so the last newcomer is accepted some 16 × 16 answers later;
      // gated, a turn is one answer.
      const lastAccepted = Math.max(...newcomersAcceptedAfter) - mark
      expect(lastAccepted).toBeLessThan(64)
    })
  })
})

describe('CMS_MAX_QUEUED_REQUESTS', () => {
  afterEach(() => {
    delete process.env.CMS_MAX_QUEUED_REQUESTS
  })

  it('defaults to 512 and takes a positive whole number', () => {
    expect(maxQueuedRequests()).toBe(512)
    process.env.CMS_MAX_QUEUED_REQUESTS = '64'
    expect(maxQueuedRequests()).toBe(64)
    for (const bad of ['0', '-3', '1.5', 'lots', '']) {
      process.env.CMS_MAX_QUEUED_REQUESTS = bad
      expect(maxQueuedRequests()).toBe(512)
    }
  })
})
