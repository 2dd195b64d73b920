import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'

export const SITE_REFRESH_OUTBOX = 'site-refresh-outbox'

/**
 * Cache tags the site has still to be told about (lib/site-refresh.ts). A change to published
 * content writes its row in the same transaction as the change itself, so the row exists exactly
 * when the change does; it is sent once that transaction has committed, retried with backoff while
 * the site does not answer, deleted when the site has taken it, and resumed when the CMS starts.
 * Bookkeeping, not content: hidden from the admin, readable and editable by admins only, no versions.
 */
export const SiteRefreshOutbox: CollectionConfig = {
  slug: SITE_REFRESH_OUTBOX,
  labels: { singular: 'Pending site refresh', plural: 'Pending site refreshes' },
  admin: { hidden: true, useAsTitle: 'id', defaultColumns: ['tags', 'attempts', 'nextAttemptAt', 'lastError'] },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  graphQL: false,
  fields: [
    { name: 'tags', type: 'json', required: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    // The dispatcher asks for the rows that are due.
    { name: 'nextAttemptAt', type: 'date', required: true, index: true },
    { name: 'lastError', type: 'text', maxLength: 500 },
  ],
}
