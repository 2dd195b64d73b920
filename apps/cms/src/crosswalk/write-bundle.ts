import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry } from '@versus/content'
import { crosswalkTags } from '@versus/content'
import { requirementSegment } from '@versus/content'
import { randomBytes } from 'node:crypto'

import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { beginWriteTransaction } from '../db/transaction'
import { relationId } from '@versus/content'
import { revalidateSite } from '../lib/revalidate-site'
import { requirementKey, type BundleProblem } from './bundle-problems'
import { checkBundle } from './check-bundle'
import { MAPPING_RELEVANT_FIELDS, mappingTitle } from './licence'
import { loadStored, type Doc, type StoredRecords } from './load-known'
import { markMappingsStale } from './mark-stale'
import { mappingKey, mergeBundle } from './merge-bundle'

export interface WriteCounts {
  created: number
  updated: number
  unchanged: number
  deleted: number
}

export interface WriteBundleReport {
  /** False when there were problems: then nothing was written. */
  ok: boolean
  dryRun: boolean
  counts: { editions: WriteCounts; requirements: WriteCounts; sets: WriteCounts; mappings: WriteCounts }
  /** Repeated records folded into the first (duplicate rows are merged, not errors). */
  merged: number
  /** Mappings of other sets marked stale because a requirement they use changed. */
  staleMarked: number
  /** Slugs of the standards whose crosswalk pages changed (their `crosswalk:<slug>` tags were queued). */
  standards: string[]
  problems: BundleProblem[]
}

export interface WriteBundleOptions {
  /** Check and count what would change, write nothing. */
  dryRun?: boolean
  /** Write in this request's transaction (the seed's); otherwise the writer opens and commits its own. */
  req?: PayloadRequest
}

type ID = number | string
const zero = (): WriteCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 })
const orNull = <T>(value: T | undefined | null | ''): T | null => (value === undefined || value === '' ? null : value)
const isoDate = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? new Date(value).toISOString() : null)
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
const now = () => new Date().toISOString()
/** Array rows need an id of their own below Payload's operations (it makes them there): the same 24-hex shape. */
const rowId = () => randomBytes(12).toString('hex')

/** A stored edition or requirement in the bundle's string-id shape, to compare with what the bundle says. */
function editionShape(entry: EditionEntry, standard: string) {
  return {
    standard,
    label: entry.label,
    year: entry.year,
    status: entry.status,
    supersedes: orNull(entry.supersedes),
    transitionDeadline: isoDate(entry.transitionDeadline),
    amendments: entry.amendments ?? [],
    textLicence: entry.textLicence,
  }
}

function storedEditionShape(doc: Doc, stored: StoredRecords) {
  return {
    standard: relationId(doc.standard) ?? '',
    label: doc.label,
    year: doc.year,
    status: doc.status,
    supersedes: stored.editionSlugs.get(relationId(doc.supersedes) ?? '') ?? null,
    transitionDeadline: isoDate(doc.transitionDeadline),
    amendments: Array.isArray(doc.amendments) ? doc.amendments.map((row) => (row as { label?: unknown }).label) : [],
    textLicence: doc.textLicence,
  }
}

function requirementShape(entry: RequirementEntry) {
  return {
    refId: entry.refId,
    parent: orNull(entry.parent),
    kind: orNull(entry.kind),
    assessable: entry.assessable,
    title: orNull(entry.title),
    summary: orNull(entry.summary),
    text: orNull(entry.text),
    order: orNull(entry.order),
  }
}

function storedRequirementShape(doc: Doc, stored: StoredRecords) {
  const parentKey = stored.requirementKeys.get(relationId(doc.parent) ?? '')
  return {
    refId: doc.refId,
    parent: parentKey ? (parentKey.split('\u0000')[1] ?? null) : null,
    kind: orNull(doc.kind as string | null),
    assessable: Boolean(doc.assessable),
    title: orNull(doc.title as string | null),
    summary: orNull(doc.summary as string | null),
    text: orNull(doc.text as string | null),
    order: orNull(doc.order as number | null),
  }
}

function setShape(entry: MappingSetEntry) {
  return {
    title: entry.title || `${entry.sourceEdition} → ${entry.targetEdition}`,
    sourceEdition: entry.sourceEdition,
    targetEdition: entry.targetEdition,
    publisher: entry.publisher,
    author: orNull(entry.author),
    method: entry.method,
    comprehensive: entry.comprehensive,
    licence: orNull(entry.licence),
    sourceUrl: orNull(entry.sourceUrl),
    reviewedAt: isoDate(entry.reviewedAt),
    status: entry.status,
    fileHash: orNull(entry.fileHash),
    coveredTargets: orNull(entry.coveredTargets),
    coveredSources: orNull(entry.coveredSources),
  }
}

