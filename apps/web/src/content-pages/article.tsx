import { Breadcrumbs, CallToAction, OtherComparisons, RichText, Section, StandardSummaryCard } from '@versus/ui'
import { getArticle, type ArticlePage } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import { NOT_FOUND, type ContentPage } from './content-page'

/** /articles/[slug]. */
export async function articlePage(slug: string): Promise<ContentPage> {
  const page = await getArticle(slug)
  if (!page) return NOT_FOUND
  const { article } = page
  return {
    kind: 'page',
    meta: {
      title: siteTitle(article.title, page.site.name),
      description: article.summary,
      canonical: page.path,
      openGraph: {
        title: article.title,
        description: article.summary,
        url: page.path,
        type: 'article',
        ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
      },
    },
    site: page.site,
    body: <ArticleBody page={page} />,
  }
}

function formatDate(iso: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

function ArticleBody({ page }: { page: ArticlePage }) {
  const { article } = page
  const published = article.publishedAt ? formatDate(article.publishedAt) : null
  return (
    <>
      <Breadcrumbs items={page.breadcrumbs} />
      <article className="v-article">
        <p className="v-eyebrow">Article</p>
        <h1 className="v-page-title">{article.title}</h1>
        {published && article.publishedAt ? (
          <p className="v-muted v-small">
            Published <time dateTime={article.publishedAt}>{published}</time>
          </p>
        ) : null}
        <p className="v-lead">{article.summary}</p>
        <RichText value={page.body} headingLevel={2} />
      </article>

      {page.standards.length > 0 ? (
        <Section id="standards" title="Standards in this article">
          <ul className="v-grid v-grid--3 v-plain">
            {page.standards.map((header) => (
              <li key={header.slug}>
                <StandardSummaryCard header={header} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {page.comparisons.length > 0 ? (
        <Section id="comparisons" title="Comparisons">
          <OtherComparisons comparisons={page.comparisons} />
        </Section>
      ) : null}

      <CallToAction cta={page.site.cta} />
    </>
  )
}
