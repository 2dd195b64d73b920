/**
 * Plain records the engine takes. Every fact about a standard lives in one
 * StandardRecord; every comparison is derived from two of them plus the
 * editor's per-pair overrides. Identity is the slug: no database ids here.
 */

export type LegalNature =
  | 'regulation'
  | 'directive'
  | 'law'
  | 'certifiable-standard'
  /** Bodies are accredited against it, not certified (ISO/IEC 17025, ISO/IEC 17065). */
  | 'accreditation-standard'
  | 'guidance-standard'
  | 'framework'
  | 'industry-scheme'

export type Obligation = 'mandatory' | 'voluntary'

export type Complexity = 'low' | 'medium' | 'high'

/**
 * How the standard holding the link stands to the linked one ("ISO 27701 extends ISO 27001").
 * `takes-precedence`: a more specific law applies in place of the other's corresponding duties where
 * both apply (lex specialis: "DORA takes precedence over NIS2", NIS2 Article 4).
 */
export type RelationType = 'extends' | 'builds-on' | 'maps-to' | 'replaces' | 'complements' | 'takes-precedence'

/** 1 = € (under €10k typical first-year cost) … 4 = €€€€ (over €250k). */
export type CostBand = 1 | 2 | 3 | 4

/**
 * Serialized Lexical rich text, as Payload stores it. The engine only reads
 * it (plain-text extraction); rendering is the UI's job.
 */
export interface RichTextNode {
  type: string
  text?: string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  url?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string } | null
  format?: number | string
  children?: RichTextNode[]
  [key: string]: unknown
}

export interface RichText {
  root: RichTextNode
}

export interface FaqItem {
  question: string
  /** Plain text; blank lines separate paragraphs. */
  answer: string
}

export interface SourceLink {
  label: string
  url: string
}

export interface CategoryRecord {
  slug: string
  name: string
  description?: string
}

export interface AspectRecord {
  slug: string
  name: string
  /** Row order in every key-differences table, ascending. */
  order: number
  description?: string
}

export interface AspectValue {
  aspect: string // aspect slug
  value: string
}

export interface RelatedStandardLink {
  standard: string // slug of the linked standard
  relation: RelationType
}

/**
 * An editor's last review of a record: when (ISO 8601) and by whom (their public display name; null
 * or absent when not named). Shown to visitors; dates the pair page's JSON-LD.
 */
export interface ReviewRecord {
  at: string
  by?: string | null
}

export interface StandardRecord {
  slug: string
  /** "ISO 27032" (the full name with publisher prefix and edition goes in officialTitle) */
  shortName: string
  /** "ISO/IEC 27032:2023 Cybersecurity — Guidelines for Internet security" */
  officialTitle: string
  editionYear: number
  legalNature: LegalNature
  obligation: Obligation
  /** "International", "European Union", "South Africa", "United States" … */
  jurisdiction: string
  publisher: string
  category: CategoryRecord | null
  tagline: string
  costBand: CostBand
  complexity: Complexity
  implementationMonths: { min: number; max: number }
  keyFeatures: string[]
  whatItIs: RichText | null
  keyComponents: string[]
  whyOrganizationsUseIt: RichText | null
  implementationOverview: RichText | null
  aspectValues: AspectValue[]
  faq: FaqItem[]
  sources: SourceLink[]
  related: RelatedStandardLink[]
  /** ISO 8601; used for SEO dates only. */
  updatedAt?: string
  /** When an editor last reviewed this record; absent or null when never. */
  review?: ReviewRecord | null
  /** Where the cost band and the effort (complexity, months) come from, when a published source says. */
  estimateSources?: { cost?: string | null; effort?: string | null } | null
}

export interface AspectOverride {
  aspect: string // aspect slug
  /** Replaces the generated value for the standard with this slug. */
  standard: string
  value: string
}

export interface ComparisonRecord {
  /**
   * Slugs of the two standards in the order the editor chose to show them (first shown first):
   * the page's address, title, columns and generated text follow it.
   */
  standards: [string, string]
  /** Editor's verdict; when empty the engine generates one from the facts. */
  verdict?: string | null
  aspectOverrides?: AspectOverride[]
  /** Questions about the pair itself, shown before each standard's own FAQ. */
  faq?: FaqItem[]
  featured?: boolean
  /** One line shown where other pages link to this comparison. */
  summary?: string | null
  /** ISO 8601; SEO dates only (datePublished). */
  createdAt?: string
  updatedAt?: string
  /** When an editor last reviewed the pair; the page's JSON-LD dateModified. */
  review?: ReviewRecord | null
}

