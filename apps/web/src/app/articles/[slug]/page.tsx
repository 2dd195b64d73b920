import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs, CallToAction, OtherComparisons, RichText, Section, StandardSummaryCard } from '@versus/ui'
import { getArticle, getArticleParams } from '@/lib/cms'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = true

export function generateStaticParams() {
  return getArticleParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getArticle(slug)
  if (!page) return { title: 'Article not found', robots: { index: false } }
  return {
    title: page.article.title,
    description: page.article.summary,
    alternates: { canonical: page.path },
    openGraph: {
      title: page.article.title,
      description: page.article.summary,
      url: page.path,
      type: 'article',
      ...(page.article.publishedAt ? { publishedTime: page.article.publishedAt } : {}),
    },
  }
}

function formatDate(iso: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const page = await getArticle(slug)
  if (!page) notFound()
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
