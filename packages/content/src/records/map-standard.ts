import type { AspectValue, CostBand, RelatedStandardLink, StandardRecord } from '@versus/engine'

import type { StandardCardDoc, StandardDoc, StandardIndexDoc } from '../documents'
import { mapCategoryRef } from './map-category'
import { mapReview } from './map-review'
import type { MapContext } from './map-context'
import { resolveRelation } from './resolve-relation'

/** The CMS validates 1 … 4; anything else is brought into that range rather than passed on. */
function costBandOf(value: number): CostBand {
  return Math.min(4, Math.max(1, Math.round(value) || 1)) as CostBand
}

function relatedLinks(doc: Pick<StandardIndexDoc, 'slug' | 'related'>, ctx: MapContext): RelatedStandardLink[] {
  return (doc.related ?? []).flatMap((row) => {
    const standard = resolveRelation(ctx.standardSlugs, row.standard)
    return standard && standard !== doc.slug ? [{ standard, relation: row.relation }] : []
  })
}

/** One value per aspect the context knows: blank values and repeats of an aspect are skipped. */
function aspectValuesOf(doc: Pick<StandardDoc, 'aspectValues'>, ctx: MapContext): AspectValue[] {
  const values: AspectValue[] = []
  const seen = new Set<string>()
  for (const row of doc.aspectValues ?? []) {
    const aspect = resolveRelation(ctx.aspectSlugs, row.aspect)
    if (!aspect || seen.has(aspect) || !row.value?.trim()) continue
    seen.add(aspect)
    values.push({ aspect, value: row.value })
  }
  return values
}

/** Present only when recorded, so records without them keep their shape. */
function reviewOf(doc: StandardDoc): Pick<StandardRecord, 'review'> {
  const review = mapReview(doc)
  return review ? { review } : {}
}

function estimateSourcesOf(doc: StandardDoc): Pick<StandardRecord, 'estimateSources'> {
  const cost = doc.costSourceUrl?.trim() || null
  const effort = doc.effortSourceUrl?.trim() || null
  return cost || effort ? { estimateSources: { cost, effort } } : {}
}

export function mapStandard(doc: StandardDoc, ctx: MapContext): StandardRecord {
  return {
    slug: doc.slug,
    shortName: doc.shortName,
    officialTitle: doc.officialTitle,
    editionYear: doc.editionYear,
    legalNature: doc.legalNature,
    obligation: doc.obligation,
    jurisdiction: doc.jurisdiction,
    publisher: doc.publisher,
    category: mapCategoryRef(doc.category, ctx),
    tagline: doc.tagline,
    costBand: costBandOf(doc.costBand),
    complexity: doc.complexity,
    implementationMonths: { min: doc.implementationMonths?.min ?? 0, max: doc.implementationMonths?.max ?? 0 },
    keyFeatures: (doc.keyFeatures ?? []).map((row) => row.text),
    whatItIs: doc.whatItIs ?? null,
    keyComponents: (doc.keyComponents ?? []).map((row) => row.text),
    whyOrganizationsUseIt: doc.whyOrganizationsUseIt ?? null,
    implementationOverview: doc.implementationOverview ?? null,
    aspectValues: aspectValuesOf(doc, ctx),
    faq: (doc.faq ?? []).map((row) => ({ question: row.question, answer: row.answer })),
    sources: (doc.sources ?? []).map((row) => ({ label: row.label, url: row.url })),
    related: relatedLinks(doc, ctx),
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    ...reviewOf(doc),
    ...estimateSourcesOf(doc),
  }
}

/**
 * What a record from the slim index or the list does not carry. The engine
 * reads only the index fields of catalog records (links and related-comparison
 * ranking); a page renders in full only the records it fetched in full
 * (`standard:<slug>`).
 */
const NOT_IN_INDEX = {
  officialTitle: '',
  editionYear: 0,
  jurisdiction: '',
  publisher: '',
  tagline: '',
  costBand: 1,
  complexity: 'low',
  implementationMonths: { min: 0, max: 0 },
  keyFeatures: [],
  whatItIs: null,
  keyComponents: [],
  whyOrganizationsUseIt: null,
  implementationOverview: null,
  aspectValues: [],
  faq: [],
  sources: [],
} as const satisfies Omit<StandardRecord, 'slug' | 'shortName' | 'legalNature' | 'obligation' | 'category' | 'related'>

/** A standard from the slim index (or, with its card fields, from the list). */
export function mapIndexedStandard(doc: StandardIndexDoc | StandardCardDoc, ctx: MapContext): StandardRecord {
  const card =
    'tagline' in doc
      ? { officialTitle: doc.officialTitle, tagline: doc.tagline, jurisdiction: doc.jurisdiction, editionYear: doc.editionYear, publisher: doc.publisher }
      : {}
  return {
    ...NOT_IN_INDEX,
    implementationMonths: { ...NOT_IN_INDEX.implementationMonths },
    keyFeatures: [],
    keyComponents: [],
    aspectValues: [],
    faq: [],
    sources: [],
    ...card,
    slug: doc.slug,
    shortName: doc.shortName,
    legalNature: doc.legalNature,
    obligation: doc.obligation,
    category: mapCategoryRef(doc.category, ctx),
    related: relatedLinks(doc, ctx),
  }
}
