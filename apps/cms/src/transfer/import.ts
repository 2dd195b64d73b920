/**
 * Imports a `versus/1` file: checks it, plans create / update / unchanged per
 * record, validates every write with the collections' own rules, and then
 * writes all of it or none of it.
 *
 * All-or-nothing: where the database has transactions (SQLite, see
 * db/transaction.ts) every read and write runs in one, committed at the end or rolled back on the first failure
 * (a dry run always rolls back, so it also proves the writes would succeed).
 * Where it has none (MongoDB without a replica set, the CongoDB stand-in) the
 * validation pass must pass first; if a write still fails, what was written is
 * undone: created documents are deleted, updated ones restored from their
 * previous state (which adds a version to them). A dry run there validates
 * only.
 */
import { TAGS, pairKeyOf } from '@versus/content'
import { createLocalReq } from 'payload'
import type { CollectionSlug, JsonObject, Payload, PayloadRequest, RequestContext } from 'payload'

import { beginWriteTransaction } from '../db/transaction'
import type { User } from '../payload-types'
import { articleTags, comparisonTags, standardTags } from '../lib/revalidate-hooks'
import type { Visible } from '../lib/revalidate-hooks'
import { revalidateSite } from '../lib/revalidate-site'
import { matches } from '../seed/seed'
import { buildData, buildSite, buildStandard, fileFieldPath } from './build'
import type { Ref, RefTarget } from './build'
import { checkFile, checkReferences, recordsOf } from './check'
import { hasHistory, restoreHistory } from './history'
import { TRANSFER_COLLECTIONS, VERSIONED, recordKey } from './format'
import type { ComparisonRecord, StandardRecord, TransferCollection } from './format'
import { fieldChanges, mergeData } from './merge'
import type { FieldChange } from './merge'
import { recordOf, slugLookups } from './export'
import { actionLine, countLines, rejectLine } from './report'
import type { Action, ImportReport, ReportLine } from './report'
import { fieldErrorsOf, isMissingFact, validateDocument } from './validate'
import type { FieldError } from './validate'

type ID = number | string
type Doc = JsonObject & { id: ID; _status?: string | null; pairKey?: string | null; slug?: string }

export interface ImportOptions {
  dryRun?: boolean
  /**
   * Replace whole documents: a field the record leaves out is emptied. By
   * default an import merges: it writes only the fields a record carries.
   */
  replace?: boolean
  /**
   * The user the admin endpoint acts for: collection access applies to every
   * read and write. Without one (the CLI, run by whoever holds the database),
   * access is not checked.
   */
  user?: User | null
  /** Tests only: skip the validation pass so the write-time safety net (rollback or undo) is what stops a bad file. */
  skipValidationPass?: boolean
  /** Called after a real run changed the database, with the site's cache tags to refresh; default: tell the site. */
  onChanged?: (tags: string[]) => void | Promise<void>
  /** Called as the writes move on to another group of records (`categories`, …, `history`). */
  onProgress?: (phase: string) => void
}

interface Planned {
  collection: TransferCollection
  index: number
  key: string
  record: unknown
  existing?: Doc
  action: Exclude<Action, 'reject'>
  /** What the planning pass would write (references to records not written yet as placeholder ids). */
  data: JsonObject
  /** For an update: each field that changes, old → new. */
  changes?: FieldChange[]
  /** For a record that comes in as a draft: the required facts it lacks. */
  missing?: string[]
  /** For a rename: the slug the document has now. */
  renamedFrom?: string
}

/** Collections whose documents keep earlier slugs (they redirect) and may be renamed by a record. */
const ALIASED: ReadonlySet<TransferCollection> = new Set(['standards', 'articles'])

const rowsOf = (value: unknown): { slug?: unknown }[] => (Array.isArray(value) ? (value as { slug?: unknown }[]) : [])

// Writes never ping the site one by one: one refresh follows the commit. A comparison the import
// creates keeps the override bases its record brings (setOverrideBases); earlier slugs a record brings
// for a document that exists are added to the stored ones (trackPreviousSlugs).
const context: RequestContext = { disableRevalidate: true, keepOverrideBases: true, addPreviousSlugs: true }

