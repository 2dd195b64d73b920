import type { CollectionBeforeDeleteHook } from 'payload'

/** A set's rows go with it: they mean nothing on their own. */
export const deleteRowsOfSet: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'mappings', where: { set: { equals: id } }, req })
}
