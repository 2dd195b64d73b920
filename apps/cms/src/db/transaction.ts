import type { Payload } from 'payload'

import { openTransaction } from './commit-hooks'

/**
 * Opens one transaction for a batch of writes that must land together (an
 * import, the seed), or returns null where the database has none (MongoDB
 * without a replica set, the CongoDB stand-in).
 *
 * The SQLite adapter is configured without transactions for ordinary
 * requests (`transactionOptions` unset, Payload's default for SQLite), so
 * `payload.db.beginTransaction()` answers null there. This opens one anyway,
 * through the same drizzle function the adapter uses when they are enabled,
 * taking the write lock the content writes take (db/commit-hooks.ts);
 * Payload's commit and rollback work on it as usual and release the lock. A process
 * killed before the commit leaves nothing behind: SQLite rolls the journal back
 * on the next open.
 */
export async function beginWriteTransaction(payload: Payload): Promise<number | string | null> {
  return openTransaction(payload)
}
