import type { Access } from 'payload'

/** Signed-in users see drafts; visitors only published documents. */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
