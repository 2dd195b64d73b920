import type { CollectionAfterChangeHook } from 'payload'

import type { Standard } from '../../../payload-types'
import { refreshStaleCounts } from '../../../lib/stale-counts'

/** A standard's save (draft or published) may change what its comparisons generate: recount their stale overrides. */
export const refreshComparisonStaleness: CollectionAfterChangeHook<Standard> = async ({ doc, req }) => {
  await refreshStaleCounts(req, [String(doc.id)])
  return doc
}
