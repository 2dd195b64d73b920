import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { standardRecord } from '../_lib/arbitraries'
import { iso27032, iso27701, makeStandard } from '../_lib/fixtures'
import { describeStandard } from './index'

describe('describeStandard', () => {
  it('derives the header', () => {
    expect(describeStandard(iso27032).header).toEqual({
      slug: 'iso-27032',
      shortName: 'ISO 27032',
      tagline: 'Guidelines for Internet security and cyberspace collaboration',
      obligation: 'voluntary',
      obligationLabel: 'Voluntary',
      jurisdiction: 'International',
      editionYear: 2023,
      legalNature: 'guidance-standard',
      legalNatureLabel: 'Guidance standard',
      publisher: 'ISO/IEC',
      path: '/standards/iso-27032',
    })
  })

  it('derives the card, normalising odd input', () => {
    expect(describeStandard(iso27701).card).toEqual({
      slug: 'iso-27701',
      categoryName: 'Privacy Management',
      shortName: 'ISO 27701',
      officialTitle: 'ISO/IEC 27701:2025 Privacy Information Management',
      cost: { band: 3, label: '€€€', description: '€50k–€250k typical first-year cost' },
      complexity: { level: 'high', label: 'High' },
      implementation: { min: 6, max: 12, label: '6–12 months' },
      keyFeatures: ['Establishes a PIMS', 'Role-specific controls'],
      estimateSources: { cost: null, effort: null },
    })
    expect(describeStandard(iso27032).card.keyFeatures).toEqual([
      'Multi-stakeholder collaboration',
      'Guidelines for Internet threats',
    ])
  })

  it('keeps only http(s) sources for the cost and effort estimates', () => {
    const sourced = { ...iso27032, estimateSources: { cost: ' https://example.org/fees ', effort: 'javascript:alert(1)' } }
    expect(describeStandard(sourced).card.estimateSources).toEqual({ cost: 'https://example.org/fees', effort: null })
    expect(describeStandard({ ...iso27032, estimateSources: null }).card.estimateSources).toEqual({ cost: null, effort: null })
  })

  it('derives the details', () => {
    const { details } = describeStandard(iso27032)
    expect(details.slug).toBe('iso-27032')
    expect(details.whatItIs).toBe(iso27032.whatItIs)
    expect(details.whyOrganizationsUseIt).toBeNull()
    expect(details.keyComponents).toEqual(['Risk assessment', 'Incident management'])
    expect(details.sources).toEqual([{ label: 'ISO', url: 'https://www.iso.org/standard/76070.html' }])
  })

  it('falls back when names are blank', () => {
    const blank = makeStandard({ slug: 'x-1', shortName: '  ', officialTitle: '', category: { slug: '', name: ' ' } })
    const { header, card } = describeStandard(blank)
    expect(header.shortName).toBe('x-1')
    expect(card.officialTitle).toBe('x-1')
    expect(card.categoryName).toBeNull()
    expect(describeStandard(makeStandard({ slug: '', shortName: '', officialTitle: '' })).header.shortName).toBe(
      'Untitled standard',
    )
  })

  it('is total, deterministic and free of "undefined"', () => {
    fc.assert(
      fc.property(standardRecord(fc.string()), (standard) => {
        const described = describeStandard(standard)
        expect(describeStandard(standard)).toEqual(described)
        const json = JSON.stringify(described)
        expect(json).not.toContain('undefined')
        expect(described.card.implementation.min).toBeLessThanOrEqual(described.card.implementation.max)
        expect([1, 2, 3, 4]).toContain(described.card.cost.band)
        expect(Number.isInteger(described.header.editionYear)).toBe(true)
        expect(described.header.shortName.length).toBeGreaterThan(0)
      }),
    )
  })
})
