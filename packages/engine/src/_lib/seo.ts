import type { BreadcrumbItem, FaqSection, PairRef, SeoData } from '../model'
import { cleanText, truncateOnWord } from './text'

export const DEFAULT_SITE = { name: 'Versus', url: 'http://localhost:3000' } as const
export const SEO_TITLE_MAX = 65
export const SEO_DESCRIPTION_MAX = 160

/** The site's origin without a trailing slash; blank falls back to the default. */
export function siteOrigin(url: unknown): string {
  const origin = cleanText(url).replace(/\/+$/, '')
  return origin || DEFAULT_SITE.url
}

/** The longest of the usual title forms that fits, else the pair title shortened. */
export function seoTitle(title: string): string {
  for (const candidate of [`${title}: Key Differences Compared`, `${title}: Key Differences`, title]) {
    if (candidate.length <= SEO_TITLE_MAX) return candidate
  }
  return truncateOnWord(title, SEO_TITLE_MAX)
}

export function buildSeo(options: {
  title: string
  verdict: string
  /** Only the path is used, so a matrix's selection fits too. */
  pair: Pick<PairRef, 'path'>
  faq: FaqSection[]
  siteUrl: unknown
  siteName?: unknown
  /** ISO 8601 dates of the pair's page: first published, and last change to it or either standard. */
  dates?: { published?: string | null; modified?: string | null }
}): SeoData {
  const origin = siteOrigin(options.siteUrl)
  const siteName = cleanText(options.siteName) || DEFAULT_SITE.name
  const breadcrumbs: BreadcrumbItem[] = [
    { name: 'Home', path: '/' },
    { name: 'Comparisons', path: '/compare' },
    { name: options.title, path: options.pair.path },
  ]
  const questions = options.faq.flatMap((section) =>
    section.items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  )
  const jsonLd: Record<string, unknown>[] = []
  if (questions.length > 0) {
    jsonLd.push({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: questions })
  }
  jsonLd.push({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: breadcrumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: `${origin}${crumb.path}`,
    })),
  })
  const description = truncateOnWord(cleanText(options.verdict), SEO_DESCRIPTION_MAX)
  // The page is the article: its h1 is the headline and its verdict the description.
  const organization = { '@type': 'Organization', name: siteName, url: `${origin}/` }
  const published = validDate(options.dates?.published)
  const modified = validDate(options.dates?.modified)
  jsonLd.push({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: options.title,
    description,
    mainEntityOfPage: `${origin}${options.pair.path}`,
    ...(published ? { datePublished: published } : {}),
    ...((modified ?? published) ? { dateModified: modified ?? published } : {}),
    author: organization,
    publisher: organization,
  })
  return {
    title: seoTitle(options.title),
    description,
    canonicalPath: options.pair.path,
    canonicalUrl: `${origin}${options.pair.path}`,
    breadcrumbs,
    jsonLd,
  }
}

/** An ISO date string as given, or null when absent or unparsable. */
function validDate(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && !Number.isNaN(Date.parse(value)) ? value : null
}

/** The latest of some ISO dates (by time, not by string), or null. */
export function latestDate(values: readonly unknown[]): string | null {
  let best: string | null = null
  for (const value of values) {
    const date = validDate(value)
    if (date && (best === null || Date.parse(date) > Date.parse(best))) best = date
  }
  return best
}
