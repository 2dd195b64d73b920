import type { FaqItem, ReviewRecord, SourceLink, StandardCard, StandardDetails, StandardHeader, StandardRecord } from '@versus/engine'
import { describeStandard, isValidSlug, relationSentence, richTextToPlainText, standardPath } from '@versus/engine'
import { buildTimeParams } from './params'
import { load, parseDocs } from './load'
import { mapStandard } from '@versus/content'
import type { SiteContent } from './site-content'
import { RawStandardSchema } from './raw'
import { standardRequest } from './requests'
import { engineCatalog, getIndex, type SiteIndex } from './site-index'
import { getSite } from './site'
import { groupStandards, listComparisons, type BreadcrumbItem, type ComparisonSummary, type StandardGroup } from './views'

export interface StandardRelationView {
  key: string
  sentence: string
  /** The other standard. */
  link: { path: string; name: string }
}

export interface StandardPage {
  site: SiteContent
  header: StandardHeader
  card: StandardCard
  details: StandardDetails
  categoryName: string | null
  faq: FaqItem[]
  sources: SourceLink[]
  relations: StandardRelationView[]
  comparisons: ComparisonSummary[]
  /** The record's last review (null: none recorded); dates the page's JSON-LD too. */
  review: ReviewRecord | null
  seo: {
    title: string
    description: string
    canonicalPath: string
    canonicalUrl: string
    breadcrumbs: BreadcrumbItem[]
    jsonLd: Record<string, unknown>[]
  }
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd()}…`
}

/** "complements" reads the same both ways; the other relations have a direction. */
const SYMMETRIC = new Set(['complements'])

/**
 * Links in both directions: this standard's own, then other standards' links
 * to it. A symmetric relation stated on both sides is shown once.
 */
export function relationsOf(standard: StandardRecord, all: StandardRecord[]): StandardRelationView[] {
  const index = new Map(all.map((s) => [s.slug, s]))
  const out: StandardRelationView[] = []
  const seen = new Set<string>()
  const add = (
    from: StandardRecord,
    relation: StandardRecord['related'][number]['relation'],
    to: StandardRecord,
    other: StandardRecord,
  ) => {
    const key = SYMMETRIC.has(relation)
      ? `${relation}:${[from.slug, to.slug].sort().join(':')}`
      : `${from.slug}:${relation}:${to.slug}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({
      key,
      sentence: relationSentence(from.shortName, relation, to.shortName),
      link: { path: standardPath(other.slug), name: other.shortName },
    })
  }
  for (const link of standard.related) {
    const to = index.get(link.standard)
    if (to) add(standard, link.relation, to, to)
  }
  for (const other of all) {
    if (other.slug === standard.slug) continue
    for (const link of other.related) if (link.standard === standard.slug) add(other, link.relation, standard, other)
  }
  return out
}

/** The standard's full record from its own request, if it is published. */
export function parseStandard(slug: string, body: unknown, index: SiteIndex): StandardRecord | null {
  const raw = parseDocs('standards', RawStandardSchema, body).find((doc) => doc.slug === slug)
  return raw ? mapStandard(raw, index.context) : null
}

/** Pure: the page of `standard` (its full record), linking through the index. */
export function buildStandardPage(standard: StandardRecord | null, index: SiteIndex, site: SiteContent): StandardPage | null {
  if (!standard) return null
  const slug = standard.slug
  const { header, card, details } = describeStandard(standard)
  const canonicalPath = header.path
  const title = `${header.shortName} explained: cost, complexity and implementation`
  const description = truncate(
    `${header.shortName} (${card.officialTitle}). ${header.tagline} ${richTextToPlainText(standard.whatItIs)}`.trim(),
    160,
  )
  const breadcrumbs: BreadcrumbItem[] = [
    { name: 'Home', path: '/' },
    { name: 'Standards', path: '/standards' },
    { name: header.shortName, path: canonicalPath },
  ]
  const comparisons = listComparisons(engineCatalog(index)).filter((c) => c.standards.includes(slug))
  return {
    site,
    header,
    card,
    details,
    categoryName: card.categoryName,
    faq: standard.faq,
    sources: details.sources,
    relations: relationsOf(standard, index.standards),
    comparisons,
    review: standard.review ?? null,
    seo: {
      title,
      description,
      canonicalPath,
      canonicalUrl: `${site.url}${canonicalPath}`,
      breadcrumbs,
      jsonLd: [
        // The page itself, dated by the editor's last review of the record (else its last change).
        {
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          name: title,
          url: `${site.url}${canonicalPath}`,
          ...((standard.review?.at ?? standard.updatedAt) ? { dateModified: standard.review?.at ?? standard.updatedAt } : {}),
          ...(standard.review?.at ? { lastReviewed: standard.review.at } : {}),
        },
        {
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: breadcrumbs.map((b, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: b.name,
            item: `${site.url}${b.path}`,
          })),
        },
        ...(standard.faq.length > 0
          ? [
              {
                '@context': 'https://schema.org',
                '@type': 'FAQPage',
                mainEntity: standard.faq.map((q) => ({
                  '@type': 'Question',
                  name: q.question,
                  acceptedAnswer: { '@type': 'Answer', text: q.answer },
                })),
              },
            ]
          : []),
      ],
    },
  }
}

export async function getStandardPage(slug: string): Promise<StandardPage | null> {
  // A slug that cannot exist is a 404 without asking the CMS anything.
  if (!isValidSlug(slug)) return null
  const [index, body, site] = await Promise.all([getIndex({ comparisons: true }), load(standardRequest(slug)), getSite()])
  return buildStandardPage(parseStandard(slug, body, index), index, site)
}

export async function getStandardsIndex(): Promise<{ site: SiteContent; groups: StandardGroup[] }> {
  const [index, site] = await Promise.all([getIndex({ cards: true }), getSite()])
  return { site, groups: groupStandards(index) }
}

/** Slugs to prerender; empty when the CMS is unreachable at build time. */
export async function getStandardParams(): Promise<{ slug: string }[]> {
  return buildTimeParams('standard pages', async () => (await getIndex()).standards.map((s) => ({ slug: s.slug })))
}
