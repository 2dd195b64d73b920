/**
 * Raw CMS documents → the engine's plain records. Identity is the slug; database
 * ids only live here, to resolve relations. A relation to something the site
 * cannot see (a draft, a deleted document) is dropped, never guessed.
 */
import type {
  ArticleRecord,
  AspectOverride,
  AspectRecord,
  AspectValue,
  CategoryRecord,
  ComparisonRecord,
  RelatedStandardLink,
  StandardRecord,
} from '@versus/engine'
import type {
  RawArticle,
  RawAspect,
  RawCategory,
  RawComparison,
  RawId,
  RawSite,
  RawStandard,
  RawStandardCard,
  RawStandardIndex,
} from './raw'

export const idKey = (id: RawId): string => String(id)

type RelationValue = RawId | { id: RawId; slug?: string } | null | undefined

function relationKey(value: RelationValue): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? idKey(value.id) : idKey(value)
}

/** Lookups from database id to what a relation resolves to. */
export interface MapContext {
  /** Published standards only: a comparison or link to anything else is dropped. */
  standardSlugs: ReadonlyMap<string, string>
  aspectSlugs: ReadonlyMap<string, string>
  categories: ReadonlyMap<string, CategoryRecord>
}

export function createMapContext(input: {
  standards: Pick<RawStandard, 'id' | 'slug'>[]
  aspects: Pick<RawAspect, 'id' | 'slug'>[]
  categories: RawCategory[]
}): MapContext {
  return {
    standardSlugs: new Map(input.standards.map((s) => [idKey(s.id), s.slug])),
    aspectSlugs: new Map(input.aspects.map((a) => [idKey(a.id), a.slug])),
    categories: new Map(input.categories.map((c) => [idKey(c.id), mapCategory(c)])),
  }
}

function resolve<T>(lookup: ReadonlyMap<string, T>, value: RelationValue): T | null {
  const key = relationKey(value)
  return key === null ? null : (lookup.get(key) ?? null)
}

export function mapCategory(raw: RawCategory): CategoryRecord {
  return { slug: raw.slug, name: raw.name, ...(raw.description ? { description: raw.description } : {}) }
}

export function mapAspect(raw: RawAspect): AspectRecord {
  return {
    slug: raw.slug,
    name: raw.name,
    order: raw.order,
    ...(raw.description ? { description: raw.description } : {}),
  }
}

function mapCategoryRef(value: RawStandard['category'], ctx: MapContext): CategoryRecord | null {
  const known = resolve(ctx.categories, value)
  if (known) return known
  // Categories have no drafts: a populated one the list did not hold is still real.
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' && value.slug) {
    return { slug: value.slug, name: value.name }
  }
  return null
}

export function mapStandard(raw: RawStandard, ctx: MapContext): StandardRecord {
  const aspectValues: AspectValue[] = []
  const seenAspects = new Set<string>()
  for (const row of raw.aspectValues) {
    const aspect = resolve(ctx.aspectSlugs, row.aspect)
    if (!aspect || seenAspects.has(aspect) || row.value.trim() === '') continue
    seenAspects.add(aspect)
    aspectValues.push({ aspect, value: row.value })
  }
  const related = relatedLinks(raw, ctx)
  return {
    slug: raw.slug,
    shortName: raw.shortName,
    officialTitle: raw.officialTitle,
    editionYear: raw.editionYear,
    legalNature: raw.legalNature,
    obligation: raw.obligation,
    jurisdiction: raw.jurisdiction,
    publisher: raw.publisher,
    category: mapCategoryRef(raw.category, ctx),
    tagline: raw.tagline,
    costBand: raw.costBand,
    complexity: raw.complexity,
    implementationMonths: { min: raw.implementationMonths.min, max: raw.implementationMonths.max },
    keyFeatures: raw.keyFeatures.map((row) => row.text),
    whatItIs: raw.whatItIs ?? null,
    keyComponents: raw.keyComponents.map((row) => row.text),
    whyOrganizationsUseIt: raw.whyOrganizationsUseIt ?? null,
    implementationOverview: raw.implementationOverview ?? null,
    aspectValues,
    faq: raw.faq.map((row) => ({ question: row.question, answer: row.answer })),
    sources: raw.sources.map((row) => ({ label: row.label, url: row.url })),
    related,
    ...(raw.updatedAt ? { updatedAt: raw.updatedAt } : {}),
  }
}

/**
 * What a record from the index or the list does not carry. The engine reads
 * only the index fields of catalog records (links and related-comparison
 * ranking: see lib/cms/index-records.test.ts); a page renders in full only the
 * records it fetched in full (`standard:<slug>`).
 */
