/**
 * What the engine returns: the comparison model the site renders as is.
 * Every string here is plain text (never markdown, never HTML); rich text is
 * passed through as the Lexical JSON the UI renders.
 */
import type {
  ArticleRecord,
  AspectRecord,
  ComparisonRecord,
  Complexity,
  CostBand,
  FaqItem,
  LegalNature,
  Obligation,
  RelationType,
  RichText,
  SourceLink,
  StandardRecord,
} from './types'

export interface PairRef {
  /** Canonical slug, "iso-27032-vs-iso-27701". */
  slug: string
  /** "/compare/iso-27032-vs-iso-27701" */
  path: string
  /** Standard slugs in canonical order. */
  standards: [string, string]
}

/** Top of the page: one hero per standard. */
export interface StandardHeader {
  slug: string
  shortName: string
  tagline: string
  obligation: Obligation
  /** "Mandatory" / "Voluntary" */
  obligationLabel: string
  jurisdiction: string
  editionYear: number
  legalNature: LegalNature
  /** "Directive", "Certifiable standard" … */
  legalNatureLabel: string
  publisher: string
  path: string // "/standards/<slug>"
}

export interface StandardCard {
  slug: string
  categoryName: string | null
  shortName: string
  officialTitle: string
  cost: { band: CostBand; label: string /* "€€€" */; description: string /* "€50k–€250k typical first-year cost" */ }
  complexity: { level: Complexity; label: string /* "Medium" */ }
  implementation: { min: number; max: number; label: string /* "6–12 months" */ }
  keyFeatures: string[]
}

export interface StandardDetails {
  slug: string
  shortName: string
  whatItIs: RichText | null
  keyComponents: string[]
  whyOrganizationsUseIt: RichText | null
  implementationOverview: RichText | null
  sources: SourceLink[]
}

export interface Verdict {
  text: string
  /** True when written by the engine from the facts, false when the editor wrote it. */
  generated: boolean
}

export interface DifferenceRow {
  aspect: AspectRecord
  /** One value per standard, canonical order; "—" where the standard has none. */
  values: [string, string]
  same: boolean
  /** Per side: whether the value is the editor's per-pair override. */
  overridden: [boolean, boolean]
  /**
   * Per side: the value generated from the standard itself, before any
   * override ("—" where the standard has none). Always set by the engine;
   * optional only so hand-built rows stay valid.
   */
  generated?: [string, string]
}

/** A fact rendered in the header-facts / traits lists. */
export interface Trait {
  key: string // stable id, e.g. "obligation:voluntary"
  label: string // "Voluntary"
  kind: 'obligation' | 'legal-nature' | 'jurisdiction' | 'publisher' | 'category' | 'complexity' | 'cost' | 'certification'
}

export interface TraitComparison {
  shared: Trait[]
  /** Unique to each side, canonical order. */
  unique: [Trait[], Trait[]]
}

export interface Relation {
  from: string // slug
  to: string // slug
  relation: RelationType
  /** "ISO/IEC 27701 extends ISO/IEC 27001" */
  sentence: string
}

export interface FaqSection {
  /** null for the pair's own questions, else the standard's slug. */
  standard: string | null
  heading: string
  items: FaqItem[]
}

export interface RelatedComparison {
  pair: PairRef
  title: string // "ISO 9001 vs EU AI Act"
  summary: string
  /** Higher is more related; ties broken by slug, so order is deterministic. */
  score: number
}

export interface RelatedArticle {
  slug: string
  title: string
  summary: string
  path: string // "/articles/<slug>"
}

export interface BreadcrumbItem {
  name: string
  path: string
}

export interface SeoData {
  title: string
  description: string
  canonicalPath: string
  canonicalUrl: string
  breadcrumbs: BreadcrumbItem[]
  /** JSON-LD objects, ready for JSON.stringify into <script type="application/ld+json">. */
  jsonLd: Record<string, unknown>[]
}

