import { beginTransaction as drizzleBeginTransaction } from '@payloadcms/drizzle'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { createWriteLock, type WriteLock } from './write-lock'

type TransactionID = number | string
type Callback = () => void

/** Work waiting for a transaction to commit, by adapter and transaction id. Dropped on rollback. */
const waiting = new WeakMap<BaseDatabaseAdapter, Map<string, Callback[]>>()

function callbacksOf(adapter: BaseDatabaseAdapter): Map<string, Callback[]> {
  let map = waiting.get(adapter)
  if (!map) {
    map = new Map()
    waiting.set(adapter, map)
  }
  return map
}

function run(callbacks: Callback[] | undefined, adapter: BaseDatabaseAdapter): void {
  for (const callback of callbacks ?? []) {
    try {
      callback()
    } catch (error) {
      adapter.payload.logger.error({ err: error, msg: 'An after-commit callback failed.' })
    }
  }
}

/**
 * The id of the transaction `req` writes in, or null. Where the database has none, Payload leaves
 * a promise of null in `req.transactionID`, which its relationship loader turns into `{}` (it
 * passes the id through JSON): neither is a transaction.
 */
export async function transactionOf(req: PayloadRequest): Promise<TransactionID | null> {
  const id: unknown = await req.transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

/**
 * Runs `callback` once what `req` wrote so far is durable and visible to every reader: after its
 * transaction commits (never, if it rolls back), or on the next turn of the event loop when it has
 * none (MongoDB without a replica set: each write stands on its own as it lands).
 */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const id = await transactionOf(req)
  if (id === null) {
    setImmediate(callback)
    return
  }
  const map = callbacksOf(req.payload.db as unknown as BaseDatabaseAdapter)
  map.set(String(id), [...(map.get(String(id)) ?? []), callback])
}

const SQLITE_LOCK_TIMEOUT_MS = 15_000

/** The write lock of each SQLite adapter, and who holds it (by transaction id). */
const locks = new WeakMap<BaseDatabaseAdapter, { lock: WriteLock; releases: Map<string, () => void> }>()

/**
 * Opens a transaction for a batch of writes: on SQLite through the adapter's write lock (libsql
 * gives each transaction its own connection and SQLite lets one of them write at a time, so they
 * take turns instead of failing with SQLITE_BUSY); elsewhere Payload's own (null on a MongoDB
 * without a replica set). Commit or roll it back with `payload.db`'s own functions.
 */
export async function openTransaction(payload: Payload): Promise<TransactionID | null> {
  const adapter = payload.db as unknown as BaseDatabaseAdapter
  const sqlite = locks.get(adapter)
  if (!sqlite) return (await adapter.beginTransaction()) ?? null
  const release = await sqlite.lock.acquire()
  try {
    const begin = drizzleBeginTransaction as (this: BaseDatabaseAdapter) => Promise<TransactionID | null>
    const id = await begin.call(adapter)
    if (id === null || id === undefined) release()
    else sqlite.releases.set(String(id), release)
    return id ?? null
  } catch (error) {
    release()
    throw error
  }
}

/**
 * The database adapter, with commit and rollback settling the work `afterCommit` queued for that
 * transaction, and releasing the SQLite write lock `openTransaction` took.
 */
export function withCommitHooks<T extends BaseDatabaseAdapter>(result: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  const init = result.init
  return {
    ...result,
    init: (args) => {
      const adapter = init(args)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const releases = new Map<string, () => void>()
      if (adapter.name === 'sqlite') locks.set(adapter, { lock: createWriteLock(SQLITE_LOCK_TIMEOUT_MS), releases })

      const settle = (id: TransactionID | Promise<TransactionID | null>, committed: boolean, done: () => Promise<void>) =>
        (async () => {
          const key = String(await id)
          try {
            await done()
          } finally {
            releases.get(key)?.()
            releases.delete(key)
          }
          const callbacks = callbacksOf(adapter).get(key)
          callbacksOf(adapter).delete(key)
          if (committed) run(callbacks, adapter)
        })()

      adapter.commitTransaction = (id) => settle(id, true, () => commit(id))
      adapter.rollbackTransaction = (id) => settle(id, false, () => rollback(id))
      return adapter
    },
  }
}
