import { describe, expect, it } from 'vitest'

import { createWriteLock } from './write-lock'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createWriteLock', () => {
  it('hands the lock to one holder at a time, in order', async () => {
    const lock = createWriteLock(1_000)
    const order: string[] = []
    const first = await lock.acquire()
    const second = lock.acquire().then((release) => {
      order.push('second')
      return release
    })
    const third = lock.acquire().then((release) => {
      order.push('third')
      release()
    })
    await tick()
    expect(order).toEqual([])
    first()
    ;(await second)()
    await third
    expect(order).toEqual(['second', 'third'])
  })

  it('fails a waiter that waits too long, and does not block those after it', async () => {
    const lock = createWriteLock(30)
    const held = await lock.acquire()
    await expect(lock.acquire()).rejects.toThrow(/write lock/)
    held()
    const next = await lock.acquire()
    next()
  })

  it('ignores a second release', async () => {
    const lock = createWriteLock(1_000)
    const first = await lock.acquire()
    first()
    first()
    const second = await lock.acquire()
    let thirdIn = false
    const third = lock.acquire().then((release) => {
      thirdIn = true
      release()
    })
    await tick()
    expect(thirdIn).toBe(false)
    second()
    await third
  })
})
