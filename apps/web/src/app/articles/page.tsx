import type { Metadata } from 'next'
import { Breadcrumbs, RelatedArticles } from '@versus/ui'
import { getArticleList } from '@/lib/cms'

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Guides and explainers on compliance standards.',
  alternates: { canonical: '/articles' },
}

export default async function ArticlesPage() {
  const { articles } = await getArticleList()
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
