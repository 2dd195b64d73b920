import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Edition } from '../../../payload-types'
import { standardSlugs } from '../../../crosswalk/revalidate-crosswalk'
import { revalidateSite } from '../../../lib/revalidate-site'
import { crosswalkTags } from '@versus/content'

async function send(req: Parameters<CollectionAfterDeleteHook>[0]['req'], standards: unknown[]): Promise<void> {
  if (req.context.disableRevalidate || !process.env.REVALIDATE_SECRET) return
  const slugs = await standardSlugs(req, standards)
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: crosswalkTags(slugs) })
}

/** The standard's crosswalk pages (and the previous standard's, when the edition moved). */
export const revalidateEdition: CollectionAfterChangeHook<Edition> = async ({ doc, previousDoc, req }) => {
  await send(req, [doc.standard, previousDoc?.standard])
  return doc
}

export const revalidateEditionDelete: CollectionAfterDeleteHook<Edition> = async ({ doc, req }) => {
  await send(req, [doc.standard])
  return doc
}
