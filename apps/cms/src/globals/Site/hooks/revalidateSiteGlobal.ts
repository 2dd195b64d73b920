import { TAGS } from '@versus/content'
import type { GlobalAfterChangeHook } from 'payload'

import { revalidateSite } from '../../../lib/revalidate-site'

export const revalidateSiteGlobal: GlobalAfterChangeHook = async ({ doc, req }) => {
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: [TAGS.site] })
  return doc
}
