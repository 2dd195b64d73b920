import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { obligationBadge } from './obligation-badge'
import { ReviewNote, SourceReviews, formatReviewDate } from './review-note'

describe('ReviewNote', () => {
  it('says when and by whom, escaped, with a machine-readable day', () => {
    const html = renderToStaticMarkup(<ReviewNote review={{ at: '2026-11-30T00:00:00.000Z', by: '<b>Ann</b>' }} methodologyHref="/methodology#reviews" />)
    expect(html).toContain('Last reviewed <time dateTime="2026-11-30">30 November 2026</time> by &lt;b&gt;Ann&lt;/b&gt;.')
    expect(html).toContain('href="/methodology#reviews"')
  })

  it('names the editors when the reviewer has no public name, and never invents a date', () => {
    expect(renderToStaticMarkup(<ReviewNote review={{ at: '2026-01-05', by: null }} />)).toContain('5 January 2026</time> by the Versus editors.')
    for (const review of [null, undefined, { at: 'soon', by: 'Ann' }]) {
      const html = renderToStaticMarkup(<ReviewNote review={review} />)
      expect(html).toContain('No editor&rsquo;s review is recorded yet.'.replace('&rsquo;', '’'))
      expect(html).not.toContain('Last reviewed')
    }
    expect(formatReviewDate('nope')).toBeNull()
  })
})

describe('SourceReviews', () => {
  it('gives each record’s own review and never says the pair was reviewed', () => {
    const html = renderToStaticMarkup(
      <SourceReviews
        standards={[
          { name: 'GDPR', review: { at: '2026-11-28T00:00:00.000Z', by: null } },
          { name: 'NIS2', review: null },
        ]}
      />,
    )
    expect(html).toContain('Not reviewed as a pair.')
    expect(html).toContain('GDPR: <time dateTime="2026-11-28">28 November 2026</time> by the Versus editors')
    expect(html).toContain('NIS2: no review recorded')
    expect(html).not.toContain('Last reviewed')
  })
})

describe('obligationBadge', () => {
  it('tells a law that binds from an industry scheme bound by contract, and both from voluntary', () => {
    expect(obligationBadge({ obligation: 'mandatory', legalNature: 'regulation', obligationLabel: 'Mandatory' })).toEqual({ tone: 'mandatory', label: 'Mandatory by law' })
    expect(obligationBadge({ obligation: 'mandatory', legalNature: 'directive', obligationLabel: 'Mandatory' })).toEqual({ tone: 'mandatory', label: 'Mandatory by law' })
    expect(obligationBadge({ obligation: 'mandatory', legalNature: 'industry-scheme', obligationLabel: 'Mandatory' })).toEqual({ tone: 'contractual', label: 'Mandatory by contract' })
    expect(obligationBadge({ obligation: 'voluntary', legalNature: 'industry-scheme', obligationLabel: 'Voluntary' })).toEqual({ tone: 'voluntary', label: 'Voluntary' })
    expect(obligationBadge({ obligation: 'mandatory', legalNature: 'framework', obligationLabel: 'Mandatory' })).toEqual({ tone: 'mandatory', label: 'Mandatory' })
  })
})
