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
  pair: PairRef
  faq: FaqSection[]
  siteUrl: unknown
}): SeoData {
  const origin = siteOrigin(options.siteUrl)
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
  return {
    title: seoTitle(options.title),
    description: truncateOnWord(cleanText(options.verdict), SEO_DESCRIPTION_MAX),
    canonicalPath: options.pair.path,
    canonicalUrl: `${origin}${options.pair.path}`,
    breadcrumbs,
    jsonLd,
  }
}
