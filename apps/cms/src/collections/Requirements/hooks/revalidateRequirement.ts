import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Requirement } from '../../../payload-types'
import { revalidateCrosswalkOf } from '../../../crosswalk/revalidate-crosswalk'

/** The crosswalk pages of the requirement's standard (both, if it moved to another edition). */
export const revalidateRequirement: CollectionAfterChangeHook<Requirement> = async ({ doc, previousDoc, req }) => {
  await revalidateCrosswalkOf(req, [doc.edition, previousDoc?.edition])
  return doc
}

export const revalidateRequirementDelete: CollectionAfterDeleteHook<Requirement> = async ({ doc, req }) => {
  await revalidateCrosswalkOf(req, [doc.edition])
  return doc
}
