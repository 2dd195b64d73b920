import type { RelatedArticle } from '../model'
import type { ArticleRecord } from '../types'
import { articlePath } from '../articlePath/index'
import { compareSlugs } from '../compareSlugs/index'
import { arrayOr, categoryKey } from './normalize'
import type { StandardLookup } from './standardIndex'
import { cleanText, stringOr } from './text'

export const RELATED_ARTICLES_LIMIT = 3

interface Ranked {
  article: ArticleRecord
  slug: string
  mentions: number
  categories: number
}

/**
 * Articles about either standard of the pair: most of the pair mentioned
 * first, then most other mentioned standards in either pair standard's
 * category, then slug. Never padded with unrelated articles.
 */
export function rankArticles(
  pair: readonly [string, string],
  index: StandardLookup,
  articles: readonly ArticleRecord[] | null | undefined,
  limit = RELATED_ARTICLES_LIMIT,
): RelatedArticle[] {
  const [pa, pb] = pair
  const pairCategories = new Set<string>()
  for (const slug of [pa, pb]) {
    const category = categoryKey(index.get(slug)?.category)
    if (category) pairCategories.add(category)
  }

  const ranked = new Map<string, Ranked>()
  for (const article of arrayOr(articles)) {
    if (!article || typeof article !== 'object') continue
    const slug = cleanText(article.slug)
    if (!slug || ranked.has(slug)) continue
    const mentioned = new Set<string>()
    for (const standard of arrayOr(article.standards)) if (typeof standard === 'string') mentioned.add(standard)
    let mentions = 0
    let categories = 0
    for (const standard of mentioned) {
      if (standard === pa || standard === pb) {
        mentions++
      } else {
        const category = categoryKey(index.get(standard)?.category)
        if (category && pairCategories.has(category)) categories++
      }
    }
    if (mentions > 0) ranked.set(slug, { article, slug, mentions, categories })
  }

  return [...ranked.values()]
    .sort((x, y) => y.mentions - x.mentions || y.categories - x.categories || compareSlugs(x.slug, y.slug))
    .slice(0, limit)
    .map(({ article, slug }) => ({
      slug,
      title: cleanText(article.title) || slug,
      summary: cleanText(stringOr(article.summary)),
      path: articlePath(slug),
    }))
}
