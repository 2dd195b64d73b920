import type { CrosswalkBundle } from '@versus/content'
import { pairKeyOf, relationId } from '@versus/content'
import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { beginWriteTransaction } from '../db/transaction'

import type { Article, Aspect, Category, Comparison, Site, Standard } from '../payload-types'
import { writeBundle } from '../crosswalk/write-bundle'
import { blocksToLexical } from './blocks-to-lexical'
import { combineBundles, defaultEditions } from './crosswalk-editions'
import * as defaultContent from './content'
import { comparisonReviewedAt, standardReviewedAt } from './content/reviews'
import type { ArticleSeed, AspectSeed, CategorySeed, ComparisonSeed, SiteSeed, StandardSeed } from './content/types'

export interface SeedContent {
  categories: CategorySeed[]
  aspects: AspectSeed[]
  standards: StandardSeed[]
  comparisons: ComparisonSeed[]
  articles: ArticleSeed[]
  site: SiteSeed
  /** Editions, catalogs and mapping sets (seed/content/crosswalks); every standard gets an edition either way. */
  crosswalkBundles?: CrosswalkBundle[]
}

export type SeedOutcome = 'created' | 'updated' | 'unchanged'
export type SeedReport = Record<string, Record<SeedOutcome, number>>

type SlugCollection = 'categories' | 'aspects' | 'standards' | 'articles'
type ID = Standard['id']

// Seeding must not ping the site once per document; the root script refreshes it afterwards.
const context: RequestContext = { disableRevalidate: true }

/**
 * Upserts the demo content: by slug (categories, aspects, standards, articles)
 * and by pair (comparisons), everything published. A document that already
 * equals the seed is left alone, so a second run writes nothing and adds no
 * versions. Creates no users.
 *
 * Crash-safe: on SQLite (and a MongoDB replica set) the whole run is one
 * transaction, so a process killed part-way leaves the database as it was and
 * the next run starts over. Without transactions (a standalone MongoDB) each
 * document is still written once, found again by slug or pair on the next run
 * and completed there.
 */
export async function seed(
  payload: Payload,
  content: SeedContent = defaultContent,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const req = await createLocalReq({ context }, payload)
  const transactionID = await beginWriteTransaction(payload)
  if (transactionID !== null) req.transactionID = transactionID
  try {
    const report = await seedContent(payload, req, content, options.onProgress ?? (() => undefined))
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    return report
  } catch (error) {
    // A failed Payload operation has already rolled back and cleared req.transactionID.
    if (req.transactionID) await payload.db.rollbackTransaction(req.transactionID)
    throw error
  }
}

export interface SeedOptions {
  /** Called as each group of documents starts (`categories`, …, `standards (related)`, …, `site`). */
  onProgress?: (phase: string) => void
}

