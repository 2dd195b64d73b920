/**
 * Shapes of the demo content as we write it by hand. The seed turns them into
 * Payload documents (blocks become Lexical rich text, slugs become relations).
 */
import type {
  Complexity,
  CostBand,
  FaqItem,
  LegalNature,
  Obligation,
  RelationType,
  SourceLink,
} from '@versus/engine'

/** A paragraph, or a bulleted (or numbered) list. Plain text only: no markdown. */
export type Block = string | { list: string[]; ordered?: boolean }

export interface CategorySeed {
  slug: string
  name: string
  description: string
}

export interface AspectSeed {
  slug: string
  name: string
  order: number
  description: string
}

export interface StandardSeed {
  slug: string
  shortName: string
  officialTitle: string
  editionYear: number
  legalNature: LegalNature
  obligation: Obligation
  jurisdiction: string
  publisher: string
  /** Category slug. */
  category: string
  tagline: string
  costBand: CostBand
  complexity: Complexity
  implementationMonths: { min: number; max: number }
  keyFeatures: string[]
  whatItIs: Block[]
  keyComponents: string[]
  whyOrganizationsUseIt: Block[]
  implementationOverview: Block[]
  /** Aspect slug → this standard's value for it. Every seeded aspect has one. */
  aspectValues: Record<string, string>
  faq: FaqItem[]
  sources: SourceLink[]
  related: { standard: string; relation: RelationType }[]
}

export interface ComparisonSeed {
  /** Standard slugs, in any order. */
  standards: [string, string]
  summary: string
  verdict?: string
  featured?: boolean
  faq?: FaqItem[]
  aspectOverrides?: { aspect: string; standard: string; value: string }[]
}

export interface ArticleSeed {
  slug: string
  title: string
  summary: string
  body: Block[]
  /** Standard slugs. */
  standards: string[]
  publishedAt: string
}

export interface SiteSeed {
  siteName: string
  tagline: string
  /** Public team address shown on /contact (optional: the site then falls back to CONTACT_EMAIL). */
  contactEmail?: string
  cta: { heading: string; body: string; linkLabel: string; linkUrl: string }
  footerLinks: { label: string; url: string }[]
}
