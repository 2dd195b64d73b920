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

/**
 * Whether `doc` could hold a stale override at all: only an editor's verdict or an aspect value can
 * (endpoints/generated.ts, staleOverrides). One with neither counts 0 without the standards being read.
 */
export function mayHoldStaleOverrides(doc: Pick<Comparison, 'verdict' | 'aspectOverrides'>): boolean {
  return Boolean(doc.verdict?.trim()) || (doc.aspectOverrides ?? []).some((row) => Boolean(row.value?.trim()))
}

/** A comparison to recount: one that may hold a stale override, or whose stored count is not 0 yet. */
const needsCount = (doc: Comparison): boolean => mayHoldStaleOverrides(doc) || (doc.staleOverrides ?? 0) !== 0

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
  // The rest count 0 and already say so: no write, and no need to read the standards for them (most
  // comparisons carry no override, so most saves stop here).
  const docs = documents.docs.filter(needsCount)
  const latest = (versions.docs as TypeWithVersion<Comparison>[]).filter((version) => needsCount(version.version))
  if (docs.length === 0 && latest.length === 0) return 0
  const pairIds = [...docs, ...latest.map((version) => version.version)].flatMap((doc) => [
    relationId(doc.standardA),
    relationId(doc.standardB),
  ])
  const catalog = await loadEditorialCatalog(req, {
    standardIds: [...new Set(pairIds.filter((id): id is string => id !== null))],
  })

  let rewritten = 0
  for (const doc of docs) {
    const count = countStale(catalog, doc)
    if (count === (doc.staleOverrides ?? 0)) continue
    await payload.db.updateOne({ collection: 'comparisons', id: doc.id, data: { staleOverrides: count }, req, returning: false })
    rewritten += 1
  }
  for (const version of latest) {
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
