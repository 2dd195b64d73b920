import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { MappingSet } from '../../../payload-types'
import { revalidateCrosswalkOf } from '../../../crosswalk/revalidate-crosswalk'

/** The crosswalk pages of both sides' standards (and the previous sides', when they changed). */
export const revalidateMappingSet: CollectionAfterChangeHook<MappingSet> = async ({ doc, previousDoc, req }) => {
  await revalidateCrosswalkOf(req, [doc.sourceEdition, doc.targetEdition, previousDoc?.sourceEdition, previousDoc?.targetEdition])
  return doc
}

export const revalidateMappingSetDelete: CollectionAfterDeleteHook<MappingSet> = async ({ doc, req }) => {
  await revalidateCrosswalkOf(req, [doc.sourceEdition, doc.targetEdition])
  return doc
}
