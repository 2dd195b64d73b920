import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aspectList, standardRecord } from '../_lib/arbitraries'
import { aspects, iso27032, makeStandard, paragraphs } from '../_lib/fixtures'
import { assessCompleteness } from './index'

const sentence = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ')

const complete = makeStandard({
  slug: 'complete',
  shortName: 'Complete',
  keyFeatures: ['One', 'Two', 'Three'],
  whatItIs: paragraphs(sentence(40)),
  keyComponents: ['Part'],
  whyOrganizationsUseIt: paragraphs(sentence(25)),
  implementationOverview: paragraphs(sentence(30)),
  aspectValues: aspects.map((aspect) => ({ aspect: aspect.slug, value: `Value for ${aspect.name}` })),
  faq: [
    { question: 'Q1?', answer: 'A1.' },
    { question: 'Q2?', answer: 'A2.' },
  ],
  sources: [{ label: 'Publisher', url: 'https://example.org' }],
  related: [{ standard: 'other', relation: 'maps-to' }],
})

describe('assessCompleteness', () => {
  it('gives a complete standard 100 and no issues', () => {
    expect(assessCompleteness(complete, aspects)).toEqual({
      slug: 'complete',
      name: 'Complete',
      score: 100,
      issues: [],
      sections: [],
    })
  })

  it('reports thin and missing fields and the comparison sections they degrade', () => {
    const report = assessCompleteness(iso27032, aspects)
    expect(report.issues.map((issue) => [issue.field, issue.severity, issue.message])).toEqual([
      ['keyFeatures', 'thin', 'Only 2 key features (aim for at least 3)'],
      ['whatItIs', 'thin', '"What it is" has 5 words (aim for at least 40)'],
      ['whyOrganizationsUseIt', 'missing', '"Why organisations use it" is empty'],
      ['implementationOverview', 'missing', '"Implementation overview" is empty'],
      ['aspectValues', 'thin', 'Missing aspect values: Testing'],
      ['faq', 'thin', 'Only 1 FAQ entry (aim for at least 2)'],
    ])
    expect(report.issues.find((issue) => issue.field === 'aspectValues')?.aspects).toEqual(['testing'])
    // 100 − (5 + 7.5 + 8 + 8 + 17/5 + 5) = 63.1
    expect(report.score).toBe(63)
    expect(report.sections.map((section) => [section.label, section.fields])).toEqual([
      ['Cards', ['keyFeatures']],
      ['Detailed analysis', ['whatItIs', 'whyOrganizationsUseIt', 'implementationOverview']],
      ['Key differences', ['aspectValues']],
      ['FAQ', ['faq']],
      ['SEO', ['faq']],
    ])
  })

  it('flags an empty record everywhere, down to a low score', () => {
    const empty = makeStandard({ slug: 'empty', tagline: ' ', publisher: '', jurisdiction: '', officialTitle: '', category: null })
    const report = assessCompleteness(empty, aspects)
    expect(report.issues.map((issue) => issue.field)).toEqual([
      'tagline',
      'officialTitle',
      'publisher',
      'jurisdiction',
      'category',
      'keyFeatures',
      'whatItIs',
      'keyComponents',
      'whyOrganizationsUseIt',
      'implementationOverview',
      'aspectValues',
      'faq',
      'sources',
      'related',
    ])
    expect(report.issues.every((issue) => issue.severity === 'missing')).toBe(true)
    expect(report.score).toBe(0)
    expect(report.sections.map((section) => section.section)).toEqual([
      'quick-verdict',
      'cards',
      'detailed-analysis',
      'key-differences',
      'faq',
      'seo',
      'related',
    ])
  })

  it('keeps any gap below 100 and ignores aspects when there are none', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ slug: `a${i}`, name: `A${i}`, order: i }))
    const withValues = { ...complete, aspectValues: many.slice(1).map((a) => ({ aspect: a.slug, value: 'x' })) }
    expect(assessCompleteness(withValues, many).score).toBe(99)
    expect(assessCompleteness({ ...complete, aspectValues: [] }, []).score).toBe(100)
  })

  it('is total, bounded and deterministic on arbitrary records (property)', () => {
    fc.assert(
      fc.property(standardRecord(), aspectList, (standard, list) => {
        const report = assessCompleteness(standard, list)
        expect(Number.isInteger(report.score)).toBe(true)
        expect(report.score).toBeGreaterThanOrEqual(0)
        expect(report.score).toBeLessThanOrEqual(100)
        expect(report.score === 100).toBe(report.issues.length === 0)
        expect(assessCompleteness(structuredClone(standard), structuredClone(list))).toEqual(report)
      }),
      { numRuns: 200 },
    )
  })
})
