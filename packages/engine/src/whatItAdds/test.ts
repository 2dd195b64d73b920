import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aspectList, standardRecord } from '../_lib/arbitraries'
import { aspects, gdpr, iso27001, iso27032, iso27701, makeStandard, nis2 } from '../_lib/fixtures'
import { whatItAdds } from './index'

describe('whatItAdds', () => {
  it('says what ISO 27701 adds to ISO 27001, relation first; no effort point when the facts tie', () => {
    const added = whatItAdds(iso27001, iso27701, aspects)
    expect(added.heading).toBe('Already comply with ISO 27001? What ISO 27701 adds')
    expect(added.from).toBe('iso-27001')
    expect(added.to).toBe('iso-27701')
    expect(added.points.map((p) => p.key)).toEqual([
      'relation:iso-27701:extends:iso-27001',
      'certification',
      'aspect:scope',
      'aspect:industry',
      'aspect:nature',
      'aspect:testing',
    ])
    expect(added.points[0]?.text).toBe('ISO 27701 extends ISO 27001.')
    expect(added.points[2]).toMatchObject({
      kind: 'aspect',
      text: 'Scope: Privacy management system for PII processing',
      aspect: { name: 'Scope', from: '—', to: 'Privacy management system for PII processing' },
    })
  })

  it('lists a relation only as an addition of the standard that holds it', () => {
    expect(whatItAdds(iso27701, iso27001, aspects).points.some((p) => p.kind === 'relation')).toBe(false)
    const complements = makeStandard({ slug: 'c', shortName: 'C', related: [{ standard: 'iso-27001', relation: 'complements' }] })
    expect(whatItAdds(iso27001, complements, []).points.some((p) => p.kind === 'relation')).toBe(false)
  })

  it('names an added legal obligation, jurisdiction and effort, never a non-addition', () => {
    const texts = whatItAdds(iso27001, gdpr, aspects).points.map((p) => p.text)
    expect(texts).toEqual([
      'GDPR is mandatory where it applies, while ISO 27001 is voluntary: complying with GDPR is a legal obligation, not a choice.',
      'Jurisdiction: European Union for GDPR, against International for ISO 27001.',
      'Effort: GDPR is the heavier lift (typically 6–18 months against 6–12 months for ISO 27001); GDPR usually costs more in its first year (€€€€ against €€€ for ISO 27001).',
    ])
    const certifiable = whatItAdds(nis2, iso27701, []).points.find((p) => p.kind === 'certification')
    expect(certifiable?.text).toBe('ISO 27701 can be certified by an independent auditor.')
    expect(whatItAdds(iso27701, iso27032, []).points.at(-1)?.text).toBe(
      'Effort: ISO 27701 is the heavier lift (high complexity against medium; typically 6–12 months against 3–6 months for ISO 27032); ISO 27701 usually costs more in its first year (€€€ against €€ for ISO 27032).',
    )
    const lab = makeStandard({ slug: 'lab', shortName: 'ISO 17025', legalNature: 'accreditation-standard' })
    expect(whatItAdds(iso27001, lab, []).points.find((p) => p.kind === 'certification')?.text).toMatch(/accredited against ISO 17025 .*not certification/)
    expect(whatItAdds(lab, iso27001, []).points.find((p) => p.kind === 'certification')?.text).toBe('ISO 27001 can be certified by an independent auditor.')
  })

  it('states the resolved value of an overridden aspect, the one the table shows', () => {
    const overrides = [{ standard: 'iso-27701', aspect: 'testing', value: 'Editor value' }]
    const point = whatItAdds(iso27001, iso27701, aspects, { overrides }).points.find((p) => p.key === 'aspect:testing')
    expect(point?.text).toBe('Testing: Editor value')
  })

  it('skips aspects with the same value or no value on the added side', () => {
    const a = makeStandard({ slug: 'a', aspectValues: [{ aspect: 'scope', value: 'Same' }, { aspect: 'testing', value: 'Audit' }] })
    const b = makeStandard({ slug: 'b', aspectValues: [{ aspect: 'scope', value: ' same ' }] })
    expect(whatItAdds(a, b, aspects).points.filter((p) => p.kind === 'aspect')).toEqual([])
    expect(whatItAdds(b, a, aspects).points.filter((p) => p.kind === 'aspect').map((p) => p.key)).toEqual(['aspect:testing'])
    expect(whatItAdds(b, a, aspects, { aspects: false }).points.some((p) => p.kind === 'aspect')).toBe(false)
  })

  it('is deterministic and total, with plain one-line text and unique keys', () => {
    fc.assert(
      fc.property(standardRecord(), standardRecord(), aspectList, (from, to, aspectRecords) => {
        const added = whatItAdds(from, to, aspectRecords)
        expect(whatItAdds(from, to, [...aspectRecords].reverse())).toEqual(added)
        expect(new Set(added.points.map((p) => p.key)).size).toBe(added.points.length)
        expect(added.points.filter((p) => p.kind === 'effort').length).toBeLessThanOrEqual(1)
        expect(added.points.map((p) => p.text).join(' ')).not.toMatch(/offers no certification|complements|not stated/)
        for (const point of added.points) {
          expect(point.text.trim().length).toBeGreaterThan(0)
          expect(point.text).not.toMatch(/undefined|NaN|\n/)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('lists as relations only the links the added standard holds that extend, build on or replace the other', () => {
    fc.assert(
      fc.property(standardRecord(), standardRecord(), (a, b) => {
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const point of whatItAdds(x, y, []).points.filter((p) => p.kind === 'relation')) {
            expect(point.key).toMatch(new RegExp(`^relation:${y.slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(extends|builds-on|replaces):`))
          }
        }
      }),
    )
  })
})
