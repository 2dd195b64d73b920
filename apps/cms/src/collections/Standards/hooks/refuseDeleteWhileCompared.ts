import type { CollectionBeforeDeleteHook } from 'payload'

import type { Comparison, Standard } from '../../../payload-types'
import { inUseMessage, refuseDelete } from '../../../lib/in-use'

/**
 * A comparison without one of its standards cannot be shown or edited, so a
 * standard that any comparison uses (published or draft) cannot be deleted.
 * The editor is told which ones to remove first.
 */
export const refuseDeleteWhileCompared: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'comparisons',
    where: { or: [{ standardA: { equals: id } }, { standardB: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, pairKey: true, _status: true },
    sort: 'title',
    req,
  })
  if (docs.length === 0) return
  const standard = (await req.payload.findByID({
    collection: 'standards',
    id,
    depth: 0,
    overrideAccess: true,
    select: { shortName: true },
    disableErrors: true,
    req,
  })) as Pick<Standard, 'shortName'> | null
  refuseDelete(
    inUseMessage({
      name: standard?.shortName ?? 'This standard',
      users: docs.map((doc: Pick<Comparison, 'title' | 'pairKey' | '_status'>) => ({
        name: doc.title ?? doc.pairKey ?? 'a comparison',
        status: doc._status,
      })),
      singular: 'comparison',
      plural: 'comparisons',
      advice: 'Unpublish and delete those comparisons first.',
    }),
  )
}
