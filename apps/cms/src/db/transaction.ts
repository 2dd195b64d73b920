import { beginTransaction } from '@payloadcms/drizzle'
import type { Payload } from 'payload'

/**
 * Opens one transaction for a batch of writes that must land together (an
 * import, the seed), or returns null where the database has none (MongoDB
 * without a replica set, the CongoDB stand-in).
 *
 * The SQLite adapter is configured without transactions for ordinary
 * requests (`transactionOptions` unset, Payload's default for SQLite), so
 * `payload.db.beginTransaction()` answers null there. This opens one anyway,
 * through the same drizzle function the adapter uses when they are enabled;
 * Payload's commit and rollback work on it as usual. While it is open, other
 * writers to the same file wait for it (or fail with SQLITE_BUSY). A process
 * killed before the commit leaves nothing behind: SQLite rolls the journal back
 * on the next open.
 */
export async function beginWriteTransaction(payload: Payload): Promise<number | string | null> {
  const id = await payload.db.beginTransaction?.()
  if (id) return id
  if (payload.db.name === 'sqlite') {
    return (await (beginTransaction as (this: unknown) => Promise<number | string | null>).call(payload.db)) ?? null
  }
  return null
}
