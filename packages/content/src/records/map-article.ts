import type { ArticleRecord } from '@versus/engine'

import type { ArticleDoc } from '../documents'
import type { MapContext } from './map-context'
import { resolveRelation } from './resolve-relation'

/** The standards the article is about, those the context knows only, each once. */
export function mapArticle(
  doc: Pick<ArticleDoc, 'slug' | 'title' | 'summary' | 'standards' | 'publishedAt'>,
  ctx: MapContext,
): ArticleRecord {
  const standards = [...new Set((doc.standards ?? []).flatMap((ref) => resolveRelation(ctx.standardSlugs, ref) ?? []))]
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? '',
    standards,
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
  }
}
