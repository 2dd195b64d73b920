/**
 * The bulk import/export file, `versus/1` (docs/import-format.md). Records
 * name each other by slug, never by database id, so a file moves between
 * databases and adapters unchanged.
 */
import type { Block } from '../seed/content/types'
import type { LexicalState } from '../seed/blocks-to-lexical'

export const FORMAT = 'versus/1'

/** The collections a file holds, in the order they are imported (each may refer only to earlier ones, plus standards to standards). */
export const TRANSFER_COLLECTIONS = ['categories', 'aspects', 'standards', 'comparisons', 'articles'] as const
export type TransferCollection = (typeof TRANSFER_COLLECTIONS)[number]

/** Collections with drafts; the others are always published. */
export const VERSIONED: ReadonlySet<TransferCollection> = new Set(['standards', 'comparisons', 'articles'])

export type Status = 'published' | 'draft'

/** Lexical JSON as exported, or the seed's shorthand: paragraphs (strings) and lists. */
export type RichTextInput = LexicalState | Block[]

/**
 * Only in a history export (`--history`): the document's own timestamps.
 * An import applies them to documents it creates.
 */
export interface Timestamps {
  createdAt?: string
  updatedAt?: string
}

/** One stored version: the record as it was then, with its status and when it was saved. */
export type VersionOf<R> = Omit<R, 'versions' | 'live'> & { createdAt: string; updatedAt: string }

/**
 * Only in a history export, for standards, comparisons and articles: every
 * stored version, oldest first (the last is the record itself), and, when the
 * latest version is a draft over a published one, `live`: what the site shows.
 * An import restores them verbatim on documents it creates.
 */
export interface History<R> {
  versions?: VersionOf<R>[]
  live?: Omit<R, 'versions' | 'live' | 'status' | 'createdAt' | 'updatedAt'>
}

export interface CategoryRecord extends Timestamps {
  slug: string
  name?: string
  description?: string
  status?: 'published'
}

export interface AspectRecord extends Timestamps {
  slug: string
  name?: string
  order?: number
  description?: string
  status?: 'published'
}

export interface StandardRecord extends Timestamps, History<StandardRecord> {
  slug: string
  shortName?: string
  officialTitle?: string
  editionYear?: number
  legalNature?: string
  obligation?: string
  jurisdiction?: string
  publisher?: string
  /** Category slug. */
  category?: string
  tagline?: string
  costBand?: number
  complexity?: string
  implementationMonths?: { min?: number; max?: number }
  keyFeatures?: string[]
  whatItIs?: RichTextInput
  keyComponents?: string[]
  whyOrganizationsUseIt?: RichTextInput
  implementationOverview?: RichTextInput
  /** `aspect` is an aspect slug. */
  aspectValues?: { aspect: string; value: string }[]
  faq?: { question: string; answer: string }[]
  sources?: { label: string; url: string }[]
  /** `standard` is a standard slug. */
  related?: { standard: string; relation: string }[]
  /**
   * Earlier slugs (they redirect). An import that creates the document stores them; for a document
   * that exists, those not stored yet are added (an import never removes one).
   */
  previousSlugs?: string[]
  /** Renames: the slug the document has now; the import gives it `slug` and keeps this one as a redirect. */
  renameFrom?: string
  status?: Status
}

export interface ComparisonRecord extends Timestamps, History<ComparisonRecord> {
  /** Two standard slugs, in either order; the first becomes side A. */
  standards: [string, string]
  summary?: string
  verdict?: string
  /**
   * The generated verdict the editor's verdict was written against (the CMS
   * sets it; a different one now makes the verdict "stale"). Applied only when
   * an import creates the document.
   */
  verdictBasis?: string
  featured?: boolean
  faq?: { question: string; answer: string }[]
  /** `standard` names the side by its slug (one of `standards`); `basis` as for `verdictBasis`. */
  aspectOverrides?: { aspect: string; standard: string; value: string; basis?: string }[]
  status?: Status
}

export interface ArticleRecord extends Timestamps, History<ArticleRecord> {
  slug: string
  title?: string
  summary?: string
  body?: RichTextInput
  /** Standard slugs. */
  standards?: string[]
  /** ISO 8601 date or date-time. */
  publishedAt?: string
  /** As for standards. */
  previousSlugs?: string[]
  /** As for standards. */
  renameFrom?: string
  status?: Status
}

/** The `site` global: site-wide name, tagline, call to action and footer links. */
export interface SiteRecord {
  siteName?: string
  tagline?: string
  cta?: { heading?: string; body?: string; linkLabel?: string; linkUrl?: string }
  footerLinks?: { label: string; url: string }[]
}

export interface TransferFile {
  format: typeof FORMAT
  categories?: CategoryRecord[]
  aspects?: AspectRecord[]
  standards?: StandardRecord[]
  comparisons?: ComparisonRecord[]
  articles?: ArticleRecord[]
  site?: SiteRecord
}

export type AnyRecord = CategoryRecord | AspectRecord | StandardRecord | ComparisonRecord | ArticleRecord

/** How a comparison is named in reports and sorted in exports: its two slugs, sorted. */
export function pairName(standards: readonly [string, string] | readonly string[]): string {
  return [...standards].sort().join(' vs ')
}

/** `standards[3] (iso-27001)`, `comparisons[0] (iso-27001 vs iso-27002)`, or `standards[3]` when the record has no usable key. */
export function recordLabel(collection: TransferCollection, index: number, record: unknown): string {
  const key = recordKey(collection, record)
  return key ? `${collection}[${index}] (${key})` : `${collection}[${index}]`
}

export function recordKey(collection: TransferCollection, record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null
  if (collection === 'comparisons') {
    const pair = (record as { standards?: unknown }).standards
    if (Array.isArray(pair) && pair.length === 2 && pair.every((slug) => typeof slug === 'string')) {
      return `${pair[0]} vs ${pair[1]}`
    }
    return null
  }
  const slug = (record as { slug?: unknown }).slug
  return typeof slug === 'string' && slug !== '' ? slug : null
}
