/**
 * A file record as the document data the collection stores: slugs become
 * ids (through `ref`), shorthand rich text becomes Lexical, and keys left out
 * become empty so an import replaces the whole document.
 */
import type { JsonObject } from 'payload'

import type {
  ArticleRecord,
  AspectRecord,
  CategoryRecord,
  ComparisonRecord,
  SiteRecord,
  StandardRecord,
  Status,
  TransferCollection,
} from './format'
import { toLexical } from './rich-text'

export type RefTarget = 'categories' | 'aspects' | 'standards'

/** Turns a slug into the value stored in a relationship field; `path` is the Payload field path. */
export type Ref = (target: RefTarget, slug: string, path: string) => unknown

export function statusOf(record: { status?: Status | 'published' }): Status {
  return record.status ?? 'published'
}

export function buildCategory(record: CategoryRecord): JsonObject {
  return { name: record.name ?? null, slug: record.slug, description: record.description ?? null }
}

export function buildAspect(record: AspectRecord): JsonObject {
  return { name: record.name ?? null, slug: record.slug, order: record.order ?? null, description: record.description ?? null }
}

/**
 * What the CMS keeps itself (previous slugs, override bases) comes from the
 * record only with `restore`: when an import creates the document, or
 * restores a stored version. A basis the record leaves out is computed as on
 * any save.
 */
export interface BuildOptions {
  restore?: boolean
}

const slugRows = (slugs: string[] | undefined) => (slugs ?? []).map((slug) => ({ slug }))

/** `withRelated: false` leaves `related` out (the first of two passes, when it names standards not created yet). */
export function buildStandard(record: StandardRecord, ref: Ref, withRelated = true, options: BuildOptions = {}): JsonObject {
  const data: JsonObject = {
    shortName: record.shortName ?? null,
    slug: record.slug,
    officialTitle: record.officialTitle ?? null,
    editionYear: record.editionYear ?? null,
    legalNature: record.legalNature ?? null,
    obligation: record.obligation ?? null,
    jurisdiction: record.jurisdiction ?? null,
    publisher: record.publisher ?? null,
    category: record.category === undefined ? null : ref('categories', record.category, 'category'),
    tagline: record.tagline ?? null,
    costBand: record.costBand ?? null,
    complexity: record.complexity ?? null,
    implementationMonths: { min: record.implementationMonths?.min ?? null, max: record.implementationMonths?.max ?? null },
    keyFeatures: (record.keyFeatures ?? []).map((text) => ({ text })),
    whatItIs: toLexical(record.whatItIs),
    keyComponents: (record.keyComponents ?? []).map((text) => ({ text })),
    whyOrganizationsUseIt: toLexical(record.whyOrganizationsUseIt),
    implementationOverview: toLexical(record.implementationOverview),
    aspectValues: (record.aspectValues ?? []).map(({ aspect, value }, i) => ({
      aspect: ref('aspects', aspect, `aspectValues.${i}.aspect`),
      value,
    })),
    faq: (record.faq ?? []).map(({ question, answer }) => ({ question, answer })),
    sources: (record.sources ?? []).map(({ label, url }) => ({ label, url })),
    _status: statusOf(record),
  }
  if (withRelated) {
    data.related = (record.related ?? []).map(({ standard, relation }, i) => ({
      standard: ref('standards', standard, `related.${i}.standard`),
      relation,
    }))
  }
  if (options.restore) data.previousSlugs = slugRows(record.previousSlugs)
  return data
}

export function buildComparison(record: ComparisonRecord, ref: Ref, options: BuildOptions = {}): JsonObject {
  const [first, second] = record.standards
  const data: JsonObject = {
    standardA: ref('standards', first, 'standardA'),
    standardB: ref('standards', second, 'standardB'),
    summary: record.summary ?? null,
    verdict: record.verdict ?? null,
    featured: record.featured ?? false,
    faq: (record.faq ?? []).map(({ question, answer }) => ({ question, answer })),
    aspectOverrides: (record.aspectOverrides ?? []).map(({ aspect, standard, value, basis }, i) => ({
      aspect: ref('aspects', aspect, `aspectOverrides.${i}.aspect`),
      side: standard === first ? 'a' : 'b',
      value,
      ...(options.restore && basis !== undefined ? { basis } : {}),
    })),
    _status: statusOf(record),
  }
  if (options.restore && record.verdictBasis !== undefined) data.verdictBasis = record.verdictBasis
  return data
}

export function buildArticle(record: ArticleRecord, ref: Ref, options: BuildOptions = {}): JsonObject {
  const data: JsonObject = {
    title: record.title ?? null,
    slug: record.slug,
    summary: record.summary ?? null,
    body: toLexical(record.body),
    standards: (record.standards ?? []).map((slug) => ref('standards', slug, 'standards')),
    publishedAt: record.publishedAt === undefined ? null : new Date(record.publishedAt).toISOString(),
    _status: statusOf(record),
  }
  if (options.restore) data.previousSlugs = slugRows(record.previousSlugs)
  return data
}

/** The `site` global's data: keys left out are emptied, as for a record. */
export function buildSite(record: SiteRecord): JsonObject {
  return {
    siteName: record.siteName ?? null,
    tagline: record.tagline ?? null,
    cta: {
      heading: record.cta?.heading ?? null,
      body: record.cta?.body ?? null,
      linkLabel: record.cta?.linkLabel ?? null,
      linkUrl: record.cta?.linkUrl ?? null,
    },
    footerLinks: (record.footerLinks ?? []).map(({ label, url }) => ({ label, url })),
  }
}

export function buildData(collection: TransferCollection, record: unknown, ref: Ref, options: BuildOptions = {}): JsonObject {
  switch (collection) {
    case 'categories':
      return buildCategory(record as CategoryRecord)
    case 'aspects':
      return buildAspect(record as AspectRecord)
    case 'standards':
      return buildStandard(record as StandardRecord, ref, true, options)
    case 'comparisons':
      return buildComparison(record as ComparisonRecord, ref, options)
    case 'articles':
      return buildArticle(record as ArticleRecord, ref, options)
  }
}

/**
 * A Payload error path as the file's path: `keyFeatures.2.text` →
 * `keyFeatures[2]`, `standardB` → `standards[1]`, `aspectOverrides.0.side`
 * → `aspectOverrides[0].standard`.
 */
export function fileFieldPath(collection: TransferCollection, payloadPath: string): string {
  let path = payloadPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]')
  path = path.replace(/^(keyFeatures|keyComponents)\[(\d+)\]\.text$/, '$1[$2]')
  if (collection === 'comparisons') {
    if (path === 'standardA') return 'standards[0]'
    if (path === 'standardB') return 'standards[1]'
    path = path.replace(/^(aspectOverrides\[\d+\])\.side$/, '$1.standard')
  }
  return path
}
