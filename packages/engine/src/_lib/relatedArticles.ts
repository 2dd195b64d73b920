import type { RelatedArticle } from '../model'
import type { ArticleRecord } from '../types'
import { articlePath } from '../articlePath/index'
import { compareSlugs } from '../compareSlugs/index'
import { arrayOr, categoryKey } from './normalize'
import type { StandardLookup } from './standardIndex'
import { cleanText, stringOr } from './text'

export const RELATED_ARTICLES_LIMIT = 3

/** An article under its cleaned slug. */
export interface ArticleEntry {
  slug: string
  article: ArticleRecord
}

interface Ranked extends ArticleEntry {
  mentions: number
  categories: number
}

/** Articles with a slug, the first record of a slug winning. */
export function uniqueArticles(articles: readonly ArticleRecord[] | null | undefined): ArticleEntry[] {
  const seen = new Set<string>()
  const out: ArticleEntry[] = []
  for (const article of arrayOr(articles)) {
    if (!article || typeof article !== 'object') continue
    const slug = cleanText(article.slug)
    if (!slug || seen.has(slug)) continue
    seen.add(slug)
    out.push({ slug, article })
  }
  return out
}

/**
 * Articles about either standard of the pair: most of the pair mentioned
 * first, then most other mentioned standards in either pair standard's
 * category, then slug. Never padded with unrelated articles.
 */
export function rankArticles(
  pair: readonly [string, string],
  lookup: StandardLookup,
  candidates: Iterable<ArticleEntry>,
  limit = RELATED_ARTICLES_LIMIT,
): RelatedArticle[] {
  const [pa, pb] = pair
  const pairCategories = new Set<string>()
  for (const slug of [pa, pb]) {
    const category = categoryKey(lookup.get(slug)?.category)
    if (category) pairCategories.add(category)
  }

  const ranked: Ranked[] = []
  for (const { slug, article } of candidates) {
    const standards = arrayOr(article.standards)
    if (!standards.includes(pa) && !standards.includes(pb)) continue
    const mentioned = new Set<string>()
    for (const standard of standards) if (typeof standard === 'string') mentioned.add(standard)
    let mentions = 0
    let categories = 0
    for (const standard of mentioned) {
      if (standard === pa || standard === pb) {
        mentions++
      } else if (pairCategories.size > 0) {
        const category = categoryKey(lookup.get(standard)?.category)
        if (category && pairCategories.has(category)) categories++
      }
    }
    ranked.push({ article, slug, mentions, categories })
  }

  return ranked
    .sort((x, y) => y.mentions - x.mentions || y.categories - x.categories || compareSlugs(x.slug, y.slug))
    .slice(0, limit)
    .map(({ article, slug }) => ({
      slug,
      title: cleanText(article.title) || slug,
      summary: cleanText(stringOr(article.summary)),
      path: articlePath(slug),
    }))
}
