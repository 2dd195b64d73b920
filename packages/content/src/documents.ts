/**
 * The CMS documents both apps read, as structural types: the CMS's generated
 * `payload-types.ts` documents (Local API, drafts included) and the site's
 * parsed REST JSON (published only) both satisfy them, so one mapping
 * (records/) serves both. Only the fields the mapping reads are named here.
 *
 * Tolerant where the two differ: ids are numbers (SQLite) or strings
 * (MongoDB); a relation is an id, the related document when populated, or
 * nothing (deleted, or a draft the reader may not see); array fields may be
 * missing or null; optional text may be missing or null.
 */
import type { Complexity, LegalNature, Obligation, RelationType, RichText } from '@versus/engine'

import type { DocId } from './ids'

/** A relationship value: an id, the populated document, or nothing. */
export type DocRelation = DocId | { id: DocId; slug?: string | null } | null | undefined

/** A relation to a category: populated, it carries the category's name too. */
export type CategoryRelation = DocId | { id: DocId; slug?: string | null; name?: unknown } | null | undefined

/** An array field: missing or null means no rows. */
export type DocRows<T> = readonly T[] | null | undefined

export type OptionalText = string | null | undefined

export interface CategoryDoc {
  id: DocId
  slug: string
  name: string
  description?: OptionalText
}

export interface AspectDoc {
  id: DocId
  slug: string
  name: string
  order: number
  description?: OptionalText
}

interface FaqRow {
  question: string
  answer: string
}

/** What the slim standards index holds (index-fields.ts). */
export interface StandardIndexDoc {
  id: DocId
  slug: string
  shortName: string
  legalNature: LegalNature
  obligation: Obligation
  category?: CategoryRelation
  related?: DocRows<{ standard?: DocRelation; relation: RelationType }>
  previousSlugs?: DocRows<{ slug: string }>
}

/** The index plus what a standard's card in a list shows. */
export interface StandardCardDoc extends StandardIndexDoc {
  officialTitle: string
  tagline: string
  jurisdiction: string
  editionYear: number
  publisher: string
}

export interface StandardDoc extends StandardCardDoc {
  /** 1 … 4 (the CMS validates the range). */
  costBand: number
  complexity: Complexity
  implementationMonths?: { min?: number | null; max?: number | null } | null
  keyFeatures?: DocRows<{ text: string }>
  whatItIs?: RichText | null
  keyComponents?: DocRows<{ text: string }>
  whyOrganizationsUseIt?: RichText | null
  implementationOverview?: RichText | null
  aspectValues?: DocRows<{ aspect?: DocRelation; value?: OptionalText }>
  faq?: DocRows<FaqRow>
  sources?: DocRows<{ label: string; url: string }>
  costSourceUrl?: OptionalText
  effortSourceUrl?: OptionalText
  /** ISO 8601: when an editor last reviewed the record (fields/review.ts in the CMS). */
  lastReviewedAt?: OptionalText
  /** The reviewer's public display name, copied by the CMS; never an account detail. */
  reviewerName?: OptionalText
  updatedAt?: OptionalText
}

export interface ComparisonDoc {
  id: DocId
  standardA?: DocRelation
  standardB?: DocRelation
  /** The two standard ids, sorted, joined by ":" (ids.ts `pairKeyOf`). */
  pairKey?: OptionalText
  verdict?: OptionalText
  summary?: OptionalText
  aspectOverrides?: DocRows<{ aspect?: DocRelation; side: 'a' | 'b'; value: string }>
  faq?: DocRows<FaqRow>
  featured?: boolean | null
  lastReviewedAt?: OptionalText
  reviewerName?: OptionalText
  createdAt?: OptionalText
  updatedAt?: OptionalText
}

export interface ArticleDoc {
  id: DocId
  slug: string
  title: string
  summary?: OptionalText
  standards?: DocRows<DocRelation>
  publishedAt?: OptionalText
  updatedAt?: OptionalText
  previousSlugs?: DocRows<{ slug: string }>
}
