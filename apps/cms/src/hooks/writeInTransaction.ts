import { commitTransaction } from 'payload'
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { openTransaction, transactionOf } from '../db/commit-hooks'
import { awaitSiteRefresh } from '../lib/revalidate-site'

/** The operation (its arguments object) that opened each request's transaction. */
const openedBy = new WeakMap<PayloadRequest, object>()

/**
 * A content write (create, update, delete) in one transaction with everything its hooks write,
 * the site-refresh outbox row included (lib/revalidate-site.ts). Payload's SQLite adapter has
 * none of its own: every statement commits, and waits for the disk, alone (a standard's save is
 * some thirty of them), and a reader can meet a document half rewritten. Must be the last
 * beforeOperation hook and the last afterOperation hook of the collection.
 *
 * Only these collections' writes take one, not Payload's every operation: its sign-in records
 * failed attempts outside the request's transaction on purpose, which SQLite's single writer
 * would refuse while the transaction is open.
 */
export const openWriteTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
  if ((await transactionOf(req)) !== null) return args
  const id = await openTransaction(req.payload)
  if (id === null) return args
  req.transactionID = id
  openedBy.set(req, args as object)
  return args
}

/**
 * Commits what `openWriteTransaction` opened, once the operation has finished; a failure rolls it
 * back (Payload's own catch). Then waits, briefly, for the site refresh the commit started
 * (lib/revalidate-site.ts): the save answers once the change is visible.
 */
export const commitWriteTransaction: CollectionAfterOperationHook = async ({ args, req, result }) => {
  if (openedBy.get(req) === args) {
    openedBy.delete(req)
    await commitTransaction(req)
    await awaitSiteRefresh(req)
  }
  return result
}
