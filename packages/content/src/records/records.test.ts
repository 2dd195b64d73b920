import { compareStandards } from '@versus/engine'
import { describe, expect, it } from 'vitest'

import type { ArticleDoc, AspectDoc, CategoryDoc, ComparisonDoc, StandardDoc } from '../documents'
import { mapArticle } from './map-article'
import { mapAspect } from './map-aspect'
import { mapCategory } from './map-category'
import { comparisonSlugs, mapComparison } from './map-comparison'
import { createMapContext } from './map-context'
import { mapIndexedStandard, mapStandard } from './map-standard'

const security: CategoryDoc = { id: 1, slug: 'security', name: 'Cybersecurity', description: null }
const scope: AspectDoc = { id: 1, slug: 'scope', name: 'Scope', order: 1 }
const penalties: AspectDoc = { id: 3, slug: 'penalties', name: 'Penalties', order: 3, description: 'Fines' }

/** A standard as the site's REST JSON gives it: every array present. */
function standard(id: number | string, slug: string, fields: Partial<StandardDoc> = {}): StandardDoc {
  return {
    id,
    slug,
    shortName: slug.toUpperCase(),
    officialTitle: `${slug} official`,
    editionYear: 2022,
    legalNature: 'certifiable-standard',
    obligation: 'voluntary',
    jurisdiction: 'International',
    publisher: 'ISO',
    category: null,
    tagline: `${slug} in one line`,
    costBand: 2,
    complexity: 'medium',
    implementationMonths: { min: 3, max: 9 },
    keyFeatures: [{ text: 'One' }],
    whatItIs: null,
    keyComponents: [],
    whyOrganizationsUseIt: null,
    implementationOverview: null,
    aspectValues: [],
    faq: [],
    sources: [],
    related: [],
    ...fields,
  }
}

const context = (standards: StandardDoc[]) =>
  createMapContext({ standards, aspects: [scope, penalties], categories: [security] })

