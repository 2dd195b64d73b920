import { crosswalkTags } from '@versus/content'
import type { PayloadRequest } from 'payload'

import { relationId } from '@versus/content'
import { revalidateSite } from '../lib/revalidate-site'

/** Slugs of the standards the given editions (database ids) belong to: two queries, whatever the count. */
export async function standardSlugsOfEditions(req: PayloadRequest, editionIds: readonly unknown[]): Promise<string[]> {
  const ids = [...new Set(editionIds.map(relationId).filter((id): id is string => id !== null))]
  if (ids.length === 0) return []
  const editions = await req.payload.db.find<{ standard?: unknown }>({
    collection: 'editions',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    req,
  })
  return standardSlugs(req, editions.docs.map((edition) => edition.standard))
}

/** Slugs of standards by database id. */
export async function standardSlugs(req: PayloadRequest, standardIds: readonly unknown[]): Promise<string[]> {
  const ids = [...new Set(standardIds.map(relationId).filter((id): id is string => id !== null))]
  if (ids.length === 0) return []
  const standards = await req.payload.db.find<{ slug?: unknown }>({
    collection: 'standards',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    req,
  })
  return standards.docs.map((doc) => doc.slug).filter((slug): slug is string => typeof slug === 'string')
}

/**
 * Queues `crosswalk:<standard>` for the standards of the given editions, in the request's
 * transaction (lib/revalidate-site.ts): sent once the write commits, never for one rolled back.
 */
export async function revalidateCrosswalkOf(req: PayloadRequest, editionIds: readonly unknown[]): Promise<void> {
  if (req.context.disableRevalidate || !process.env.REVALIDATE_SECRET) return
  const slugs = await standardSlugsOfEditions(req, editionIds)
  await revalidateSite({ payload: req.payload, context: req.context, req, tags: crosswalkTags(slugs) })
}
