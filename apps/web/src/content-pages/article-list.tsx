import { Breadcrumbs, RelatedArticles } from '@versus/ui'
import { getArticleList, type ArticleListItem } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import type { PageContent } from './content-page'

/** /articles: every published article, newest first. */
export async function articleListPage(): Promise<PageContent> {
  const { site, articles } = await getArticleList()
  const title = siteTitle('Articles', site.name)
  const description = 'Guides and explainers on compliance standards.'
  return {
    kind: 'page',
    meta: { title, description, canonical: '/articles', openGraph: { title, description, siteName: site.name, type: 'website' } },
    site,
    body: <ArticleListBody articles={articles} />,
  }
}

function ArticleListBody({ articles }: { articles: ArticleListItem[] }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/articles' },
        ]}
      />
      <h1 className="v-page-title">Articles</h1>
      {articles.length === 0 ? (
        <p className="v-muted">No articles are published yet.</p>
      ) : (
        <RelatedArticles articles={articles} headingLevel={2} />
      )}
    </>
  )
}
