import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '../../../payload-types'
import { docTags, touchesPublished } from '../../../lib/revalidate-hooks'
import { revalidateSite } from '../../../lib/revalidate-site'

export const revalidateArticle: CollectionAfterChangeHook<Article> = ({ doc, previousDoc, req: { payload, context } }) => {
  if (touchesPublished(doc, previousDoc)) {
    revalidateSite({ payload, context, tags: ['articles', ...docTags('article', doc.slug, previousDoc?.slug)] })
  }
  return doc
}

export const revalidateArticleDelete: CollectionAfterDeleteHook<Article> = ({ doc, req: { payload, context } }) => {
  revalidateSite({ payload, context, tags: ['articles', ...docTags('article', doc?.slug)] })
  return doc
}
