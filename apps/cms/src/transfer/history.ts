/**
 * Restores what a history export (`--history`) carries on a document the
 * import has just created: its stored versions verbatim (content, status,
 * when each was saved), the live version where the latest is a draft over a
 * published one, and the document's own timestamps. Runs after the normal
 * writes, in the same transaction (or undo journal), through the adapter
 * directly: these are stored facts being put back, not edits, so no hook
 * recomputes them and no new version is added.
 */
import { pairKeyOf } from '@versus/content'
import { randomBytes } from 'node:crypto'

import type { CollectionSlug, JsonObject, Payload, PayloadRequest } from 'payload'

import { buildData } from './build'
import type { Ref } from './build'
import { VERSIONED } from './format'
import type { ComparisonRecord, History, Timestamps, TransferCollection, VersionOf } from './format'

type Restorable = Timestamps & History<unknown> & { status?: string }

/** Whether a record brings anything for `restoreHistory` to do. */
export function hasHistory(record: unknown): boolean {
  const { createdAt, updatedAt, versions, live } = record as Restorable
  return createdAt !== undefined || updatedAt !== undefined || (versions?.length ?? 0) > 0 || live !== undefined
}

/** A record (a version entry, the live version) as the stored document data, with the fields the CMS computes. */
function storedData(
  collection: TransferCollection,
  record: unknown,
  ref: Ref,
  shortNames: ReadonlyMap<string, string>,
): JsonObject {
  const data = buildData(collection, record, ref, { restore: true })
  if (collection === 'comparisons') {
    const [a, b] = (record as ComparisonRecord).standards
    data.pairKey = pairKeyOf(data.standardA, data.standardB)
    data.title = `${shortNames.get(a) ?? a} vs ${shortNames.get(b) ?? b}`
  }
  return data
}

/**
 * Array rows of a main document carry ids (Payload assigns them on a normal
 * save; SQLite's row tables require one): new ones, as a save would.
 */
function withRowIds(data: JsonObject): JsonObject {
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.every((row) => typeof row === 'object' && row !== null)) continue
    data[key] = value.map((row: JsonObject) => ({ ...row, id: randomBytes(12).toString('hex') }))
  }
  return data
}

export async function restoreHistory(args: {
  payload: Payload
  collection: TransferCollection
  /** The document as the import wrote it. */
  doc: JsonObject & { id: number | string }
  record: unknown
  ref: Ref
  /** Standard slug → short name, for comparison titles. */
  shortNames: ReadonlyMap<string, string>
  req: PayloadRequest
}): Promise<void> {
  const { payload, collection, doc, ref, shortNames, req } = args
  const record = args.record as Restorable
  const slug = collection as CollectionSlug
  const main: JsonObject = {}

  if (VERSIONED.has(collection) && record.versions?.length) {
    await payload.db.deleteVersions({ collection: slug, where: { parent: { equals: doc.id } }, req })
    for (const version of record.versions as VersionOf<Restorable>[]) {
      const versionData = storedData(collection, version, ref, shortNames)
      versionData.createdAt = record.createdAt ?? version.createdAt
      versionData.updatedAt = version.updatedAt
      await payload.db.createVersion({
        collectionSlug: slug,
        parent: doc.id,
        versionData,
        autosave: false,
        createdAt: version.createdAt,
        updatedAt: version.updatedAt,
        req,
        returning: false,
      })
    }
  }
  if (VERSIONED.has(collection) && record.live) {
    Object.assign(main, withRowIds(storedData(collection, record.live, ref, shortNames)), { _status: 'published' })
  }
  if (record.createdAt) main.createdAt = record.createdAt
  if (record.updatedAt) main.updatedAt = record.updatedAt
  if (Object.keys(main).length === 0) return
  // The SQLite adapter skips an update that names only timestamps: name the document's key as well.
  if (collection === 'comparisons') main.pairKey ??= doc.pairKey ?? null
  else main.slug ??= doc.slug ?? null
  await payload.db.updateOne({ collection: slug, id: doc.id, data: main, req, returning: false })
}