export async function importFile(payload: Payload, raw: unknown, options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun === true
  const checked = checkFile(raw)
  const report = (lines: ReportLine[], extra: { applied?: boolean; transactional?: boolean } = {}): ImportReport => ({
    dryRun,
    applied: extra.applied ?? false,
    transactional: extra.transactional ?? false,
    counts: countLines(lines),
    lines,
  })
  if (!checked.file) return report(checked.rejects)
  const { file, rejected } = checked

  const user = options.user ?? undefined
  const overrideAccess = !user
  const req = await createLocalReq({ user, context }, payload)
  const existing = await loadExisting(payload, req, overrideAccess)

  const known = {
    categories: new Set([...existing.categories.keys(), ...slugsIn(file, 'categories')]),
    aspects: new Set([...existing.aspects.keys(), ...slugsIn(file, 'aspects')]),
    standards: new Set([...existing.standards.keys(), ...slugsIn(file, 'standards')]),
  }
  const rejects = [...checked.rejects, ...checkReferences(file, rejected, known)]

  // Ids of documents that exist now; documents created by this import are added as they are written.
  const ids: Record<RefTarget, Map<string, ID>> = {
    categories: idsBySlug(existing.categories),
    aspects: idsBySlug(existing.aspects),
    standards: idsBySlug(existing.standards),
  }

  /**
   * The data a record writes: the whole document for a create (or with `replace`), only the fields it
   * carries for a merge. Earlier slugs it brings for a document that exists are added to the stored ones.
   */
  const dataFor = (entry: Pick<Planned, 'collection' | 'record' | 'existing'>, ref: Ref, withRelated = true): JsonObject => {
    const { collection, record, existing: stored } = entry
    const restore = !stored
    let data =
      collection === 'standards' && !withRelated
        ? buildStandard(record as StandardRecord, ref, false, { restore })
        : buildData(collection, record, ref, { restore })
    if (!stored) return data
    const brought = (record as { previousSlugs?: string[] }).previousSlugs
    if (ALIASED.has(collection) && Array.isArray(brought)) {
      const slugs = [...rowsOf(stored.previousSlugs).map((row) => String(row.slug)), ...brought]
      data.previousSlugs = [...new Set(slugs)].filter((slug) => slug !== data.slug).map((slug) => ({ slug }))
    }
    if (!options.replace) data = mergeData(collection, record as object, data, stored)
    return data
  }

  const placeholders = placeholderIds(payload)
  const planned: Planned[] = []
  for (const collection of TRANSFER_COLLECTIONS) {
    recordsOf(file, collection).forEach((record, index) => {
      // A record whose shape is wrong cannot be read further; one with other problems is still validated below.
      if (checked.malformed[collection].has(index)) return
      const key = recordKey(collection, record) ?? ''
      let current = findExisting(collection, record, existing, ids.standards)
      let renamedFrom: string | undefined
      const renameFrom = (record as { renameFrom?: string }).renameFrom
      if (renameFrom !== undefined && ALIASED.has(collection)) {
        const old = existing[collection as 'standards' | 'articles'].get(renameFrom)
        const noun = collection === 'standards' ? 'standard' : 'article'
        const problem = (message: string) => {
          rejects.push(rejectLine({ collection, index, record, key, field: 'renameFrom', message }))
          rejected[collection].add(index)
        }
        if (current && old) problem(`both "${renameFrom}" and "${key}" exist: rename one of them by hand, or leave out renameFrom`)
        else if (!current && !old) problem(`no ${noun} has the slug "${renameFrom}"`)
        else if (!current && old) {
          current = old
          renamedFrom = renameFrom
          if (collection === 'standards') ids.standards.set(key, old.id)
        }
      }
      let unresolved = false
      const ref: Ref = (target, slug) => {
        const id = ids[target].get(slug)
        if (id !== undefined) return id
        unresolved = true
        return placeholders.for(target, slug)
      }
      const data = dataFor({ collection, record, existing: current }, ref)
      const action = !current ? 'create' : !unresolved && matches(data, current) ? 'unchanged' : 'update'
      planned.push({ collection, index, key, record, existing: current, action, data, renamedFrom })
    })
  }
  // Each update's changes, in the file's terms (slugs, not ids).
  const lookups = slugLookups(existing, [], placeholders.entries())
  for (const entry of planned) {
    if (entry.action !== 'update' || !entry.existing) continue
    const before = recordOf(entry.collection, entry.existing, lookups)
    const after = recordOf(entry.collection, { ...entry.existing, ...entry.data }, lookups)
    entry.changes = fieldChanges(entry.collection, entry.data, entry.existing, before, after)
  }

  // The `site` global: updated when the file has it and it differs.
  const siteData = file.site ? buildSite(file.site) : null
  const sitePrevious = siteData
    ? ((await payload.findGlobal({ slug: 'site', depth: 0, req, overrideAccess, context })) as unknown as JsonObject)
    : null
  const siteAction: Exclude<Action, 'reject'> | null = siteData ? (matches(siteData, sitePrevious) ? 'unchanged' : 'update') : null

  const finish = (extra: { applied?: boolean; transactional?: boolean } = {}) => {
    const lines = orderLines(file, planned, rejects, rejected)
    if (siteAction) lines.push(actionLine(siteAction, 'site', 0, 'site'))
    return report(lines, extra)
  }
  // Records the file check passed are still validated, so one report lists every problem.
  // Records rejected for a reference or a repeated slug are validated too, so their other problems show now.
  const toValidate = planned.filter((entry) => entry.action !== 'unchanged')
  if (!options.skipValidationPass) {
    for (const entry of toValidate) {
      const selfId = entry.existing?.id ?? placeholders.for(entry.collection, entry.key)
      const placeholderPaths = new Set<string>()
      const ref: Ref = (target, slug, path) => {
        const id = ids[target].get(slug)
        if (id !== undefined) return id
        const placeholder = placeholders.for(target, slug)
        // A record written in this run stands in by a placeholder id. The file check has already
        // proved it exists, so only a reference to the record itself is left for validation to judge.
        if (placeholder !== selfId) placeholderPaths.add(path)
        return placeholder
      }
      const data = dataFor(entry, ref)
      const errors = await validateDocument({
        payload,
        collection: entry.collection as CollectionSlug,
        data,
        originalDoc: entry.existing,
        id: selfId,
        req,
        overrideAccess,
      })
      // A draft may lack required facts (it is listed by Completeness until they are filled in); nothing else.
      const draft = data._status === 'draft'
      const missing: string[] = []
      for (const error of errors.filter((item) => !placeholderPaths.has(item.path))) {
        if (draft && isMissingFact(error, { ...entry.existing, ...data })) {
          missing.push(fileFieldPath(entry.collection, error.path))
          continue
        }
        rejects.push(fieldReject(entry, error))
        rejected[entry.collection].add(entry.index)
      }
      if (missing.length > 0) entry.missing = missing
    }
  }
  const toWrite = toValidate.filter((entry) => !rejected[entry.collection].has(entry.index))
  if (rejects.length > 0) return finish()

  if (toWrite.length === 0 && siteAction !== 'update') return finish({ applied: !dryRun })
  const transactionID = await beginWriteTransaction(payload)
  const transactional = transactionID !== null
  if (dryRun && !transactional) return finish()
  if (transactional) req.transactionID = transactionID

  const journal: { collection: TransferCollection; id: ID; previous?: Doc }[] = []
  // What the site showed of each document before the run, and what was written: the site's tags come from these.
  const touched = new Map<string, { collection: TransferCollection; id: ID; before: Visible; written: Doc }>()
  let failure: ReportLine[] = []

  const write = async (entry: Planned, data: JsonObject): Promise<Doc> => {
    const collection = entry.collection as CollectionSlug
    const draft = VERSIONED.has(entry.collection) ? data._status === 'draft' : undefined
    const known = journal.find((item) => item.collection === entry.collection && item.id === (entry.existing?.id ?? ''))
    const before = entry.existing ? await visibleDoc(payload, entry.collection, entry.existing.id, req) : null
    const doc = (
      entry.existing
        ? await payload.update({ collection, id: entry.existing.id, data, draft, depth: 0, req, overrideAccess, context })
        : await payload.create({ collection, data: data as never, draft, depth: 0, req, overrideAccess, context })
    ) as unknown as Doc
    if (!known) journal.push({ collection: entry.collection, id: doc.id, previous: entry.existing })
    entry.existing = doc
    const touchKey = `${entry.collection}:${doc.id}`
    touched.set(touchKey, { collection: entry.collection, id: doc.id, before: touched.get(touchKey)?.before ?? before, written: doc })
    return doc
  }

  let current: Planned | undefined
  let siteWritten = false
  let phase: string | undefined
  const progress = (next: string) => {
    if (next !== phase) options.onProgress?.(next)
    phase = next
  }
  try {
    const deferred: Planned[] = []
    for (const entry of toWrite) {
      current = entry
      progress(entry.collection)
      let missing = false
      const ref: Ref = (target, slug) => {
        const id = ids[target].get(slug)
        if (id === undefined) missing = true
        return id ?? null
      }
      // A document the import creates takes what the CMS keeps itself (previous slugs, bases) from its record.
      let data = dataFor(entry, ref)
      if (missing && entry.collection === 'standards') {
        // `related` names a standard created later in this run: write it in a second pass.
        data = dataFor(entry, ref, false)
        deferred.push(entry)
      } else if (missing) {
        throw new Error('a referenced record was not written first (report this as a bug)')
      }
      const doc = await write(entry, data)
      if (entry.collection !== 'comparisons') ids[entry.collection as RefTarget]?.set(entry.key, doc.id)
    }
    for (const entry of deferred) {
      current = entry
      progress('standards (related)')
      const ref: Ref = (target, slug) => ids[target].get(slug) ?? null
      await write(entry, dataFor(entry, ref))
    }
    // A history export's versions, live version and timestamps, on the documents this run created.
    const resolved: Ref = (target, slug) => ids[target].get(slug) ?? null
    const shortNames = new Map<string, string>([
      ...[...existing.standards].map(([slug, doc]) => [slug, String(doc.shortName ?? slug)] as const),
      ...recordsOf(file, 'standards').map((record) => {
        const { slug, shortName } = record as StandardRecord
        return [slug, shortName ?? slug] as const
      }),
    ])
    for (const entry of toWrite) {
      if (entry.action !== 'create' || !entry.existing || !hasHistory(entry.record)) continue
      current = entry
      progress('history')
      await restoreHistory({
        payload,
        collection: entry.collection,
        doc: entry.existing,
        record: entry.record,
        ref: resolved,
        shortNames,
        req,
      })
    }
    current = undefined
    if (siteData && siteAction === 'update') {
      progress('site')
      await payload.updateGlobal({ slug: 'site', data: siteData, depth: 0, req, overrideAccess, context })
      siteWritten = true
    }
  } catch (error) {
    failure = current
      ? fieldErrorsOf(error).map((item) => fieldReject(current as Planned, item))
      : [rejectLine({ collection: null, index: null, record: null, key: null, message: messageOf(error) })]
    if (current) rejected[current.collection].add(current.index)
  }

  if (transactional) {
    // A failed Payload operation has already rolled the transaction back and cleared req.transactionID.
    if (failure.length === 0 && !dryRun) await payload.db.commitTransaction(transactionID)
    else if (req.transactionID) await payload.db.rollbackTransaction(transactionID)
  } else if (failure.length > 0) {
    failure.push(...(await undo(payload, journal, req, overrideAccess)))
    if (siteWritten && sitePrevious) failure.push(...(await undoSite(payload, sitePrevious, req, overrideAccess)))
  }

  rejects.push(...failure)
  const applied = failure.length === 0 && !dryRun
  // Committed: what the site shows now. Undone without a transaction: the site may have seen the interim state.
  if (!dryRun && (touched.size > 0 || siteWritten) && (applied || !transactional)) {
    const tags = new Set<string>(siteWritten ? [TAGS.site] : [])
    for (const { collection, id, before, written } of touched.values()) {
      const after = applied ? await visibleDoc(payload, collection, id) : isPublished(written) ? written : null
      for (const tag of siteTags(collection, before, after)) tags.add(tag)
    }
    const notify = options.onChanged ?? ((list: string[]) => revalidateSite({ payload, context: {}, tags: list }))
    if (tags.size > 0) await notify([...tags])
  }
  return finish({ applied, transactional })
}

