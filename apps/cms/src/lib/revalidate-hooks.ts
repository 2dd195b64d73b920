import {
  TAGS,
  articleTag,
  comparisonTag,
  relationId,
  standardTag,
  type ArticleIndexField,
  type ComparisonIndexField,
  type StandardCardField,
  type StandardIndexField,
} from '@versus/content'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { revalidateSite } from './revalidate-site'

interface WithStatus {
  _status?: 'draft' | 'published' | null
}

/** The document's own tag for the current value, plus the previous one when it changed (a rename). */
export function docTags(tagOf: (value: string) => string, current?: string | null, previous?: string | null): string[] {
  const tags: string[] = []
  if (current) tags.push(tagOf(current))
  if (previous && previous !== current) tags.push(tagOf(previous))
  return tags
}

/** A document as the site sees it: the published main document, or null when it has none. */
export type Visible = Record<string, unknown> | null

/** How to compare one field across two versions: relations by id, array rows without their row ids. */
type FieldReader = (value: unknown) => unknown

const scalar: FieldReader = (value) => (value === undefined ? null : value)
const relation: FieldReader = (value) => relationId(value)
const rowsOf =
  (read: (row: Record<string, unknown>) => unknown): FieldReader =>
  (value) =>
    Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? read(row as Record<string, unknown>) : null)) : []
const relations: FieldReader = (value) => (Array.isArray(value) ? value.map(relationId) : [])
const slugRows = rowsOf((row) => scalar(row.slug))

/**
 * How to read each field a slim list holds (@versus/content index-fields.ts; the site selects the
 * same fields): the lists' tags are sent only when one of these changed.
 */
export const STANDARD_INDEX_READERS = {
  slug: scalar,
  previousSlugs: slugRows,
  shortName: scalar,
  legalNature: scalar,
  obligation: scalar,
  category: relation,
  related: rowsOf((row) => [relationId(row.standard), scalar(row.relation)]),
} satisfies Record<StandardIndexField, FieldReader>

export const STANDARD_LIST_READERS = {
  ...STANDARD_INDEX_READERS,
  officialTitle: scalar,
  tagline: scalar,
  jurisdiction: scalar,
  editionYear: scalar,
  publisher: scalar,
} satisfies Record<StandardCardField, FieldReader>

export const COMPARISON_INDEX_READERS = {
  standardA: relation,
  standardB: relation,
  pairKey: scalar,
  summary: scalar,
  featured: (value) => value === true,
} satisfies Record<ComparisonIndexField, FieldReader>

export const ARTICLE_INDEX_READERS = {
  slug: scalar,
  previousSlugs: slugRows,
  title: scalar,
  summary: scalar,
  standards: relations,
  publishedAt: (value) => (value ? new Date(String(value)).toISOString() : null),
} satisfies Record<ArticleIndexField, FieldReader>

/** Whether any of `fields` differs between the two versions (a document appearing or disappearing counts). */
export function fieldsChanged(before: Visible, after: Visible, fields: Record<string, FieldReader>): boolean {
  if (!before || !after) return before !== after
  return Object.entries(fields).some(
    ([name, read]) => JSON.stringify(read(before[name])) !== JSON.stringify(read(after[name])),
  )
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

function ownTags(tagOf: (value: string) => string, key: string, before: Visible, after: Visible): string[] {
  return docTags(tagOf, text(after?.[key]), text(before?.[key]))
}

/**
 * Tags to send when a standard's published state goes from `before` to `after`
 * (null: not published). Its own page and every comparison with it
 * (`standard:<slug>`, old and new on a rename) and the sitemap always; the
 * lists only when a field they show changed, or the standard appeared or went.
 */
export function standardTags(before: Visible, after: Visible): string[] {
  if (!before && !after) return []
  const tags = [...ownTags(standardTag, 'slug', before, after), TAGS.sitemap]
  if (fieldsChanged(before, after, STANDARD_INDEX_READERS)) tags.push(TAGS.standardsIndex)
  if (fieldsChanged(before, after, STANDARD_LIST_READERS)) tags.push(TAGS.standardsList)
  return tags
}

/** Same rules for a comparison: its own page by pair key, the comparisons index when a listed field changed. */
export function comparisonTags(before: Visible, after: Visible): string[] {
  if (!before && !after) return []
  const tags = [...ownTags(comparisonTag, 'pairKey', before, after), TAGS.sitemap]
  if (fieldsChanged(before, after, COMPARISON_INDEX_READERS)) tags.push(TAGS.comparisonsIndex)
  return tags
}

/** Same rules for an article: its own page by slug, the articles index when a listed field changed. */
export function articleTags(before: Visible, after: Visible): string[] {
  if (!before && !after) return []
  const tags = [...ownTags(articleTag, 'slug', before, after), TAGS.sitemap]
  if (fieldsChanged(before, after, ARTICLE_INDEX_READERS)) tags.push(TAGS.articlesIndex)
  return tags
}

const isPublished = (doc: unknown): boolean =>
  typeof doc === 'object' && doc !== null && (doc as WithStatus)._status === 'published'

const liveKey = (collection: string, id: unknown) => `versus:live:${collection}:${String(id)}`

async function readLive(collection: CollectionSlug, id: unknown, req: PayloadRequest): Promise<Visible> {
  if (id === undefined || id === null) return null
  const doc = await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })
  return isPublished(doc) ? (doc as Record<string, unknown>) : null
}

/**
 * beforeChange: remembers what the site shows of this document before the
 * write (the main document when published). `previousDoc` in afterChange is
 * the latest version, which may be a draft the site never saw, so it cannot
 * tell which published fields really changed.
 */
export function rememberLiveVersion(collection: CollectionSlug): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined && !req.context.disableRevalidate) {
      req.context[liveKey(collection, originalDoc.id)] = await readLive(collection, originalDoc.id, req)
    }
    return data
  }
}

/**
 * afterChange: what the site showed (remembered above) and what it shows now.
 * Saving a draft leaves the published document as it was (both the same); an
 * unpublish turns the main document into a draft (now nothing).
 */
async function publishedTransition(args: {
  collection: CollectionSlug
  doc: Record<string, unknown>
  req: PayloadRequest
  context: RequestContext
}): Promise<{ before: Visible; after: Visible } | null> {
  const { collection, doc, req, context } = args
  const key = liveKey(collection, doc.id)
  const before = key in context ? (context[key] as Visible) : null
  delete context[key]
  if (isPublished(doc)) return { before, after: doc }
  if (!before) return null
  const live = await readLive(collection, doc.id, req)
  return live ? null : { before, after: null }
}

/** afterChange hook sending `tagsOf(before, after)` to the site, for a collection with drafts. */
export function revalidateOnChange(
  collection: CollectionSlug,
  tagsOf: (before: Visible, after: Visible) => string[],
): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const { payload, context } = req
    if (context.disableRevalidate) return doc
    const transition = await publishedTransition({ collection, doc: doc as Record<string, unknown>, req, context })
    if (transition) await revalidateSite({ payload, context, req, tags: tagsOf(transition.before, transition.after) })
    return doc
  }
}

/** afterDelete hook: the deleted main document was visible only if it was published. */
export function revalidateOnDelete(tagsOf: (before: Visible, after: Visible) => string[]): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    const { payload, context } = req
    if (isPublished(doc)) await revalidateSite({ payload, context, req, tags: tagsOf(doc as Record<string, unknown>, null) })
    return doc
  }
}
