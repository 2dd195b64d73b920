import { describe, expect, it } from 'vitest'

import { createPageCache } from './page-cache.mjs'

const page = (size, freshUntil = 1000) => ({
  status: 200,
  headers: {},
  bodies: { identity: Buffer.alloc(size) },
  etag: 'W/"x"',
  storedAt: 0,
  freshUntil,
})

describe('createPageCache', () => {
  it('answers fresh until the entry expires, then stale', () => {
    let now = 0
    const cache = createPageCache({ now: () => now })
    cache.store('/a', page(10, 100))
    expect(cache.lookup('/a')?.fresh).toBe(true)
    now = 100
    expect(cache.lookup('/a')?.fresh).toBe(false)
    expect(cache.lookup('/b')).toBeUndefined()
  })

  it('evicts the least recently used entry beyond its limits', () => {
    const cache = createPageCache({ maxEntries: 2, now: () => 0 })
    cache.store('/a', page(1))
    cache.store('/b', page(1))
    cache.lookup('/a')
    cache.store('/c', page(1))
    expect(cache.lookup('/b')).toBeUndefined()
    expect(cache.lookup('/a')).toBeDefined()
    expect(cache.lookup('/c')).toBeDefined()

    const small = createPageCache({ maxBytes: 3100, now: () => 0 })
    small.store('/a', page(1000))
    small.store('/b', page(1000))
    small.store('/c', page(1000))
    expect(small.stats().entries).toBe(2)
    expect(small.stats().bytes).toBeLessThanOrEqual(3100)
    small.store('/huge', page(10_000))
    expect(small.lookup('/huge')).toBeUndefined()
  })

  it('replaces an entry without counting it twice', () => {
    const cache = createPageCache({ now: () => 0 })
    cache.store('/a', page(100))
    cache.store('/a', page(100))
    expect(cache.stats()).toEqual({ entries: 1, bytes: 612 })
  })

  it('expires everything at once and moves the generation on', () => {
    const cache = createPageCache({ now: () => 0 })
    cache.store('/a', page(1))
    cache.store('/b', page(1))
    const before = cache.generation()
    cache.expireAll()
    expect(cache.generation()).not.toBe(before)
    expect(cache.lookup('/a')?.fresh).toBe(false)
    expect(cache.lookup('/b')?.fresh).toBe(false)
  })
})