function storedSetShape(doc: Doc, stored: StoredRecords) {
  return {
    title: doc.title,
    sourceEdition: stored.editionSlugs.get(relationId(doc.sourceEdition) ?? '') ?? null,
    targetEdition: stored.editionSlugs.get(relationId(doc.targetEdition) ?? '') ?? null,
    publisher: doc.publisher,
    author: orNull(doc.author as string | null),
    method: doc.method,
    comprehensive: Boolean(doc.comprehensive),
    licence: orNull(doc.licence as string | null),
    sourceUrl: orNull(doc.sourceUrl as string | null),
    reviewedAt: isoDate(doc.reviewedAt),
    status: doc.status,
    fileHash: orNull(doc.fileHash as string | null),
    coveredTargets: orNull(doc.coveredTargets as string[] | null),
    coveredSources: orNull(doc.coveredSources as string[] | null),
  }
}

const rowAttributes = (row: Pick<MappingEntry, 'rationale' | 'strength' | 'gapNote'> | Doc) => ({
  rationale: orNull(row.rationale as string | null),
  strength: orNull(row.strength as number | null),
  gapNote: orNull(row.gapNote as string | null),
})

/**
 * Writes a crosswalk bundle into the editions, requirements, mapping-sets and mappings
 * collections by string ids: an idempotent upsert (a second write of the same bundle changes
 * nothing), all or nothing (one transaction; every problem is found before anything is written,
 * and then nothing is), a set's rows replaced as a whole by the bundle's. Requirements and
 * editions the bundle leaves out stay as they are.
 *
 * Writes go straight to the database adapter, checked here rather than by the collections' hooks,
 * in a fixed number of reads whatever the bundle's size: thousands of rows in seconds.
 */
