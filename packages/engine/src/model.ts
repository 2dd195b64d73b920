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
  MappingMethod,
  MappingRationale,
  MappingRecord,
  MappingRelationship,
  MappingSetRecord,
  MappingSetStatus,
  Obligation,
  RelationType,
  ReviewRecord,
  RichText,
  SourceLink,
  StandardRecord,
} from './types'

export interface PairRef {
  /**
   * "iso-27032-vs-iso-27701": the standards in the order the pair is shown, the editor's for a
   * reviewed pair (`displayPair`), canonical otherwise.
   */
  slug: string
  /** "/compare/iso-27032-vs-iso-27701" */
  path: string
  /** Standard slugs in the order shown (first shown first). */
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
  /**
   * Published sources for the cost band and for the effort (complexity and months), when editors
   * have one (http(s) only). Always set by the engine; optional only so hand-built cards stay valid.
   */
  estimateSources?: { cost: string | null; effort: string | null }
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
  /** Both sides state the same value; never true when a side has none. */
  same: boolean
  /**
   * False when neither side has a value: the row says "not recorded", never
   * "different". Always set by the engine; optional only so hand-built rows
   * stay valid.
   */
  recorded?: boolean
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

/**
 * Who reviewed what on a pair page: the pair itself (its comparison record), and each standard's own
 * record in header order. A generated pair has no pair review: its page shows the standards' own.
 */
export interface PairReview {
  pair: ReviewRecord | null
  standards: [ReviewRecord | null, ReviewRecord | null]
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
  /**
   * "Already comply with A? What B adds", both ways (A→B first, canonical
   * order), from the same resolved aspect values as `differences`. Always set
   * by the engine; optional only so hand-built models stay valid.
   */
  adds?: [WhatItAddsModel, WhatItAddsModel]
  /** Last reviews of the pair and of each standard. Always set by the engine; optional only so hand-built models stay valid. */
  review?: PairReview
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
  /**
   * `same`: every column recorded, all equal. `differs`: at least two recorded values really differ
   * (compared case- and space-insensitively). `incomplete`: some column has no value and the recorded
   * ones agree (or fewer than two are recorded): unknown, never highlighted as a difference.
   */
  status: 'same' | 'differs' | 'incomplete'
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
  /** Every pair among the columns, in column order; each pair's own link in its display order (`displayPair`). */
  pairs: MatrixPair[]
  seo: SeoData
}

/** Input of `compareMany`. */
export interface CompareManyInput {
  /** The standards (meant for three or four), in any order: every permutation gives the same model. */
  standards: StandardRecord[]
  /** Every aspect; rows follow `order`, then slug. */
  aspects: AspectRecord[]
  /** Pairs that have a published comparison page, each in the order its editor chose (its link and title follow it). */
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

/* ---- Requirement-level coverage (computeCoverage, inferMappings, bridgeEdition) ---- */

/**
 * What complying with the "from" edition does for one assessable requirement
 * of the "to" edition: `full`, `partial` (counted with a weight), `related`
 * (untyped link only, never counted), `none` (a comprehensive set or an
 * explicit gap row says nothing maps), `unknown` (nobody says).
 */
export type CoverageStatus = 'full' | 'partial' | 'related' | 'none' | 'unknown'

/**
 * What one link does for one target: `full`, `partial`, `related` (untyped,
 * or typed but unprovable for this target of a many-target row),
 * `not-related` (these sources do not help), `gap` (the author says nothing
 * in the source edition maps).
 */
export type EvidenceEffect = 'full' | 'partial' | 'related' | 'not-related' | 'gap'

export interface RequirementRef {
  id: string
  refId: string
  title: string | null
}

export interface CoverageEvidence {
  /** Requirements of the "from" edition, in catalog order; empty for a gap row. */
  sources: RequirementRef[]
  /** As seen in this direction: a stored B → A `subset` reads here as `superset`. */
  relationship: MappingRelationship
  effect: EvidenceEffect
  /** What the link counts for in the score: 1 full, 0–0.9 partial, else 0. */
  weight: number
  strength: number | null
  rationale: MappingRationale | null
  gapNote: string | null
  setId: string
  publisher: string
  /** The row comes from a computed set (edition bridge), not a published one. */
  derived: boolean
  /** Position of the row in the `mappings` input, and its id when it has one. */
  mapping: { index: number; id: string | null }
}

export interface CoverageCounts {
  full: number
  partial: number
  related: number
  none: number
  unknown: number
  /** Assessable requirements: full + partial + related + none + unknown. */
  total: number
}

/** One requirement of the "to" edition, in its hierarchy. */
export interface CoverageNode extends RequirementRef {
  parent: string | null
  kind: string | null
  depth: number
  assessable: boolean
  /** null for a heading (not assessable). */
  status: CoverageStatus | null
  /** 0–1: what this requirement adds to the score (0 for headings). */
  score: number
  /** Best first: full, partial (heaviest first), related, not-related, gap. */
  evidence: CoverageEvidence[]
  /** Sets that declare this requirement covered by the union of their links (coveredTargets). */
  jointlyCoveredBy: string[]
  /** This requirement and everything below it. */
  counts: CoverageCounts
  children: CoverageNode[]
}

/** A set as the JSON API shows it. */
export interface CoverageSetRef {
  id: string
  publisher: string
  method: MappingMethod
  licence: string | null
  comprehensive: boolean
}

/** The headline of one direction; the JSON API exposes exactly this. */
export interface CoverageSummary extends CoverageCounts {
  /** Edition ids. */
  from: string
  to: string
  /** 0–1, four decimals: Σ per-requirement score / total. */
  score: number
  sets: CoverageSetRef[]
}

export interface CoverageSetDetail extends CoverageSetRef {
  status: MappingSetStatus
  sourceUrl: string | null
  reviewedAt: string | null
  /** `inverse` when the set is stored the other way and read through invertRelationship. */
  direction: 'forward' | 'inverse'
  derived: boolean
  /** Rows read, rows ignored (reported in issues), and "to" requirements they give evidence for. */
  rows: number
  ignoredRows: number
  targets: number
}

export type MappingIssueKind =
  | 'duplicate-requirement'
  | 'missing-requirement-id'
  | 'missing-parent'
  | 'parent-cycle'
  | 'duplicate-set'
  | 'invalid-set'
  | 'excluded-set'
  | 'unknown-set'
  | 'invalid-mapping'
  | 'unknown-requirement'
  | 'heading-target'
  | 'unsupported-cover'
  | 'unknown-edition'
  | 'too-many-paths'

/** Something in the data that was skipped or repaired, never thrown. */
export interface MappingIssue {
  kind: MappingIssueKind
  setId: string | null
  /** Index in the `mappings` input. */
  mapping: number | null
  /** Requirement ids concerned. */
  ids: string[]
  message: string
}

export interface CoverageModel {
  summary: CoverageSummary
  from: { editionId: string; standardSlug: string }
  to: { editionId: string; standardSlug: string }
  /** The "to" edition's hierarchy, roots first, siblings by order then natural refId. */
  requirements: CoverageNode[]
  sets: CoverageSetDetail[]
  issues: MappingIssue[]
}

/** Where an inferred candidate checks against a direct set between the two editions. */
export type InferenceCheck = 'confirmed' | 'contradicted' | 'unconfirmed' | 'unchecked'

export interface InferredCandidate {
  source: RequirementRef
  target: RequirementRef
  /** Composed relationship (sound: see computeCoverage/README.md). */
  relationship: MappingRelationship
  /** Only equal/superset chains give `full`; never counted in a headline figure. */
  coverage: 'full' | 'partial' | 'related' | 'not-related'
  /** 0–1, falls with every hop. */
  confidence: number
  hops: number
  /** Editions walked, from first to last, and the pivot requirement ids of the best chain. */
  path: { editions: string[]; sets: string[]; via: string[] }
  check: InferenceCheck
  /** What the direct set says about this pair, when it says something. */
  direct: MappingRelationship | null
  derived: true
}

export interface InferenceModel {
  from: string
  to: string
  /** Edition paths tried, shortest first. */
  paths: { editions: string[]; sets: string[] }[]
  /** Direct sets used for the check. */
  directSets: string[]
  /** By target (catalog order), then strongest relationship, then confidence. */
  candidates: InferredCandidate[]
  check: { confirmed: number; contradicted: number; unconfirmed: number; unchecked: number }
  issues: MappingIssue[]
}

export interface EditionBridge {
  /** The carried set: the old edition replaced by the new, `derivedFrom` set, never comprehensive. */
  set: MappingSetRecord
  mappings: MappingRecord[]
  /** Rows carried, rows (pairs) whose composition is unknown and dropped, old-edition ids with no transition. */
  carried: number
  dropped: number
  untransitioned: string[]
  issues: MappingIssue[]
}
