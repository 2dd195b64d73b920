import { beforeEach, describe, expect, it } from 'vitest'
import { installWorld } from '@/test/fixtures'
import { getStandardPage, getStandardsIndex } from './standards'

beforeEach(() => {
  installWorld()
})

describe('getStandardPage', () => {
  it('is null for an unknown or unpublished slug', async () => {
    expect(await getStandardPage('nope')).toBeNull()
    expect(await getStandardPage('draft-only')).toBeNull()
  })

  it('lists relations both ways, linking to the other standard', async () => {
    const page = await getStandardPage('iso-27001')
    expect(page?.relations.map((r) => [r.sentence, r.link.path])).toEqual([
      ['ISO 27001 complements ISO 27002', '/standards/iso-27002'],
      ['ISO 27701 extends ISO 27001', '/standards/iso-27701'],
    ])
  })

  it('shows the full record and every published comparison containing the standard', async () => {
    const page = await getStandardPage('iso-27001')
    expect(page?.header.tagline).toBe('ISO 27001 in one line')
    expect(page?.card.keyFeatures).toEqual(['Feature one', 'Feature two', 'Feature three'])
    expect(page?.categoryName).toBe('Cybersecurity')
    expect(page?.comparisons.map((c) => c.path)).toEqual(['/compare/iso-27001-vs-iso-27002', '/compare/iso-27001-vs-nis2'])
    expect(page?.seo.canonicalUrl).toBe('https://versus.example/standards/iso-27001')
    expect(page?.seo.breadcrumbs.map((b) => b.path)).toEqual(['/', '/standards', '/standards/iso-27001'])
  })
})

describe('getStandardsIndex', () => {
  it('groups the cards of published standards by category, with their taglines', async () => {
    const { groups } = await getStandardsIndex()
    expect(groups.map((g) => [g.category?.slug, g.standards.map((s) => [s.slug, s.tagline])])).toEqual([
      [
        'security',
        [
          ['iso-27001', 'ISO 27001 in one line'],
          ['iso-27002', 'ISO 27002 in one line'],
          ['iso-27032', 'ISO 27032 in one line'],
          ['nis2', 'NIS2 in one line'],
        ],
      ],
      ['privacy', [['iso-27701', 'ISO 27701 in one line']]],
    ])
  })
})