export interface ArticleRecord {
  slug: string
  title: string
  summary: string
  /** Slugs of the standards the article is about. */
  standards: string[]
  publishedAt?: string
}

/*
 * Requirement-level crosswalks. A catalog is one edition of a standard broken
 * into requirements; a mapping set is one published crosswalk between two
 * editions (the unit of provenance); a mapping is one row of it. Rows are
 * stored in one direction only: the other is computed (see invertRelationship).
 */

/**
 * How the sources of a row, taken together, stand to its targets taken
 * together ("source ⟨relationship⟩ target", NIST IR 8477 / OSCAL reading).
 * `subset`: the sources are narrower than the targets (source ⊂ target).
 * `related`: an untyped crosswalk link, shown but never counted as coverage.
 */
export type MappingRelationship = 'equal' | 'subset' | 'superset' | 'intersect' | 'not-related' | 'related'

/** Why the author related the two sides (NIST IR 8477). */
export type MappingRationale = 'syntactic' | 'semantic' | 'functional'

/**
 * How a set was built. Only `set-theory` and `edition-transition` rows carry
 * typed relationships; rows of `crosswalk` and `supportive` sets are read as
 * `related` whatever they say.
 */
export type MappingMethod = 'set-theory' | 'crosswalk' | 'supportive' | 'edition-transition'

/** Life cycle of a set (OSCAL mapping-provenance status). */
export type MappingSetStatus = 'draft' | 'complete' | 'not-complete' | 'deprecated' | 'superseded'

export interface RequirementRecord {
  /** Unique within its catalog; mappings refer to requirements by this id. */
  id: string
  /** Identifier as the standard prints it: "A.5.15", "GV.OC-01", "Art. 21(2)(d)". */
  refId: string
  /** Id of the parent requirement (clause, category…), absent at the top. */
  parent?: string | null
  /** "clause", "control", "article", "subcategory"… (free text, shown as is). */
  kind?: string | null
  /** Something one can comply with; headings are not, and never count in totals. */
  assessable: boolean
  title?: string | null
  /** Position among its siblings; when absent, natural order of refId. */
  order?: number | null
}

export interface CatalogRecord {
  /** "iso-27001-2022": identity of the edition; mapping sets name editions by it. */
  editionId: string
  standardSlug: string
  requirements: RequirementRecord[]
}

export interface MappingSetRecord {
  id: string
  /** Edition whose requirement ids the rows' `sources` name. */
  sourceEdition: string
  /** Edition whose requirement ids the rows' `targets` name. */
  targetEdition: string
  /** "NIST", "ENISA", "Versus editorial"… */
  publisher: string
  author?: string | null
  method: MappingMethod
  /**
   * The author examined every pair of assessable requirements of the two
   * editions, so a requirement with no link has no counterpart ("none"
   * rather than "unknown"). NIST OLIR "Comprehensive: Yes".
   */
  comprehensive: boolean
  /** SPDX id or name, e.g. "CC-BY-4.0", "public-domain". */
  licence?: string | null
  sourceUrl?: string | null
  /** ISO 8601 date of the last review. */
  reviewedAt?: string | null
  status: MappingSetStatus
  /**
   * Target ids the author declares fully covered by the union of the sources
   * this set links to them with typed links (each link alone may be partial).
   */
  coveredTargets?: string[] | null
  /** The same declaration the other way: source ids covered by the union of their linked targets. */
  coveredSources?: string[] | null
  /** Set by bridgeEdition: this set was computed, not published. */
  derivedFrom?: { set: string; transition: string } | null
}

export interface MappingRecord {
  setId: string
  /** Optional stable id, echoed in issues. */
  id?: string | null
  /** Requirement ids in the set's source edition; several = their union. One side may be empty only in a `not-related` gap row. */
  sources: string[]
  /** Requirement ids in the set's target edition; several = their union. */
  targets: string[]
  relationship: MappingRelationship
  rationale?: MappingRationale | null
  /** 0–10 (NIST IR 8278A: equal = 10, not related = 0). */
  strength?: number | null
  /** What the targets ask for beyond the sources. */
  gapNote?: string | null
  /** Set by bridgeEdition on the rows it computes. */
  derived?: boolean | null
}
