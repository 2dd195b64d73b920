/**
 * Keeps each comparison's `staleOverrides` (how many of its overrides were written against a
 * generated text the standards no longer produce) stored, so the admin list can show it as a
 * column and filter on it. Staleness follows the standards as editors see them (drafts
 * included), so a standard's, aspect's or category's save recounts the comparisons it reaches;
 * a comparison's own save counts itself (collections/Comparisons/hooks/countStaleOverrides.ts).
 */
import { relationId } from '@versus/content'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TypeWithVersion, Where } from 'payload'

import { staleOverrides } from '../endpoints/generated'
import type { Comparison } from '../payload-types'
import { loadEditorialCatalog, pairFromCatalog } from './engine-records'
import type { EditorialCatalog } from './engine-records'

/** How many of `doc`'s overrides are stale against the catalog; 0 when its pair cannot be compared. */
export function countStale(catalog: EditorialCatalog, doc: Comparison): number {
  const a = relationId(doc.standardA)
  const b = relationId(doc.standardB)
  if (a === null || b === null) return 0
  const pair = pairFromCatalog(catalog, { a, b }, doc)
  return pair ? staleOverrides(pair, doc).length : 0
}

function pairsWith(standardIds: readonly string[] | undefined, prefix: '' | 'version.'): Where | undefined {
  if (!standardIds) return undefined
  return { or: [{ [`${prefix}standardA`]: { in: [...standardIds] } }, { [`${prefix}standardB`]: { in: [...standardIds] } }] }
}

/**
 * Recounts the stale overrides of every comparison with one of `standardIds` (every comparison
 * when omitted), both the document and its latest version (the admin list shows the latest
 * draft), in the request's transaction. Writes only counts that changed, through the database
 * adapter: a recount is bookkeeping, not an edit (no new version, no hooks). Returns how many
 * records it rewrote.
 */
export async function refreshStaleCounts(req: PayloadRequest, standardIds?: readonly string[]): Promise<number> {
  if (standardIds?.length === 0) return 0
  const { payload } = req
  const [documents, versions] = await Promise.all([
    payload.db.find<Comparison>({ collection: 'comparisons', where: pairsWith(standardIds, ''), limit: 0, pagination: false, req }),
    payload.db.findVersions<Comparison>({
      collection: 'comparisons',
      where: { and: [{ latest: { equals: true } }, ...(standardIds ? [pairsWith(standardIds, 'version.') as Where] : [])] },
      limit: 0,
      pagination: false,
      req,
    }),
  ])
  if (documents.docs.length === 0 && versions.docs.length === 0) return 0
  const pairIds = [...documents.docs, ...versions.docs.map((version) => version.version)].flatMap((doc) => [
    relationId(doc.standardA),
    relationId(doc.standardB),
  ])
  const catalog = await loadEditorialCatalog(req, {
    standardIds: [...new Set(pairIds.filter((id): id is string => id !== null))],
  })

  let rewritten = 0
  for (const doc of documents.docs) {
    const count = countStale(catalog, doc)
    if (count === (doc.staleOverrides ?? 0)) continue
    await payload.db.updateOne({ collection: 'comparisons', id: doc.id, data: { staleOverrides: count }, req, returning: false })
    rewritten += 1
  }
  for (const version of versions.docs as TypeWithVersion<Comparison>[]) {
    const count = countStale(catalog, version.version)
    if (count === (version.version.staleOverrides ?? 0)) continue
    // Mongo's adapter replaces `version` whole: send it all, with the new count.
    await payload.db.updateVersion<Comparison>({
      collection: 'comparisons',
      id: version.id,
      versionData: { ...version, version: { ...version.version, staleOverrides: count } },
      req,
      returning: false,
    })
    rewritten += 1
  }
  return rewritten
}

/** For aspects and categories: any of them may change what every comparison generates. */
export const recountAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshStaleCounts(req)
  return doc
}

export const recountAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshStaleCounts(req)
  return doc
}
