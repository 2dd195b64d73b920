import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** Bulk import and export: editors and admins (signed-in users of the `users` collection). */
export function canTransfer(user: PayloadRequest['user']): user is User & { collection: 'users' } {
  if (!user || user.collection !== 'users') return false
  const role = (user as User).role
  return role === 'admin' || role === 'editor'
}
