import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { compareMany, whatItAdds, type StandardRecord } from '@versus/engine'
import { ComparisonMatrix } from './comparison-matrix'
import { PairLinks } from './pair-links'
import { WhatItAdds } from './what-it-adds'

function standard(slug: string, shortName: string, overrides: Partial<StandardRecord> = {}): StandardRecord {
  return {
    slug,
    shortName,
    officialTitle: shortName,
    editionYear: 2022,
    legalNature: 'regulation',
    obligation: 'mandatory',
    jurisdiction: 'European Union',
    publisher: 'EU',
    category: null,
    tagline: '',
    costBand: 2,
    complexity: 'medium',
    implementationMonths: { min: 6, max: 12 },
    keyFeatures: [],
    whatItIs: null,
    keyComponents: [],
    whyOrganizationsUseIt: null,
    implementationOverview: null,
    aspectValues: [],
    faq: [],
    sources: [],
    related: [],
    ...overrides,
  }
}

const gdpr = standard('gdpr', 'GDPR')
const nis2 = standard('nis2', 'NIS2', { legalNature: 'directive' })
const iso = standard('iso-27701', 'ISO 27701', { legalNature: 'certifiable-standard', obligation: 'voluntary', related: [{ standard: 'gdpr', relation: 'complements' }] })
const model = compareMany({ standards: [nis2, iso, gdpr], aspects: [], publishedPairs: [['gdpr', 'nis2']] })

describe('ComparisonMatrix', () => {
  const html = renderToStaticMarkup(<ComparisonMatrix model={model} />)

  it('has one column per standard and scrolls in its own focusable region', () => {
    expect(html).toMatch(/<div class="v-table-wrap v-matrix-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">/)
    expect(html.match(/<th scope="col"/g)).toHaveLength(4)
    expect(html.match(/<th scope="row"/g)).toHaveLength(model.rows.length)
  })

  it('marks rows Same or Differs in words', () => {
    const obligation = html.slice(html.indexOf('Obligation'), html.indexOf('Jurisdiction'))
    expect(obligation).toContain('>Differs<')
    const jurisdiction = html.slice(html.indexOf('>Jurisdiction<'), html.indexOf('>Publisher<'))
    expect(jurisdiction).toContain('>Same<')
  })

  it('highlights only rows whose recorded values differ; a row nobody recorded is not a difference', () => {
    const withAspect = compareMany({
      standards: [
        standard('a', 'A', { aspectValues: [{ aspect: 'scope', value: 'Same thing' }] }),
        standard('b', 'B', { aspectValues: [{ aspect: 'scope', value: 'same  thing' }] }),
        standard('c', 'C'),
      ],
      aspects: [
        { slug: 'scope', name: 'Scope', order: 1 },
        { slug: 'fines', name: 'Fines', order: 2 },
      ],
    })
    const rendered = renderToStaticMarkup(<ComparisonMatrix model={withAspect} />)
    for (const key of ['aspect:scope', 'aspect:fines']) {
      const row = rendered.slice(rendered.indexOf(`data-row="${key}"`), rendered.indexOf('</tr>', rendered.indexOf(`data-row="${key}"`)))
      expect(row).toContain('>Not all recorded<')
      expect(row).not.toContain('Differs')
    }
    expect(rendered).not.toMatch(/class="is-different"[^>]*data-row="aspect:/)
  })
})

describe('PairLinks', () => {
  it('links reviewed pairs plainly and generated pairs nofollow, marked as not reviewed', () => {
    const html = renderToStaticMarkup(<PairLinks pairs={model.pairs} />)
    expect(html).toContain('<a href="/compare/gdpr-vs-nis2">GDPR vs NIS2</a>')
    expect(html).toContain('<a href="/compare/gdpr-vs-iso-27701" rel="nofollow">GDPR vs ISO 27701</a>')
  })
})

describe('WhatItAdds', () => {
  it('renders one heading and list per direction', () => {
    const html = renderToStaticMarkup(<WhatItAdds adds={[whatItAdds(gdpr, iso, []), whatItAdds(iso, gdpr, [])]} />)
    expect(html.match(/<h3 class="v-adds__heading">/g)).toHaveLength(2)
    expect(html).toContain('Already comply with GDPR? What ISO 27701 adds')
    expect(html).toContain('ISO 27701 can be certified by an independent auditor.')
    // A recorded relation is not something the other standard adds.
    expect(html).not.toContain('complements')
  })
})
