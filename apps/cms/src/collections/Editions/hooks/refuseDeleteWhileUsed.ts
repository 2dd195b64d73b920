import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An edition with requirements or mapping sets cannot go: they would point at nothing. The
 * editor deletes (or moves) those first; the message says how many there are.
 */
export const refuseDeleteEditionWhileUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const requirements = await req.payload.db.count({ collection: 'requirements', where: { edition: { equals: id } }, req })
  const sets = await req.payload.db.count({
    collection: 'mapping-sets',
    where: { or: [{ sourceEdition: { equals: id } }, { targetEdition: { equals: id } }] },
    req,
  })
  if (requirements.totalDocs > 0 || sets.totalDocs > 0) {
    throw new APIError(
      `This edition has ${requirements.totalDocs} requirements and ${sets.totalDocs} mapping sets; delete those first.`,
      409,
      null,
      true,
    )
  }
}
