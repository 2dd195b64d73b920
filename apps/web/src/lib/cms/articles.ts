import type { ArticleRecord, RichText, StandardHeader } from '@versus/engine'
import { articlePath, describeStandard, isValidSlug } from '@versus/engine'
import { buildTimeParams } from './params'
import { load, parseDocs } from './load'
import { mapArticle } from '@versus/content'
import type { SiteContent } from './site-content'
import { RawArticleIndexSchema, RawArticleSchema } from './raw'
import { REQUESTS, articleRequest } from './requests'
import { engineCatalog, getIndex, standardsBySlug, type SiteIndex } from './site-index'
import { getSite } from './site'
import { listComparisons, type BreadcrumbItem, type ComparisonSummary } from './views'

export interface ArticlePage {
  site: SiteContent
  article: ArticleRecord
  body: RichText | null
  path: string
  canonicalUrl: string
  breadcrumbs: BreadcrumbItem[]
  standards: StandardHeader[]
  comparisons: ComparisonSummary[]
}

/** Pure: the page of the article in `body` (its own request), with cards from the index (loaded with cards). */
export function buildArticlePage(slug: string, body: unknown, index: SiteIndex, site: SiteContent): ArticlePage | null {
  const raw = parseDocs('articles', RawArticleSchema, body).find((doc) => doc.slug === slug)
  if (!raw) return null
  const article = mapArticle(raw, index.context)
  const bySlug = standardsBySlug(index)
  const path = articlePath(slug)
  return {
    site,
    article,
    body: raw.body ?? null,
    path,
    canonicalUrl: `${site.url}${path}`,
    breadcrumbs: [
      { name: 'Home', path: '/' },
      { name: 'Articles', path: '/articles' },
      { name: article.title, path },
    ],
    standards: article.standards.flatMap((s) => {
      const record = bySlug.get(s)
      return record ? [describeStandard(record).header] : []
    }),
    comparisons: listComparisons(engineCatalog(index)).filter((c) => c.standards.every((s) => article.standards.includes(s))),
  }
}

export async function getArticle(slug: string): Promise<ArticlePage | null> {
  if (!isValidSlug(slug)) return null
  const [index, body, site] = await Promise.all([
    getIndex({ cards: true, comparisons: true }),
    load(articleRequest(slug)),
    getSite(),
  ])
  return buildArticlePage(slug, body, index, site)
}

export interface ArticleListItem {
  slug: string
  title: string
  summary: string
  publishedAt?: string
  path: string
}

/** The articles list needs nothing but the articles index. */
async function listArticles(): Promise<ArticleListItem[]> {
  const docs = parseDocs('articles', RawArticleIndexSchema, await load(REQUESTS.articlesIndex))
  const seen = new Set<string>()
  return docs.flatMap((raw) => {
    if (seen.has(raw.slug)) return []
    seen.add(raw.slug)
    return [
      {
        slug: raw.slug,
        title: raw.title,
        summary: raw.summary ?? '',
        ...(raw.publishedAt ? { publishedAt: raw.publishedAt } : {}),
        path: articlePath(raw.slug),
      },
    ]
  })
}

export async function getArticleList(): Promise<{ site: SiteContent; articles: ArticleListItem[] }> {
  const [articles, site] = await Promise.all([listArticles(), getSite()])
  return { site, articles }
}

export async function getArticleParams(): Promise<{ slug: string }[]> {
  return buildTimeParams('article pages', async () => (await listArticles()).map((a) => ({ slug: a.slug })))
}