const isPublished = (doc: unknown): doc is Doc =>
  typeof doc === 'object' && doc !== null && (doc as Doc)._status === 'published'

/** The document as the site sees it: the main (published) document, or null. Collections without drafts are always live. */
async function visibleDoc(payload: Payload, collection: TransferCollection, id: ID, req?: PayloadRequest): Promise<Visible> {
  const doc = await payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })
  if (!doc) return null
  return !VERSIONED.has(collection) || isPublished(doc) ? (doc as Visible) : null
}

/** The site's cache tags for a change from `before` to `after`, by the same rules as the collections' own hooks. */
function siteTags(collection: TransferCollection, before: Visible, after: Visible): string[] {
  switch (collection) {
    case 'categories':
      return [TAGS.categories]
    case 'aspects':
      return [TAGS.aspects]
    case 'standards':
      return standardTags(before, after)
    case 'comparisons':
      return comparisonTags(before, after)
    case 'articles':
      return articleTags(before, after)
  }
}

/** Undoes the writes of a failed run without transactions, newest first. Returns lines for anything it could not undo. */
async function undo(
  payload: Payload,
  journal: { collection: TransferCollection; id: ID; previous?: Doc }[],
  req: PayloadRequest,
  overrideAccess: boolean,
): Promise<ReportLine[]> {
  const problems: ReportLine[] = []
  for (const { collection, id, previous } of [...journal].reverse()) {
    try {
      if (!previous) {
        await payload.delete({ collection: collection as CollectionSlug, id, req, overrideAccess, context })
        continue
      }
      const data: JsonObject = { ...previous }
      for (const key of ['id', 'createdAt', 'updatedAt']) delete data[key]
      const draft = VERSIONED.has(collection) ? previous._status === 'draft' : undefined
      await payload.update({ collection: collection as CollectionSlug, id, data, draft, depth: 0, req, overrideAccess, context })
    } catch (error) {
      problems.push(
        rejectLine({
          collection,
          index: null,
          record: null,
          key: String(id),
          message: `could not undo the write to ${collection} ${id}: ${messageOf(error)}`,
        }),
      )
    }
  }
  return problems
}

