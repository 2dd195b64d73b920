import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Mapping, MappingSet } from '../../../payload-types'
import { revalidateCrosswalkOf } from '../../../crosswalk/revalidate-crosswalk'
import { relationId } from '@versus/content'

async function editionsOfSets(req: PayloadRequest, sets: unknown[]): Promise<unknown[]> {
  const ids = [...new Set(sets.map(relationId).filter((id): id is string => id !== null))]
  if (ids.length === 0) return []
  const found = await req.payload.db.find<MappingSet>({ collection: 'mapping-sets', where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
  return found.docs.flatMap((set) => [set.sourceEdition, set.targetEdition])
}

/** The crosswalk pages of the standards on both sides of the row's set. */
export const revalidateMapping: CollectionAfterChangeHook<Mapping> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate || !process.env.REVALIDATE_SECRET) return doc
  await revalidateCrosswalkOf(req, await editionsOfSets(req, [doc.set, previousDoc?.set]))
  return doc
}

export const revalidateMappingDelete: CollectionAfterDeleteHook<Mapping> = async ({ doc, req }) => {
  if (req.context.disableRevalidate || !process.env.REVALIDATE_SECRET) return doc
  await revalidateCrosswalkOf(req, await editionsOfSets(req, [doc.set]))
  return doc
}
