import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CompareManyInput } from '../model'
import { compareStandards } from '../compareStandards/index'
import { aspectList, shuffle, standardRecord } from '../_lib/arbitraries'
import { aspects, gdpr, iso27001, iso27701, makeStandard, nis2 } from '../_lib/fixtures'
import { compareMany } from './index'

const seedInput: CompareManyInput = {
  standards: [nis2, iso27701, gdpr],
  aspects,
  publishedPairs: [['nis2', 'gdpr']],
  site: { name: 'Versus', url: 'https://versus.example/' },
}

describe('compareMany', () => {
  const model = compareMany(seedInput)

  it('puts the columns in canonical order and names the selection', () => {
    expect(model.columns.map((c) => c.slug)).toEqual(['gdpr', 'iso-27701', 'nis2'])
    expect(model.title).toBe('GDPR vs ISO 27701 vs NIS2')
    expect(model.selection).toEqual({
      slug: 'gdpr-vs-iso-27701-vs-nis2',
      path: '/compare/gdpr-vs-iso-27701-vs-nis2',
      standards: ['gdpr', 'iso-27701', 'nis2'],
    })
  })

  it('has one row per fact, then one per aspect in aspect order', () => {
    expect(model.rows.map((r) => r.key)).toEqual([
      'fact:category',
      'fact:legal-nature',
      'fact:obligation',
      'fact:jurisdiction',
      'fact:publisher',
      'fact:edition-year',
      'fact:cost',
      'fact:complexity',
      'fact:implementation',
      'fact:certification',
      'aspect:scope',
      'aspect:industry',
      'aspect:nature',
      'aspect:testing',
      'aspect:penalties',
    ])
    expect(model.rows.every((r) => r.values.length === 3)).toBe(true)
  })

  it('flags rows that are all the same and rows that differ', () => {
    const row = (key: string) => model.rows.find((r) => r.key === key)
    expect(row('fact:complexity')).toMatchObject({ values: ['High', 'High', 'High'], same: true })
    expect(row('fact:obligation')).toMatchObject({ values: ['Mandatory', 'Voluntary', 'Mandatory'], same: false })
    expect(row('fact:certification')?.values).toEqual(['Not certifiable', 'Certifiable', 'Not certifiable'])
    expect(row('fact:obligation')).toMatchObject({ status: 'differs' })
    // a missing value never counts as the same, nor as a difference: nothing is known
    expect(row('aspect:penalties')).toMatchObject({ values: ['—', '—', '—'], same: false, status: 'incomplete' })
    expect(model.differing).toBe(model.rows.filter((r) => r.status === 'differs').length)
  })

  it('marks a row as differing only when two recorded values really differ', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('—', 'Yes', 'yes ', 'No'), { minLength: 3, maxLength: 4 }), (values) => {
        const standards = values.map((value, i) => makeStandard({ slug: `s${i}`, shortName: `S${i}`, aspectValues: value === '—' ? [] : [{ aspect: 'x', value }] }))
        const matrix = compareMany({ standards, aspects: [{ slug: 'x', name: 'X', order: 1 }] })
        const row = matrix.rows.find((r) => r.key === 'aspect:x')
        const recorded = new Set(values.filter((v) => v !== '—').map((v) => v.trim().toLowerCase()))
        expect(row?.status).toBe(recorded.size > 1 ? 'differs' : values.includes('—') ? 'incomplete' : 'same')
        expect(row?.same).toBe(row?.status === 'same')
      }),
    )
  })

  it('uses the same facts as the pair page', () => {
    const pair = compareStandards({ standards: [gdpr, iso27701], aspects })
    const scope = model.rows.find((r) => r.key === 'aspect:scope')
    expect(scope?.values.slice(0, 2)).toEqual(pair.differences[0]?.values)
    expect(model.columns[0]).toEqual(pair.headers[0])
  })

  it('lists every pair, marking those with a published page', () => {
    expect(model.pairs.map((p) => [p.pair.path, p.title, p.published])).toEqual([
      ['/compare/gdpr-vs-iso-27701', 'GDPR vs ISO 27701', false],
      // published as "NIS2 vs GDPR": linked and titled in its editor's order
      ['/compare/nis2-vs-gdpr', 'NIS2 vs GDPR', true],
      ['/compare/iso-27701-vs-nis2', 'ISO 27701 vs NIS2', false],
    ])
    expect(compareMany({ ...seedInput, standards: [gdpr, iso27001, iso27701, nis2] }).pairs).toHaveLength(6)
  })

  it('builds SEO data like a pair page', () => {
    expect(model.seo.title).toBe('GDPR vs ISO 27701 vs NIS2: Key Differences Compared')
    expect(model.seo.canonicalUrl).toBe('https://versus.example/compare/gdpr-vs-iso-27701-vs-nis2')
    expect(model.seo.description).toMatch(/^Compare GDPR, ISO 27701 and NIS2 side by side: 9 of 15 facts and aspects differ/)
    expect(model.seo.description.length).toBeLessThanOrEqual(160)
    expect(model.seo.breadcrumbs.map((b) => b.path)).toEqual(['/', '/compare', '/compare/gdpr-vs-iso-27701-vs-nis2'])
    expect(model.seo.jsonLd).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          '@type': 'BreadcrumbList',
          itemListElement: expect.arrayContaining([expect.objectContaining({ position: 3, name: 'GDPR vs ISO 27701 vs NIS2' })]),
        }),
      ]),
    )
  })

  it('keeps one column per slug', () => {
    expect(compareMany({ standards: [gdpr, nis2, gdpr], aspects }).columns).toHaveLength(2)
  })

  it('gives the same model for any permutation of the standards (and of the list of published pairs)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(standardRecord(), { minLength: 3, maxLength: 4, selector: (s) => s.slug }),
        aspectList,
        fc.integer(),
        (standards, aspectRecords, seed) => {
          const pairs = standards.slice(1).map((s) => [s.slug, standards[0]!.slug] as const)
          const a = compareMany({ standards, aspects: aspectRecords, publishedPairs: pairs })
          const b = compareMany({
            standards: shuffle(standards, seed),
            aspects: shuffle(aspectRecords, seed + 1),
            publishedPairs: shuffle(pairs, seed + 2),
          })
          expect(b).toEqual(a)
          expect(compareMany({ standards, aspects: aspectRecords, publishedPairs: pairs })).toEqual(a)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('is total: rectangular rows, plain strings, never throws', () => {
    fc.assert(
      fc.property(fc.array(standardRecord(), { maxLength: 5 }), aspectList, (standards, aspectRecords) => {
        const m = compareMany({ standards, aspects: aspectRecords })
        for (const row of m.rows) {
          expect(row.values).toHaveLength(m.columns.length)
          for (const value of row.values) expect(value.length).toBeGreaterThan(0)
        }
        expect(m.pairs).toHaveLength((m.columns.length * (m.columns.length - 1)) / 2)
        expect(JSON.stringify(m)).not.toMatch(/undefined|NaN/)
      }),
      { numRuns: 150 },
    )
  })
})