async function seedContent(
  payload: Payload,
  req: PayloadRequest,
  content: SeedContent,
  progress: (phase: string) => void,
): Promise<SeedReport> {
  const report: SeedReport = {}
  const count = (collection: string, outcome: SeedOutcome) => {
    report[collection] ??= { created: 0, updated: 0, unchanged: 0 }
    report[collection][outcome]++
  }

  const upsert = async <T extends { id: ID }>(
    collection: SlugCollection,
    slug: string,
    data: Record<string, unknown>,
    reportAs: string = collection,
  ): Promise<T> => {
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      context,
      req,
    })
    const existing = docs[0] as T | undefined
    const label = `${collection} "${slug}"`
    if (!existing) {
      count(reportAs, 'created')
      return (await explain(label, () =>
        payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, context, req }),
      )) as unknown as T
    }
    if (matches(data, existing)) {
      count(reportAs, 'unchanged')
      return existing
    }
    count(reportAs, 'updated')
    return (await explain(label, () =>
      payload.update({ collection, id: existing.id, data: data as never, depth: 0, overrideAccess: true, context, req }),
    )) as unknown as T
  }

  const categoryIds = new Map<string, ID>()
  progress('categories')
  for (const category of content.categories) {
    const doc = await upsert<Category>('categories', category.slug, {
      name: category.name,
      slug: category.slug,
      description: category.description,
    })
    categoryIds.set(category.slug, doc.id)
  }

  const aspectIds = new Map<string, ID>()
  progress('aspects')
  for (const aspect of content.aspects) {
    const doc = await upsert<Aspect>('aspects', aspect.slug, {
      name: aspect.name,
      slug: aspect.slug,
      order: aspect.order,
      description: aspect.description,
    })
    aspectIds.set(aspect.slug, doc.id)
  }

  // Pass 1 without `related`: a standard may point at one not created yet.
  const standardIds = new Map<string, ID>()
  progress('standards')
  for (const standard of content.standards) {
    const doc = await upsert<Standard>('standards', standard.slug, {
      shortName: standard.shortName,
      slug: standard.slug,
      officialTitle: standard.officialTitle,
      editionYear: standard.editionYear,
      legalNature: standard.legalNature,
      obligation: standard.obligation,
      jurisdiction: standard.jurisdiction,
      publisher: standard.publisher,
      category: lookup(categoryIds, standard.category, `category of standard "${standard.slug}"`),
      tagline: standard.tagline,
      costBand: standard.costBand,
      complexity: standard.complexity,
      implementationMonths: { ...standard.implementationMonths },
      keyFeatures: standard.keyFeatures.map((text) => ({ text })),
      whatItIs: blocksToLexical(standard.whatItIs),
      keyComponents: standard.keyComponents.map((text) => ({ text })),
      whyOrganizationsUseIt: blocksToLexical(standard.whyOrganizationsUseIt),
      implementationOverview: blocksToLexical(standard.implementationOverview),
      aspectValues: Object.entries(standard.aspectValues).map(([aspect, value]) => ({
        aspect: lookup(aspectIds, aspect, `aspect of standard "${standard.slug}"`),
        value,
      })),
      faq: standard.faq.map(({ question, answer }) => ({ question, answer })),
      sources: standard.sources.map(({ label, url }) => ({ label, url })),
      lastReviewedAt: standardReviewedAt(standard.slug),
      _status: 'published',
    })
    standardIds.set(standard.slug, doc.id)
  }

  // Pass 2: every standard exists now.
  progress('standards (related)')
  for (const standard of content.standards) {
    await upsert<Standard>('standards', standard.slug, {
      related: standard.related.map(({ standard: slug, relation }) => ({
        standard: lookup(standardIds, slug, `related standard of "${standard.slug}"`),
        relation,
      })),
      _status: 'published',
    }, 'standards (related)')
  }

  progress('crosswalks')
  Object.assign(report, await seedCrosswalks(req, content))

  progress('comparisons')
  for (const comparison of content.comparisons) {
    const [first, second] = comparison.standards
    const a = lookup(standardIds, first, 'comparison standard')
    const b = lookup(standardIds, second, 'comparison standard')
    const pairKey = pairKeyOf(a, b)
    const data: Record<string, unknown> = {
      standardA: a,
      standardB: b,
      summary: comparison.summary,
      featured: comparison.featured ?? false,
      faq: (comparison.faq ?? []).map(({ question, answer }) => ({ question, answer })),
      aspectOverrides: (comparison.aspectOverrides ?? []).map((override) => ({
        aspect: lookup(aspectIds, override.aspect, `aspect override of ${first} vs ${second}`),
        side: override.standard === first ? 'a' : 'b',
        value: override.value,
      })),
      lastReviewedAt: comparisonReviewedAt(first, second),
      _status: 'published',
    }
    if (comparison.verdict !== undefined) data.verdict = comparison.verdict
    const label = `comparisons "${first} vs ${second}"`
    const { docs } = await payload.find({
      collection: 'comparisons',
      where: { pairKey: { equals: pairKey } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      context,
      req,
    })
    const existing = docs[0] as Comparison | undefined
    if (!existing) {
      count('comparisons', 'created')
      await explain(label, () =>
        payload.create({ collection: 'comparisons', data: data as never, overrideAccess: true, context, req }),
      )
    } else if (matches(data, existing)) {
      count('comparisons', 'unchanged')
    } else {
      count('comparisons', 'updated')
      await explain(label, () =>
        payload.update({ collection: 'comparisons', id: existing.id, data: data as never, overrideAccess: true, context, req }),
      )
    }
  }

  progress('articles')
  for (const article of content.articles) {
    await upsert<Article>('articles', article.slug, {
      title: article.title,
      slug: article.slug,
      summary: article.summary,
      body: blocksToLexical(article.body),
      standards: article.standards.map((slug) => lookup(standardIds, slug, `standard of article "${article.slug}"`)),
      publishedAt: new Date(article.publishedAt).toISOString(),
      _status: 'published',
    })
  }

  progress('site')
  const siteData = {
    siteName: content.site.siteName,
    tagline: content.site.tagline,
    ...(content.site.contactEmail ? { contactEmail: content.site.contactEmail } : {}),
    cta: { ...content.site.cta },
    footerLinks: content.site.footerLinks.map(({ label, url }) => ({ label, url })),
  }
  const site = (await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, context, req })) as Site
  if (matches(siteData, site)) {
    count('site', 'unchanged')
  } else {
    count('site', 'updated')
    await explain('global "site"', () =>
      payload.updateGlobal({ slug: 'site', data: siteData, overrideAccess: true, context, req }),
    )
  }

  return report
}

