import type { AspectOverride, ComparisonRecord } from '@versus/engine'

import type { ComparisonDoc } from '../documents'
import type { MapContext } from './map-context'
import { mapReview } from './map-review'
import { resolveRelation } from './resolve-relation'

/** The slugs of a comparison's two standards; null when either does not resolve, or both are the same. */
export function comparisonSlugs(
  doc: Pick<ComparisonDoc, 'standardA' | 'standardB'>,
  ctx: Pick<MapContext, 'standardSlugs'>,
): [string, string] | null {
  const a = resolveRelation(ctx.standardSlugs, doc.standardA)
  const b = resolveRelation(ctx.standardSlugs, doc.standardB)
  return a && b && a !== b ? [a, b] : null
}

/**
 * Null when either standard does not resolve: on the site a comparison page
 * exists only when both of its standards are published.
 */
export function mapComparison(doc: ComparisonDoc, ctx: MapContext): ComparisonRecord | null {
  const slugs = comparisonSlugs(doc, ctx)
  if (!slugs) return null
  const [a, b] = slugs
  const aspectOverrides: AspectOverride[] = (doc.aspectOverrides ?? []).flatMap((row) => {
    const aspect = resolveRelation(ctx.aspectSlugs, row.aspect)
    return aspect ? [{ aspect, standard: row.side === 'a' ? a : b, value: row.value }] : []
  })
  const review = mapReview(doc)
  return {
    standards: [a, b],
    verdict: doc.verdict?.trim() ? doc.verdict : null,
    aspectOverrides,
    faq: (doc.faq ?? []).map((row) => ({ question: row.question, answer: row.answer })),
    featured: doc.featured === true,
    summary: doc.summary?.trim() ? doc.summary : null,
    ...(doc.createdAt ? { createdAt: doc.createdAt } : {}),
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    ...(review ? { review } : {}),
  }
}