export interface ComparisonModel {
  pair: PairRef
  title: string
  headers: [StandardHeader, StandardHeader]
  verdict: Verdict
  cards: [StandardCard, StandardCard]
  details: [StandardDetails, StandardDetails]
  differences: DifferenceRow[]
  traits: TraitComparison
  relations: Relation[]
  faq: FaqSection[]
  relatedArticles: RelatedArticle[]
  related: RelatedComparison[]
  seo: SeoData
  /**
   * The verdict the engine writes from the facts, also when the editor's
   * verdict replaces it (for reviewing overrides). Always set by the engine;
   * optional only so hand-built models stay valid.
   */
  generatedVerdict?: string
}

/** Input of `compareStandards`. */
export interface CompareInput {
  /** The two standards, in any order: (A, B) and (B, A) give the same model. */
  standards: [StandardRecord, StandardRecord]
  /** Every aspect; rows follow `order`, then slug. */
  aspects: AspectRecord[]
  /** The pair's own published record (editor verdict, overrides, pair FAQ), if any. */
  comparison?: ComparisonRecord | null
  /** Everything published, for related comparisons, relations and articles. */
  catalog?: {
    standards?: StandardRecord[]
    comparisons?: ComparisonRecord[]
    articles?: ArticleRecord[]
  }
  /** For absolute URLs in SEO data. Defaults: "Versus", "http://localhost:3000". */
  site?: { name: string; url: string }
}

/** The standards compared on one page, in canonical order ("gdpr-vs-iso-27701-vs-nis2"). */
export interface SelectionRef {
  slug: string
  /** "/compare/gdpr-vs-iso-27701-vs-nis2" */
  path: string
  /** Standard slugs in `compareSlugs` order. */
  standards: string[]
}

/** One row of a comparison matrix: a fact every standard has, or an aspect. */
export interface MatrixRow {
  /** Stable id: "fact:obligation", "aspect:scope". */
  key: string
  kind: 'fact' | 'aspect'
  /** "Obligation", "Scope" */
  label: string
  /** One value per column, canonical order; "—" where a standard has none. */
  values: string[]
  /** True when every column has the same value (and none is missing). */
  same: boolean
  /** The aspect of an aspect row. */
  aspect?: AspectRecord
}

/** A pair among the standards of a matrix. */
export interface MatrixPair {
  pair: PairRef
  /** "GDPR vs NIS2" */
  title: string
  /** Whether a published comparison page exists for this pair. */
  published: boolean
}

export interface MatrixModel {
  selection: SelectionRef
  /** "GDPR vs ISO 27701 vs NIS2" */
  title: string
  /** One column per standard, canonical order. */
  columns: StandardHeader[]
  /** Fact rows first, then aspect rows by aspect order. */
  rows: MatrixRow[]
  /** How many rows differ. */
  differing: number
  /** Every pair among the columns, in canonical order. */
  pairs: MatrixPair[]
  seo: SeoData
}

/** Input of `compareMany`. */
export interface CompareManyInput {
  /** The standards (meant for three or four), in any order: every permutation gives the same model. */
  standards: StandardRecord[]
  /** Every aspect; rows follow `order`, then slug. */
  aspects: AspectRecord[]
  /** Pairs that have a published comparison page, each in any order. */
  publishedPairs?: readonly (readonly [string, string])[]
  /** For absolute URLs in SEO data. Defaults: "Versus", "http://localhost:3000". */
  site?: { name: string; url: string }
}

/** One thing a standard adds for someone who already complies with another. */
export interface AddedPoint {
  /** Stable id: "relation:iso-27701:extends:iso-27001", "obligation", "aspect:scope", "effort". */
  key: string
  kind: 'relation' | 'obligation' | 'certification' | 'legal-nature' | 'jurisdiction' | 'aspect' | 'effort'
  /** One plain-text sentence. */
  text: string
  /** For an aspect: its name and both values. */
  aspect?: { name: string; from: string; to: string }
}

/** "Already comply with A? What B adds", from B's point of view. */
export interface WhatItAddsModel {
  /** Slugs: the standard already complied with, and the one added. */
  from: string
  to: string
  /** "Already comply with ISO 27001? What ISO 27701 adds" */
  heading: string
  points: AddedPoint[]
}
