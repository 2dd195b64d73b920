export interface WriteLock {
  /** Resolves with the function that hands the lock on, once every earlier holder has released it. */
  acquire(): Promise<() => void>
}

/**
 * One holder at a time, first come first served. A waiter that is still waiting after `timeoutMs`
 * fails with an error rather than waiting for ever (a transaction left open by a bug, or a write
 * that waits for a transaction that waits for it).
 */
export function createWriteLock(timeoutMs: number): WriteLock {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire() {
      let release!: () => void
      const released = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => released)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Waited ${timeoutMs} ms for the database's write lock.`)), timeoutMs)
      })
      return Promise.race([previous.then(() => release), timeout]).then(
        (handOn) => {
          clearTimeout(timer)
          let done = false
          return () => {
            if (!done) {
              done = true
              handOn()
            }
          }
        },
        (error: unknown) => {
          // Our turn may still come: pass it straight on.
          void previous.then(release)
          throw error
        },
      )
    },
  }
}
