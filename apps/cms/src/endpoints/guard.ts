import type { PayloadRequest } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'

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
