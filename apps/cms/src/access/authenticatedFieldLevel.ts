import type { FieldAccess } from 'payload'

/** Field-level: signed-in users only. Visitors get the document without the field and cannot query it. */
export const authenticatedFieldLevel: FieldAccess = ({ req: { user } }) => Boolean(user)
