import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** Editors and admins (signed-in users of the `users` collection): the editorial tools read drafts. */
export function isEditorOrAdmin(
  user: PayloadRequest['user'] | null | undefined,
): user is User & { collection: 'users' } {
  if (!user || user.collection !== 'users') return false
  const role = (user as User).role
  return role === 'admin' || role === 'editor'
}
