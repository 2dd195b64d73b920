import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

/** A requirement that mappings use, or that has children, cannot go: they would point at nothing. */
export const refuseDeleteRequirementWhileUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const mappings = await req.payload.db.count({
    collection: 'mappings',
    where: { or: [{ sources: { in: [id] } }, { targets: { in: [id] } }] },
    req,
  })
  const children = await req.payload.db.count({ collection: 'requirements', where: { parent: { equals: id } }, req })
  if (mappings.totalDocs > 0 || children.totalDocs > 0) {
    throw new APIError(
      `${mappings.totalDocs} mappings and ${children.totalDocs} child requirements use this requirement; remove those first.`,
      409,
      null,
      true,
    )
  }
}