/** Puts the `site` global back as it was before a failed run without transactions. */
async function undoSite(payload: Payload, previous: JsonObject, req: PayloadRequest, overrideAccess: boolean): Promise<ReportLine[]> {
  const data: JsonObject = { ...previous }
  for (const key of ['id', 'globalType', 'createdAt', 'updatedAt']) delete data[key]
  try {
    await payload.updateGlobal({ slug: 'site', data, depth: 0, req, overrideAccess, context })
    return []
  } catch (error) {
    return [rejectLine({ collection: 'site', index: null, record: null, key: 'site', message: `could not undo the write to site: ${messageOf(error)}` })]
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function fieldReject(entry: Planned, error: FieldError): ReportLine {
  return rejectLine({
    collection: entry.collection,
    index: entry.index,
    record: entry.record,
    key: entry.key,
    field: fileFieldPath(entry.collection, error.path),
    message: error.message,
  })
}

/** One line per record in file order: its planned action, or every reason it was rejected. File-level problems first. */
function orderLines(
  file: Parameters<typeof recordsOf>[0],
  planned: Planned[],
  rejects: ReportLine[],
  rejected: Record<TransferCollection, Set<number>>,
): ReportLine[] {
  const lines = rejects.filter((line) => line.collection === null || line.index === null)
  for (const collection of TRANSFER_COLLECTIONS) {
    recordsOf(file, collection).forEach((_record, index) => {
      if (rejected[collection].has(index)) {
        lines.push(...rejects.filter((line) => line.collection === collection && line.index === index))
        return
      }
      const entry = planned.find((item) => item.collection === collection && item.index === index)
      if (entry) {
        const { changes, missing, renamedFrom } = entry
        lines.push(actionLine(entry.action, collection, index, entry.key, { changes, missing, renamedFrom }))
      }
    })
  }
  return lines
}

function slugsIn(file: Parameters<typeof recordsOf>[0], collection: TransferCollection): string[] {
  return recordsOf(file, collection)
    .map((record) => (record as { slug?: unknown }).slug)
    .filter((slug): slug is string => typeof slug === 'string')
}

function idsBySlug(docs: Map<string, Doc>): Map<string, ID> {
  return new Map([...docs].map(([slug, doc]) => [slug, doc.id]))
}

interface Existing {
  categories: Map<string, Doc>
  aspects: Map<string, Doc>
  standards: Map<string, Doc>
  articles: Map<string, Doc>
  /** By pair key (the two standard ids, sorted). */
  comparisons: Map<string, Doc>
}

/** Every document of the five collections, each in its latest version (drafts included). */
export async function loadExisting(payload: Payload, req: PayloadRequest, overrideAccess: boolean): Promise<Existing> {
  const all = async (collection: TransferCollection) => {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      pagination: false,
      draft: VERSIONED.has(collection) ? true : undefined,
      sort: 'id',
      req,
      overrideAccess,
      context,
    })
    return docs as unknown as Doc[]
  }
  const bySlug = (docs: Doc[]) => new Map(docs.map((doc) => [String(doc.slug), doc]))
  const [categories, aspects, standards, comparisons, articles] = await Promise.all(
    TRANSFER_COLLECTIONS.map((collection) => all(collection)),
  )
  return {
    categories: bySlug(categories ?? []),
    aspects: bySlug(aspects ?? []),
    standards: bySlug(standards ?? []),
    articles: bySlug(articles ?? []),
    comparisons: new Map((comparisons ?? []).map((doc) => [pairKeyOf(doc.standardA, doc.standardB) ?? '', doc])),
  }
}

