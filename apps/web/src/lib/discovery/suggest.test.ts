import { describe, expect, it } from 'vitest'
import { editDistance, requestedSlugs, suggestStandards } from './suggest'

const standards = [
  { slug: 'iso-27001', name: 'ISO 27001' },
  { slug: 'iso-27002', name: 'ISO 27002' },
  { slug: 'iso-27032', name: 'ISO 27032' },
  { slug: 'iso-27701', name: 'ISO 27701' },
  { slug: 'iso-9001', name: 'ISO 9001' },
  { slug: 'gdpr', name: 'GDPR' },
  { slug: 'popia', name: 'POPIA' },
  { slug: 'nis2', name: 'NIS2' },
  { slug: 'eu-ai-act', name: 'EU AI Act' },
]

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('gdpr', 'gdpr')).toBe(0)
    expect(editDistance('gdrp', 'gdpr')).toBe(1)
  })
})

describe('requestedSlugs', () => {
  it('reads the last segment and both sides of a pair', () => {
    expect(requestedSlugs('/standards/iso-2700')).toEqual(['iso-2700'])
    expect(requestedSlugs('/compare/gdrp-vs-popia')).toEqual(['gdrp', 'popia'])
    expect(requestedSlugs('/standards/ISO%2027001')).toEqual(['iso-27001'])
    expect(requestedSlugs('/')).toEqual([])
  })
})

describe('suggestStandards', () => {
  it('suggests ISO 27001 and 27002 first for /standards/iso-2700', () => {
    const slugs = suggestStandards('/standards/iso-2700', standards).map((s) => s.slug)
    expect(slugs.slice(0, 2)).toEqual(['iso-27001', 'iso-27002'])
    expect(slugs).not.toContain('gdpr')
  })

  it('finds a misspelt standard inside a pair', () => {
    expect(suggestStandards('/compare/gdrp-vs-popia', standards).map((s) => s.slug).slice(0, 2)).toEqual(['popia', 'gdpr'])
  })

  it('matches names as well as slugs', () => {
    expect(suggestStandards('/standards/euaiact', standards)[0]?.slug).toBe('eu-ai-act')
  })

  it('suggests nothing for something unlike every standard, and respects the limit', () => {
    expect(suggestStandards('/standards/zzzzzzzzzz', standards)).toEqual([])
    expect(suggestStandards('/standards/iso', standards, { limit: 2 })).toHaveLength(2)
  })
})
