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
  | 'guidance-standard'
  | 'framework'
  | 'industry-scheme'

export type Obligation = 'mandatory' | 'voluntary'

export type Complexity = 'low' | 'medium' | 'high'

/** How the standard holding the link stands to the linked one ("ISO 27701 extends ISO 27001"). */
export type RelationType = 'extends' | 'builds-on' | 'maps-to' | 'replaces' | 'complements'

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
}

export interface AspectOverride {
  aspect: string // aspect slug
  /** Replaces the generated value for the standard with this slug. */
  standard: string
  value: string
}

export interface ComparisonRecord {
  /** Slugs of the two standards, in any order. */
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
}

export interface ArticleRecord {
  slug: string
  title: string
  summary: string
  /** Slugs of the standards the article is about. */
  standards: string[]
  publishedAt?: string
}
