import type { Access } from 'payload'

import { PREVIEW_HEADER, previewSecret, verifyPreviewToken } from '../lib/preview'

/**
 * Read access for drafted content. Signed-in users and the site in draft mode (a valid, unexpired
 * draft-read token in `PREVIEW_HEADER`) see drafts; everyone else only published documents.
 * Use it for `read` only: the token grants nothing else.
 */
export const authenticatedOrPreviewOrPublished: Access = ({ req: { user, headers } }) => {
  if (user) return true
  const secret = previewSecret()
  if (secret && verifyPreviewToken(headers?.get(PREVIEW_HEADER), secret)) return true
  return { _status: { equals: 'published' } }
}
