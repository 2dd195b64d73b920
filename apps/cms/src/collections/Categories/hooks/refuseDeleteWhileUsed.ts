import type { CollectionBeforeDeleteHook } from 'payload'

import type { Category, Standard } from '../../../payload-types'
import { inUseMessage, refuseDelete } from '../../../lib/in-use'

/** Every standard needs a category: one that standards (published or draft) still use cannot be deleted. */
export const refuseDeleteWhileUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'standards',
    where: { category: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { shortName: true, _status: true },
    sort: 'shortName',
    req,
  })
  if (docs.length === 0) return
  const category = (await req.payload.findByID({
    collection: 'categories',
    id,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    disableErrors: true,
    req,
  })) as Pick<Category, 'name'> | null
  refuseDelete(
    inUseMessage({
      name: category?.name ?? 'This category',
      users: docs.map((doc: Pick<Standard, 'shortName' | '_status'>) => ({ name: doc.shortName, status: doc._status })),
      singular: 'standard',
      plural: 'standards',
      advice: 'Move those standards to another category first.',
    }),
  )
}