describe('documents → engine records', () => {
  it('maps categories and aspects, leaving out a blank description', () => {
    expect(mapCategory(security)).toEqual({ slug: 'security', name: 'Cybersecurity' })
    expect(mapAspect(scope)).toEqual({ slug: 'scope', name: 'Scope', order: 1 })
    expect(mapAspect(penalties)).toEqual({ slug: 'penalties', name: 'Penalties', order: 3, description: 'Fines' })
  })

  it('resolves relations given as SQLite numbers, MongoDB strings or populated documents', () => {
    const gdpr = standard('665f0000000000000000000a', 'gdpr', {
      category: { id: 1, slug: 'security', name: 'Cybersecurity' },
      aspectValues: [
        { aspect: 1, value: 'Personal data' },
        { aspect: { id: '3', slug: 'penalties' }, value: 'Up to 4%' },
      ],
    })
    const nis2 = standard(7, 'nis2', {
      category: '1',
      related: [{ standard: '665f0000000000000000000a', relation: 'complements' }],
    })
    const ctx = context([gdpr, nis2])
    const records = [gdpr, nis2].map((doc) => mapStandard(doc, ctx))
    expect(records[0]?.category).toEqual({ slug: 'security', name: 'Cybersecurity' })
    expect(records[0]?.aspectValues).toEqual([
      { aspect: 'scope', value: 'Personal data' },
      { aspect: 'penalties', value: 'Up to 4%' },
    ])
    expect(records[1]?.category?.slug).toBe('security')
    expect(records[1]?.related).toEqual([{ standard: 'gdpr', relation: 'complements' }])
  })

  it('drops what does not resolve, blank and repeated aspect values, and links to itself', () => {
    const iso = standard(1, 'iso-27001', {
      category: 42,
      aspectValues: [
        { aspect: null, value: 'Orphaned on SQLite' },
        { aspect: 2, value: 'Orphaned on MongoDB' },
        { aspect: 1, value: '  ' },
        { aspect: 1, value: 'Information security' },
        { aspect: 1, value: 'Repeated' },
      ],
      related: [
        { standard: 99, relation: 'extends' },
        { standard: 1, relation: 'maps-to' },
      ],
    })
    const record = mapStandard(iso, context([iso]))
    expect(record.category).toBeNull()
    expect(record.aspectValues).toEqual([{ aspect: 'scope', value: 'Information security' }])
    expect(record.related).toEqual([])
  })

  it('reads a CMS document whose arrays and optional fields are missing or null', () => {
    const bare: StandardDoc = {
      ...standard(5, 'popia'),
      keyFeatures: null,
      keyComponents: undefined,
      aspectValues: null,
      faq: null,
      sources: undefined,
      related: null,
      implementationMonths: { min: null, max: 4 },
      whatItIs: undefined,
    }
    const record = mapStandard(bare, context([bare]))
    expect(record).toMatchObject({
      keyFeatures: [],
      keyComponents: [],
      aspectValues: [],
      faq: [],
      sources: [],
      related: [],
      whatItIs: null,
      implementationMonths: { min: 0, max: 4 },
    })
    expect(record).not.toHaveProperty('updatedAt')
  })

  it('keeps the cost band within 1 … 4', () => {
    const ctx = context([])
    expect(mapStandard(standard(1, 'a', { costBand: 3 }), ctx).costBand).toBe(3)
    expect(mapStandard(standard(1, 'a', { costBand: 9 }), ctx).costBand).toBe(4)
    expect(mapStandard(standard(1, 'a', { costBand: 0 }), ctx).costBand).toBe(1)
  })

  it('gives index records the index fields, and the card fields when the document has them', () => {
    const { id, slug, shortName, legalNature, obligation, category, related, tagline, jurisdiction, editionYear, publisher } =
      standard(1, 'gdpr', { category: 1, legalNature: 'regulation' })
    const ctx = context([])
    const index = mapIndexedStandard({ id, slug, shortName, legalNature, obligation, category, related }, ctx)
    expect(index).toMatchObject({ slug: 'gdpr', legalNature: 'regulation', tagline: '', publisher: '', keyFeatures: [] })
    expect(index.category?.slug).toBe('security')
    const card = mapIndexedStandard(
      { id, slug, shortName, legalNature, obligation, category, related, tagline, jurisdiction, editionYear, publisher },
      ctx,
    )
    expect(card).toMatchObject({ tagline: 'gdpr in one line', jurisdiction: 'International', editionYear: 2022 })
  })

  it('maps a comparison when both standards resolve, overrides by side', () => {
    const docs = [standard(10, 'iso-27001'), standard(11, 'iso-27701')]
    const ctx = context(docs)
    const doc: ComparisonDoc = {
      id: 5,
      standardA: { id: 11, slug: 'iso-27701' },
      standardB: 10,
      verdict: '  ',
      summary: 'A one-liner.',
      aspectOverrides: [
        { aspect: 1, side: 'a', value: 'Privacy, pair-specific' },
        { aspect: 3, side: 'b', value: 'None' },
        { aspect: null, side: 'a', value: 'Gone' },
      ],
      faq: null,
      featured: null,
      createdAt: '2026-01-02T00:00:00.000Z',
    }
    expect(comparisonSlugs(doc, ctx)).toEqual(['iso-27701', 'iso-27001'])
    expect(mapComparison(doc, ctx)).toEqual({
      standards: ['iso-27701', 'iso-27001'],
      verdict: null,
      aspectOverrides: [
        { aspect: 'scope', standard: 'iso-27701', value: 'Privacy, pair-specific' },
        { aspect: 'penalties', standard: 'iso-27001', value: 'None' },
      ],
      faq: [],
      featured: false,
      summary: 'A one-liner.',
      createdAt: '2026-01-02T00:00:00.000Z',
    })
  })

  it('carries the last review: the date and the reviewer’s public name, or nothing without a date', () => {
    const docs = [standard(10, 'iso-27001'), standard(11, 'iso-27701')]
    const ctx = context(docs)
    const doc: ComparisonDoc = { id: 5, standardA: 10, standardB: 11, lastReviewedAt: '2026-11-30T00:00:00.000Z', reviewerName: ' Ann ' }
    expect(mapComparison(doc, ctx)?.review).toEqual({ at: '2026-11-30T00:00:00.000Z', by: 'Ann' })
    expect(mapComparison({ ...doc, reviewerName: null }, ctx)?.review).toEqual({ at: '2026-11-30T00:00:00.000Z', by: null })
    expect(mapComparison({ ...doc, lastReviewedAt: null }, ctx)).not.toHaveProperty('review')
    const record = mapStandard({ ...(docs[0] as StandardDoc), lastReviewedAt: '2026-11-01T00:00:00.000Z', costSourceUrl: 'https://example.org/fees' }, ctx)
    expect(record.review).toEqual({ at: '2026-11-01T00:00:00.000Z', by: null })
    expect(record.estimateSources).toEqual({ cost: 'https://example.org/fees', effort: null })
  })

  it('has no comparison when a standard is missing, unseen, or both sides are the same', () => {
    const ctx = context([standard(1, 'iso-9001')])
    expect(mapComparison({ id: 1, standardA: 1, standardB: 99 }, ctx)).toBeNull()
    expect(mapComparison({ id: 2, standardA: { id: 1 }, standardB: null }, ctx)).toBeNull()
    expect(comparisonSlugs({ standardA: 1, standardB: '1' }, ctx)).toBeNull()
  })

  it('keeps the standards an article is about that resolve, each once', () => {
    const ctx = context([standard(1, 'iso-9001'), standard(2, 'iso-14001')])
    const doc: ArticleDoc = { id: 3, slug: 'quality', title: 'Quality', standards: [1, { id: 2 }, 99, '1'], summary: null }
    expect(mapArticle(doc, ctx)).toEqual({ slug: 'quality', title: 'Quality', summary: '', standards: ['iso-9001', 'iso-14001'] })
    expect(mapArticle({ ...doc, standards: null, publishedAt: '2026-03-01' }, ctx)).toEqual({
      slug: 'quality',
      title: 'Quality',
      summary: '',
      standards: [],
      publishedAt: '2026-03-01',
    })
  })

  it('gives the engine records it can compare', () => {
    const docs: [StandardDoc, StandardDoc] = [
      standard(1, 'gdpr', { aspectValues: [{ aspect: 1, value: 'Personal data' }] }),
      standard(2, 'nis2', { aspectValues: [{ aspect: 1, value: 'Network security' }] }),
    ]
    const ctx = context(docs)
    const comparison = mapComparison(
      { id: 1, standardA: 1, standardB: 2, aspectOverrides: [{ aspect: 1, side: 'b', value: 'Essential entities' }] },
      ctx,
    )
    const model = compareStandards({
      standards: [mapStandard(docs[0], ctx), mapStandard(docs[1], ctx)],
      aspects: [scope, penalties].map(mapAspect),
      comparison,
    })
    const row = model.differences.find((difference) => difference.aspect.slug === 'scope')
    expect(row?.values).toEqual(['Personal data', 'Essential entities'])
  })
})
