import { Heading } from './heading'

export interface ArticleLink {
  slug: string
  title: string
  summary: string
  path: string
}

export function RelatedArticles({ articles, headingLevel = 3 }: { articles: ArticleLink[]; headingLevel?: number }) {
  if (articles.length === 0) return null
  return (
    <ul className="v-grid v-grid--3 v-plain">
      {articles.map((a) => (
        <li key={a.slug} className="v-tile">
          <Heading level={headingLevel} className="v-tile__title">
            <a href={a.path}>{a.title}</a>
          </Heading>
          <p className="v-tile__text">{a.summary}</p>
        </li>
      ))}
    </ul>
  )
}
