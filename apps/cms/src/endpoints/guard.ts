import type { PayloadRequest } from 'payload'

/** Editors and admins only: the editorial tools read drafts. */
export function isEditorOrAdmin(user: PayloadRequest['user'] | null | undefined): boolean {
  if (!user || user.collection !== 'users') return false
  const role = (user as { role?: unknown }).role
  return role === 'editor' || role === 'admin'
}

/** A JSON error response in Payload's `{ errors: [{ message }] }` shape. */
export function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/** 401 for visitors, 403 for anyone else who is not an editor or admin; null when allowed. */
export function refuseUnlessEditor(req: PayloadRequest): Response | null {
  if (!req.user) return errorResponse(401, 'Sign in as an editor or admin to use this endpoint.')
  if (!isEditorOrAdmin(req.user)) return errorResponse(403, 'Only editors and admins may use this endpoint.')
  return null
}