function findExisting(
  collection: TransferCollection,
  record: unknown,
  existing: Existing,
  standardIds: Map<string, ID>,
): Doc | undefined {
  if (collection !== 'comparisons') return existing[collection].get((record as { slug: string }).slug)
  const [a, b] = (record as ComparisonRecord).standards
  const pairKey = pairKeyOf(standardIds.get(a), standardIds.get(b))
  return pairKey === null ? undefined : existing.comparisons.get(pairKey)
}

/** Ids that stand in for documents not written yet, of the adapter's id type (numbers on SQLite, ObjectId strings on MongoDB). */
function placeholderIds(payload: Payload) {
  const assigned = new Map<string, ID>()
  const numeric = payload.db.defaultIDType === 'number'
  return {
    /** Every placeholder handed out, with the record it stands for. */
    entries(): { target: RefTarget; id: ID; slug: string }[] {
      return [...assigned].flatMap(([name, id]) => {
        const [target, ...rest] = name.split(':')
        return target === 'categories' || target === 'aspects' || target === 'standards' ? [{ target, id, slug: rest.join(':') }] : []
      })
    },
    for(collection: TransferCollection, key: string): ID {
      const name = `${collection}:${key}`
      let id = assigned.get(name)
      if (id === undefined) {
        const n = assigned.size + 1
        id = numeric ? -n : `ffff${n.toString(16).padStart(20, '0')}`
        assigned.set(name, id)
      }
      return id
    },
  }
}
