import type { GlobalAfterChangeHook } from 'payload'

import { revalidateSite } from '../../../lib/revalidate-site'

export const revalidateSiteGlobal: GlobalAfterChangeHook = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: ['site'] })
  return doc
}
