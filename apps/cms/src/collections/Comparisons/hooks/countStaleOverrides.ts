import type { CollectionBeforeChangeHook } from 'payload'

import type { Comparison } from '../../../payload-types'
import { loadEditorialCatalog } from '../../../lib/engine-records'
import { countStale } from '../../../lib/stale-counts'
import { relationId } from '@versus/content'

/**
 * Stores how many of the comparison's overrides are stale as saved (after `setOverrideBases`
 * refreshed the bases it refreshes): the count is the server's, whatever the client sent.
 */
export const countStaleOverrides: CollectionBeforeChangeHook<Comparison> = async ({ data, originalDoc, req }) => {
  const doc = { ...originalDoc, ...data } as Comparison
  const ids = [relationId(doc.standardA), relationId(doc.standardB)].filter((id): id is string => id !== null)
  data.staleOverrides = ids.length === 2 ? countStale(await loadEditorialCatalog(req, { standardIds: ids }), doc) : 0
  return data
}
