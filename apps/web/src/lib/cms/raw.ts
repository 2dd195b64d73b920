/**
 * Schemas of the CMS REST documents (Payload field names, docs/content-model.md).
 * Parsed, never cast. Tolerant where Payload varies: ids are numbers (SQLite) or
 * strings (MongoDB); a relation is the related document when populated, or just
 * its id when it is not (depth, or a draft the visitor may not read); optional
 * fields come back missing or null.
 */
import { z } from 'zod'
import type { RichTextNode } from '@versus/engine'

export const IdSchema = z.union([z.number(), z.string().min(1)])
export type RawId = z.infer<typeof IdSchema>

/** A relationship value: an id, a populated document, or nothing. */
function relation<T extends z.ZodType>(doc: T) {
  return z.union([IdSchema, doc]).nullish().catch(null)
}

/** An array field: missing or null is empty; a malformed row is dropped, not fatal. */
function rows<T extends z.ZodType>(row: T) {
  return z
    .array(z.unknown())
    .nullish()
    .catch(null)
    .transform((items) =>
      (items ?? []).flatMap((item) => {
        const parsed = row.safeParse(item)
        return parsed.success ? [parsed.data as z.output<T>] : []
      }),
    )
}

const optionalText = z.string().nullish().catch(null)

// Lexical JSON: only the shape the renderer relies on is checked; anything else passes through.
const RichTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().catch('unknown'),
    text: z.string().optional().catch(undefined),
    children: z.array(RichTextNodeSchema).optional().catch(undefined),
  }),
)

export const RichTextSchema = z
  .object({ root: RichTextNodeSchema })
  .nullish()
  .catch(null)

const TextRow = z.object({ text: z.string().min(1) })
const FaqRow = z.object({ question: z.string().min(1), answer: z.string().min(1) })

export const RawCategorySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  slug: z.string().min(1),
  description: optionalText,
})
export type RawCategory = z.infer<typeof RawCategorySchema>

export const RawAspectSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  slug: z.string().min(1),
  order: z.number(),
  description: optionalText,
})
export type RawAspect = z.infer<typeof RawAspectSchema>

/** Only what is needed to identify a populated document. */
const RefDoc = z.looseObject({ id: IdSchema, slug: z.string().optional() })

export const RawStandardSchema = z.object({
  id: IdSchema,
  slug: z.string().min(1),
  shortName: z.string().min(1),
  officialTitle: z.string().min(1),
  editionYear: z.number().int(),
  legalNature: z.enum([
    'regulation',
    'directive',
    'law',
    'certifiable-standard',
    'accreditation-standard',
    'guidance-standard',
    'framework',
    'industry-scheme',
  ]),
  obligation: z.enum(['mandatory', 'voluntary']),
  jurisdiction: z.string().min(1),
  publisher: z.string().min(1),
  category: relation(RawCategorySchema.or(RefDoc)),
  tagline: z.string().min(1),
  costBand: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  complexity: z.enum(['low', 'medium', 'high']),
  implementationMonths: z.object({ min: z.number(), max: z.number() }),
  keyFeatures: rows(TextRow),
  whatItIs: RichTextSchema,
  keyComponents: rows(TextRow),
  whyOrganizationsUseIt: RichTextSchema,
  implementationOverview: RichTextSchema,
  aspectValues: rows(z.object({ aspect: relation(RefDoc), value: z.string() })),
  faq: rows(FaqRow),
  sources: rows(z.object({ label: z.string().min(1), url: z.string().min(1) })),
  related: rows(
    z.object({
      standard: relation(RefDoc),
      relation: z.enum(['extends', 'builds-on', 'maps-to', 'replaces', 'complements', 'takes-precedence']),
    }),
  ),
  costSourceUrl: optionalText,
  effortSourceUrl: optionalText,
  lastReviewedAt: optionalText,
  reviewerName: optionalText,
  updatedAt: optionalText,
})
export type RawStandard = z.infer<typeof RawStandardSchema>

const PreviousSlugs = rows(z.object({ slug: z.string().min(1) }))

