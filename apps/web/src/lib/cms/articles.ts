import type { ArticleRecord, RichText, StandardHeader } from '@versus/engine'
import { articlePath, describeStandard } from '@versus/engine'
import { buildTimeParams } from './params'
import { getCatalog, standardsBySlug } from './catalog'
import { cmsFetch } from './fetch'
import type { SiteContent } from './map'
import { RawArticleSchema, parseList } from './raw'
import { getSite } from './site'
import { TAGS, articleTag } from './tags'
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

/** An article's body lives only on its own page, so it is fetched (and tagged) on its own. */
async function fetchArticleBody(slug: string): Promise<RichText | null> {
  const query = new URLSearchParams({
    'where[slug][equals]': slug,
    'where[_status][equals]': 'published',
    depth: '0',
    limit: '1',
    'select[body]': 'true',
    'select[slug]': 'true',
  })
  const body = await cmsFetch(`/api/articles?${query}`, [TAGS.articles, articleTag(slug)])
  const list = parseList(RawArticleSchema.pick({ slug: true, body: true }), body)
  return list?.docs.find((d) => d.slug === slug)?.body ?? null
}

export async function getArticle(slug: string): Promise<ArticlePage | null> {
  const [catalog, site] = await Promise.all([getCatalog(), getSite()])
  const article = catalog.articles.find((a) => a.slug === slug)
  if (!article) return null
  const body = await fetchArticleBody(slug)
  const index = standardsBySlug(catalog)
  const path = articlePath(slug)
  return {
    site,
    article,
    body,
    path,
    canonicalUrl: `${site.url}${path}`,
    breadcrumbs: [
      { name: 'Home', path: '/' },
      { name: 'Articles', path: '/articles' },
      { name: article.title, path },
    ],
    standards: article.standards.flatMap((s) => {
      const record = index.get(s)
      return record ? [describeStandard(record).header] : []
    }),
    comparisons: listComparisons(catalog).filter((c) => c.standards.every((s) => article.standards.includes(s))),
  }
}

export async function getArticleList(): Promise<{ site: SiteContent; articles: (ArticleRecord & { path: string })[] }> {
  const [catalog, site] = await Promise.all([getCatalog(), getSite()])
  return { site, articles: catalog.articles.map((a) => ({ ...a, path: articlePath(a.slug) })) }
}

export async function getArticleParams(): Promise<{ slug: string }[]> {
  return buildTimeParams('article pages', async () => (await getCatalog()).articles.map((a) => ({ slug: a.slug })))
}
