import type { Access } from 'payload'

import { previewGrant } from '../lib/preview-grant'

/**
 * Read access for drafted content. Signed-in users and the site in draft mode (a valid, unexpired
 * draft-read token in `PREVIEW_HEADER` whose editor's CMS session is still open) see drafts;
 * everyone else only published documents. A token whose session has ended (the editor logged out)
 * is refused outright (403), so the site ends the preview instead of showing published text under
 * a draft banner. Use it for `read` only: the token grants nothing else.
 */
export const authenticatedOrPreviewOrPublished: Access = async ({ req }) => {
  if (req.user) return true
  const grant = await previewGrant(req)
  if (grant === 'drafts') return true
  if (grant === 'ended') return false
  return { _status: { equals: 'published' } }
}