export async function writeBundle(payload: Payload, input: CrosswalkBundle, options: WriteBundleOptions = {}): Promise<WriteBundleReport> {
  const ownTransaction = !options.req
  const req = options.req ?? (await createLocalReq({}, payload))
  const transactionID = ownTransaction && !options.dryRun ? await beginWriteTransaction(payload) : null
  if (transactionID !== null) req.transactionID = transactionID
  try {
    const report = await writeInRequest(req, input, options.dryRun === true)
    if (transactionID !== null) {
      if (report.ok) await payload.db.commitTransaction(transactionID)
      else await payload.db.rollbackTransaction(transactionID)
    }
    return report
  } catch (error) {
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

async function writeInRequest(req: PayloadRequest, input: CrosswalkBundle, dryRun: boolean): Promise<WriteBundleReport> {
  const { db } = req.payload
  const { bundle, merged, problems: mergeProblems, rowNumbers } = mergeBundle(input)
  const stored = await loadStored(req, bundle)
  const problems = [...mergeProblems, ...checkBundle(bundle, stored.known, rowNumbers)]
  const counts = { editions: zero(), requirements: zero(), sets: zero(), mappings: zero() }
  const report: WriteBundleReport = { ok: problems.length === 0, dryRun, counts, merged, staleMarked: 0, standards: [], problems }
  if (problems.length > 0) return report

  const touchedEditions = new Set<string>()
  const editionIds = new Map<string, ID>([...stored.editions].map(([slug, doc]) => [slug, doc.id]))
  const requirementIds = new Map<string, ID>([...stored.requirements].map(([key, doc]) => [key, doc.id]))
  // Only the id comes back (a full document costs a query with every join); rows need not even that.
  const create = async (collection: string, data: Record<string, unknown>, needId = true): Promise<ID> => {
    if (dryRun) return -1
    const stamped = { ...data, createdAt: now(), updatedAt: now() }
    if (!needId) {
      await db.create({ collection, data: stamped, req, returning: false } as never)
      return -1
    }
    const doc = await db.create({ collection, data: stamped, req, select: { id: true } } as never)
    return (doc as { id: ID }).id
  }
  const update = async (collection: string, id: ID, data: Record<string, unknown>) => {
    if (!dryRun) await db.updateOne({ collection, id, data: { ...data, updatedAt: now() }, req, returning: false } as never)
  }

  // Editions: create the new ones, then every `supersedes` once all exist.
  const editionLater: [EditionEntry, ID][] = []
  for (const entry of bundle.editions) {
    const standard = stored.known.standards.get(entry.standard) ?? ''
    const desired = editionShape(entry, standard)
    const existing = stored.editions.get(entry.id)
    const data = { ...desired, slug: entry.id, supersedes: null, amendments: desired.amendments.map((label) => ({ id: rowId(), label })) }
    if (!existing) {
      counts.editions.created++
      editionIds.set(entry.id, await create('editions', data))
      if (entry.supersedes) editionLater.push([entry, editionIds.get(entry.id)!])
    } else if (same(desired, storedEditionShape(existing, stored))) {
      counts.editions.unchanged++
      continue
    } else {
      counts.editions.updated++
      await update('editions', existing.id, data)
      editionLater.push([entry, existing.id])
    }
    touchedEditions.add(entry.id)
  }
  for (const [entry, id] of editionLater) {
    if (entry.supersedes) await update('editions', id, { supersedes: editionIds.get(entry.supersedes) ?? null })
  }

  // Requirements: the same, with parents second; changes to what mappings rely on mark other sets' rows stale.
  const parentLater: [RequirementEntry, ID][] = []
  const staleChanges: { id: unknown; refId: string; fields: string[] }[] = []
  for (const entry of bundle.requirements) {
    const key = requirementKey(entry.edition, entry.refId)
    const desired = requirementShape(entry)
    const existing = stored.requirements.get(key)
    const data = { ...desired, edition: editionIds.get(entry.edition), slug: requirementSegment(entry.refId), parent: null }
    if (!existing) {
      counts.requirements.created++
      requirementIds.set(key, await create('requirements', data))
      if (entry.parent) parentLater.push([entry, requirementIds.get(key)!])
    } else {
      const before = storedRequirementShape(existing, stored)
      if (same(desired, before)) {
        counts.requirements.unchanged++
        continue
      }
      counts.requirements.updated++
      await update('requirements', existing.id, data)
      parentLater.push([entry, existing.id])
      const fields = MAPPING_RELEVANT_FIELDS.filter((field) => !same(desired[field], before[field]))
      if (fields.length > 0) staleChanges.push({ id: existing.id, refId: entry.refId, fields })
    }
    touchedEditions.add(entry.edition)
  }
  for (const [entry, id] of parentLater) {
    if (entry.parent) await update('requirements', id, { parent: requirementIds.get(requirementKey(entry.edition, entry.parent)) ?? null })
  }

  // Sets, then each set's rows: kept when the same, updated when only their notes differ, the rest replaced.
  for (const entry of bundle.sets) {
    const desired = setShape(entry)
    const existing = stored.sets.get(entry.id)
    const data = { ...desired, slug: entry.id, sourceEdition: editionIds.get(entry.sourceEdition), targetEdition: editionIds.get(entry.targetEdition) }
    let setId: ID
    let changed = true
    if (!existing) {
      counts.sets.created++
      setId = await create('mapping-sets', data)
    } else {
      setId = existing.id
      changed = !same(desired, storedSetShape(existing, stored))
      if (changed) {
        counts.sets.updated++
        await update('mapping-sets', existing.id, data)
      } else counts.sets.unchanged++
    }
    const rowsChanged = await writeRows(entry, setId, existing ? (stored.rows.get(String(existing.id)) ?? []) : [])
    if (changed || rowsChanged) touchedEditions.add(entry.sourceEdition).add(entry.targetEdition)
  }

  async function writeRows(set: MappingSetEntry, setId: ID, storedRows: Doc[]): Promise<boolean> {
    const desired = bundle.mappings.filter((row) => row.set === set.id)
    const byKey = new Map<string, Doc[]>()
    for (const row of storedRows) {
      const refIds = (side: unknown) =>
        (Array.isArray(side) ? side : []).map((id) => (stored.requirementKeys.get(relationId(id) ?? '') ?? '').split('\u0000')[1] ?? '')
      const key = mappingKey({ set: set.id, sources: refIds(row.sources), targets: refIds(row.targets), relationship: row.relationship } as MappingEntry)
      byKey.set(key, [...(byKey.get(key) ?? []), row])
    }
    let changed = false
    for (const row of desired) {
      const key = mappingKey(row)
      const [match, ...rest] = byKey.get(key) ?? []
      if (rest.length > 0) byKey.set(key, rest)
      else byKey.delete(key)
      const title = mappingTitle(row.sources, row.targets)
      if (match && same(rowAttributes(row), rowAttributes(match)) && match.title === title) {
        counts.mappings.unchanged++
      } else if (match) {
        counts.mappings.updated++
        changed = true
        await update('mappings', match.id, { ...rowAttributes(row), title })
      } else {
        counts.mappings.created++
        changed = true
        const ids = (edition: string, refIds: string[]) => refIds.map((refId) => requirementIds.get(requirementKey(edition, refId)))
        await create('mappings', {
          set: setId,
          title,
          sources: ids(set.sourceEdition, [...new Set(row.sources)]),
          targets: ids(set.targetEdition, [...new Set(row.targets)]),
          relationship: row.relationship,
          ...rowAttributes(row),
          reviewStatus: 'unreviewed',
          stale: false,
        }, false)
      }
    }
    const leftOver = [...byKey.values()].flat().map((row) => row.id)
    counts.mappings.deleted += leftOver.length
    if (leftOver.length > 0) changed = true
    for (let start = 0; start < leftOver.length && !dryRun; start += 500) {
      await db.deleteMany({ collection: 'mappings', where: { id: { in: leftOver.slice(start, start + 500) } }, req })
    }
    return changed
  }

  if (!dryRun) {
    const rewritten = bundle.sets.map((set) => stored.sets.get(set.id)?.id).filter((id) => id !== undefined)
    report.staleMarked = await markMappingsStale(req, staleChanges, rewritten)
  }

  const standardIds = [...touchedEditions].map(
    (slug) => stored.known.editions.get(slug)?.standard ?? stored.known.standards.get(bundle.editions.find((e) => e.id === slug)?.standard ?? ''),
  )
  report.standards = [...new Set(standardIds.map((id) => stored.standardSlugs.get(id ?? '')).filter((s): s is string => Boolean(s)))].sort()
  if (!dryRun) await revalidateSite({ payload: req.payload, context: req.context, req, tags: crosswalkTags(report.standards) })
  return report
}
