import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Standard } from '../../../payload-types'
import { docTags, touchesPublished } from '../../../lib/revalidate-hooks'
import { revalidateSite } from '../../../lib/revalidate-site'

export const revalidateStandard: CollectionAfterChangeHook<Standard> = ({ doc, previousDoc, req: { payload, context } }) => {
  if (touchesPublished(doc, previousDoc)) {
    revalidateSite({ payload, context, tags: ['standards', ...docTags('standard', doc.slug, previousDoc?.slug)] })
  }
  return doc
}

export const revalidateStandardDelete: CollectionAfterDeleteHook<Standard> = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: ['standards', ...docTags('standard', doc?.slug)] })
  return doc
}
