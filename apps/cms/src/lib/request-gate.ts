/**
 * Fair admission of requests to the CMS's own work (REST, GraphQL, the admin).
 *
 * Node accepts at most one new connection per turn of its event loop (libuv since 1.45). On SQLite
 * a Payload request runs from start to finish without waiting on I/O, so when 64 clients keep the
 * CMS busy, every turn serves every request already read (64 × ~10 ms) and a new connection waits
 * seconds to be accepted at all, while clients already connected are served again and again.
 *
 * The gate starts at most one waiting request per turn, in arrival order: a turn lasts one request,
 * so new connections are accepted as fast as the CMS answers, and everyone waits their turn in
 * one line. Work that waits on I/O (MongoDB) does not hold the line: turns are short and requests
 * overlap as before. When the line is already longer than `maxQueued`, a request is refused at
 * once (the caller answers 503) rather than waiting for ever behind it.
 */
export interface RequestGate {
  /** Resolves true when the request may run; false when the line is full. */
  enter(): Promise<boolean>
  /** Requests waiting in line now. */
  readonly waiting: number
}

export interface RequestGateOptions {
  maxQueued: number
  /** How to wait for the next turn of the event loop (`setImmediate` in the server). */
  nextTurn?: (callback: () => void) => void
}

export function createRequestGate({ maxQueued, nextTurn = setImmediate }: RequestGateOptions): RequestGate {
  const line: Array<() => void> = []
  let head = 0
  let pumping = false

  const pump = () => {
    const admit = line[head]
    line[head++] = undefined as never
    admit?.()
    if (head === line.length) {
      line.length = 0
      head = 0
      pumping = false
      return
    }
    // Under sustained load the line never empties: drop the admitted slots now and then.
    if (head >= 1024) {
      line.splice(0, head)
      head = 0
    }
    nextTurn(pump)
  }

  return {
    enter() {
      if (line.length - head >= maxQueued) return Promise.resolve(false)
      return new Promise<boolean>((resolve) => {
        line.push(() => resolve(true))
        if (!pumping) {
          pumping = true
          nextTurn(pump)
        }
      })
    },
    get waiting() {
      return line.length - head
    },
  }
}