/**
 * A standard in the slim index every page links and ranks from (`standards-index`):
 * identity, names, kind, category, relations and earlier slugs. Nothing a
 * standard's own page or card shows beyond that.
 */
export const RawStandardIndexSchema = RawStandardSchema.pick({
  id: true,
  slug: true,
  shortName: true,
  legalNature: true,
  obligation: true,
  category: true,
  related: true,
}).extend({ previousSlugs: PreviousSlugs })
export type RawStandardIndex = z.infer<typeof RawStandardIndexSchema>

/** The index plus what a standard's card in a list shows (`standards-list`). */
export const RawStandardCardSchema = RawStandardIndexSchema.extend(
  RawStandardSchema.pick({ officialTitle: true, tagline: true, jurisdiction: true, editionYear: true, publisher: true }).shape,
)
export type RawStandardCard = z.infer<typeof RawStandardCardSchema>

export const RawComparisonSchema = z.object({
  id: IdSchema,
  standardA: relation(RefDoc),
  standardB: relation(RefDoc),
  pairKey: optionalText,
  verdict: optionalText,
  summary: optionalText,
  aspectOverrides: rows(
    z.object({ aspect: relation(RefDoc), side: z.enum(['a', 'b']), value: z.string().min(1) }),
  ),
  faq: rows(FaqRow),
  featured: z.boolean().nullish().catch(null),
  lastReviewedAt: optionalText,
  reviewerName: optionalText,
  createdAt: optionalText,
  updatedAt: optionalText,
})
export type RawComparison = z.infer<typeof RawComparisonSchema>

export const RawArticleSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: optionalText,
  body: RichTextSchema,
  standards: rows(relation(RefDoc)),
  publishedAt: optionalText,
  updatedAt: optionalText,
})
export type RawArticle = z.infer<typeof RawArticleSchema>

/** An article in the slim index (`articles-index`): everything but its body. */
export const RawArticleIndexSchema = RawArticleSchema.omit({ body: true }).extend({ previousSlugs: PreviousSlugs })
export type RawArticleIndex = z.infer<typeof RawArticleIndexSchema>

/** What the sitemap needs of any published document. */
export const RawSitemapDocSchema = z.object({
  id: IdSchema,
  slug: optionalText,
  standardA: relation(RefDoc),
  standardB: relation(RefDoc),
  publishedAt: optionalText,
  updatedAt: optionalText,
})
export type RawSitemapDoc = z.infer<typeof RawSitemapDocSchema>

export const RawSiteSchema = z.object({
  siteName: optionalText,
  tagline: optionalText,
  contactEmail: optionalText,
  cta: z
    .object({ heading: optionalText, body: optionalText, linkLabel: optionalText, linkUrl: optionalText })
    .nullish()
    .catch(null),
  footerLinks: rows(z.object({ label: z.string().min(1), url: z.string().min(1) })),
  updatedAt: optionalText,
})
export type RawSite = z.infer<typeof RawSiteSchema>

/** A Payload list response; the documents are parsed one by one. */
export const RawListSchema = z.object({ docs: z.array(z.unknown()) })

export interface ParsedList<T> {
  docs: T[]
  /** Documents that failed their schema, with the reason, for a warning. */
  rejected: { id: unknown; issues: string }[]
}

/**
 * Parses each document on its own, so one malformed document cannot take the
 * site down. Null when the body is not a Payload list at all.
 */
export function parseList<T>(schema: z.ZodType<T>, body: unknown): ParsedList<T> | null {
  const list = RawListSchema.safeParse(body)
  if (!list.success) return null
  const docs: T[] = []
  const rejected: ParsedList<T>['rejected'] = []
  for (const doc of list.data.docs) {
    const parsed = schema.safeParse(doc)
    if (parsed.success) docs.push(parsed.data)
    else
      rejected.push({
        id: doc && typeof doc === 'object' && 'id' in doc ? doc.id : null,
        issues: z.prettifyError(parsed.error),
      })
  }
  return { docs, rejected }
}
