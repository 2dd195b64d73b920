import type { CollectionAfterChangeHook } from 'payload'

import type { Requirement } from '../../../payload-types'
import { changedRequirementFields, markMappingsStale } from '../../../crosswalk/mark-stale'

/** An edit to what a mapping relies on (refId, title, summary, text, assessable, parent) flags its mappings for review. */
export const markMappingsStaleOnChange: CollectionAfterChangeHook<Requirement> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const fields = changedRequirementFields(previousDoc as never, doc as never)
  if (fields.length > 0) await markMappingsStale(req, [{ id: doc.id, refId: doc.refId, fields }])
  return doc
}