const NOT_IN_INDEX = {
  officialTitle: '',
  editionYear: 0,
  jurisdiction: '',
  publisher: '',
  tagline: '',
  costBand: 1,
  complexity: 'low',
  implementationMonths: { min: 0, max: 0 },
  keyFeatures: [],
  whatItIs: null,
  keyComponents: [],
  whyOrganizationsUseIt: null,
  implementationOverview: null,
  aspectValues: [],
  faq: [],
  sources: [],
} as const satisfies Omit<StandardRecord, 'slug' | 'shortName' | 'legalNature' | 'obligation' | 'category' | 'related'>

function relatedLinks(raw: Pick<RawStandard, 'slug' | 'related'>, ctx: MapContext): RelatedStandardLink[] {
  return raw.related.flatMap((row) => {
    const standard = resolve(ctx.standardSlugs, row.standard)
    return standard && standard !== raw.slug ? [{ standard, relation: row.relation }] : []
  })
}

/** A standard from the slim index (or, with its card fields, from the list). */
export function mapIndexedStandard(raw: RawStandardIndex | RawStandardCard, ctx: MapContext): StandardRecord {
  const card =
    'tagline' in raw
      ? { tagline: raw.tagline, jurisdiction: raw.jurisdiction, editionYear: raw.editionYear, publisher: raw.publisher }
      : {}
  return {
    ...NOT_IN_INDEX,
    implementationMonths: { ...NOT_IN_INDEX.implementationMonths },
    keyFeatures: [],
    keyComponents: [],
    aspectValues: [],
    faq: [],
    sources: [],
    ...card,
    slug: raw.slug,
    shortName: raw.shortName,
    legalNature: raw.legalNature,
    obligation: raw.obligation,
    category: mapCategoryRef(raw.category, ctx),
    related: relatedLinks(raw, ctx),
  }
}

/**
 * Null when either standard is not published (or missing): a comparison page
 * exists only when both of its standards do.
 */
export function mapComparison(raw: RawComparison, ctx: MapContext): ComparisonRecord | null {
  const a = resolve(ctx.standardSlugs, raw.standardA)
  const b = resolve(ctx.standardSlugs, raw.standardB)
  if (!a || !b || a === b) return null
  const aspectOverrides: AspectOverride[] = raw.aspectOverrides.flatMap((row) => {
    const aspect = resolve(ctx.aspectSlugs, row.aspect)
    return aspect ? [{ aspect, standard: row.side === 'a' ? a : b, value: row.value }] : []
  })
  return {
    standards: [a, b],
    verdict: raw.verdict?.trim() ? raw.verdict : null,
    aspectOverrides,
    faq: raw.faq.map((row) => ({ question: row.question, answer: row.answer })),
    featured: raw.featured === true,
    summary: raw.summary?.trim() ? raw.summary : null,
    ...(raw.createdAt ? { createdAt: raw.createdAt } : {}),
    ...(raw.updatedAt ? { updatedAt: raw.updatedAt } : {}),
  }
}

export function mapArticle(
  raw: Pick<RawArticle, 'slug' | 'title' | 'summary' | 'standards' | 'publishedAt'>,
  ctx: MapContext,
): ArticleRecord {
  const standards = [...new Set(raw.standards.flatMap((ref) => resolve(ctx.standardSlugs, ref) ?? []))]
  return {
    slug: raw.slug,
    title: raw.title,
    summary: raw.summary ?? '',
    standards,
    ...(raw.publishedAt ? { publishedAt: raw.publishedAt } : {}),
  }
}

/** The site global, as pages use it. */
export interface SiteContent {
  name: string
  tagline: string | null
  /** Absolute origin of the public site, no trailing slash. */
  url: string
  cta: { heading: string; body: string | null; linkLabel: string | null; linkUrl: string | null } | null
  footerLinks: { label: string; href: string }[]
}

export const DEFAULT_SITE_NAME = 'Versus'

export function mapSite(raw: RawSite | null, url: string): SiteContent {
  const cta = raw?.cta
  return {
    name: raw?.siteName?.trim() || DEFAULT_SITE_NAME,
    tagline: raw?.tagline?.trim() || null,
    url,
    cta: cta?.heading?.trim()
      ? { heading: cta.heading, body: cta.body ?? null, linkLabel: cta.linkLabel ?? null, linkUrl: cta.linkUrl ?? null }
      : null,
    footerLinks: (raw?.footerLinks ?? []).map((l) => ({ label: l.label, href: l.url })),
  }
}
