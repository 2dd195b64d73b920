import type { Access } from 'payload'

/** Admins reach every user; anyone else signed in reaches only their own document. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