/**
 * The crosswalk bundles and a current edition for every other standard, through the crosswalk
 * writer in the seed's transaction: all or nothing, unchanged on a second run.
 */
async function seedCrosswalks(req: PayloadRequest, content: SeedContent): Promise<SeedReport> {
  const bundle = combineBundles(content.crosswalkBundles ?? [])
  bundle.editions.push(...defaultEditions(content.standards, bundle))
  const report = await writeBundle(req.payload, bundle, { req })
  if (!report.ok) {
    const shown = report.problems.slice(0, 20).map((p) => `${p.kind} ${p.record}, ${p.field}: ${p.message}`)
    const more = report.problems.length > shown.length ? `; and ${report.problems.length - shown.length} more` : ''
    throw new Error(`Seed content error: the crosswalk bundles do not fit: ${shown.join('; ')}${more}`)
  }
  // A row the bundle no longer has is deleted: its set changed, so that counts as an update.
  return Object.fromEntries(
    Object.entries(report.counts).map(([kind, counts]) => [
      `crosswalk ${kind}`,
      { created: counts.created, updated: counts.updated + counts.deleted, unchanged: counts.unchanged },
    ]),
  )
}

function lookup(ids: Map<string, ID>, slug: string, what: string): ID {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`Seed content error: unknown slug "${slug}" (${what}).`)
  return id
}

/** Re-throws with the document named and Payload's field messages spelled out. */
async function explain<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    const details = fieldErrors?.map((e) => `${e.path}: ${e.message}`).join('; ')
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`Seeding ${label} failed: ${details || message}`, { cause: error })
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0)
}

/**
 * Whether the stored document already holds every value of the seed data.
 * Extra stored keys (ids of array rows, timestamps) are ignored; relationship
 * ids compare as strings since SQLite stores numbers and MongoDB strings.
 */
export function matches(desired: unknown, actual: unknown): boolean {
  if (isEmpty(desired) || isEmpty(actual)) return isEmpty(desired) && isEmpty(actual)
  if (Array.isArray(desired)) {
    return Array.isArray(actual) && actual.length === desired.length && desired.every((item, i) => matches(item, actual[i]))
  }
  if (typeof desired === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return false
    return Object.entries(desired as Record<string, unknown>).every(([key, value]) =>
      matches(value, (actual as Record<string, unknown>)[key]),
    )
  }
  if (typeof desired === 'number' || typeof desired === 'string') {
    return desired === actual || relationId(actual) === String(desired)
  }
  return desired === actual
}
