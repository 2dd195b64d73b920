import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aspectList, standardRecord } from '../_lib/arbitraries'
import { aspects, gdpr, iso27001, iso27032, iso27701, makeStandard, nis2 } from '../_lib/fixtures'
import { whatItAdds } from './index'

describe('whatItAdds', () => {
  it('says what ISO 27701 adds to ISO 27001, relation first, effort last', () => {
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
      'effort',
    ])
    expect(added.points[0]?.text).toBe('ISO 27701 extends ISO 27001.')
    expect(added.points[2]).toMatchObject({
      kind: 'aspect',
      text: 'Scope: Privacy management system for PII processing (ISO 27001: not stated)',
      aspect: { name: 'Scope', from: '—', to: 'Privacy management system for PII processing' },
    })
  })

  it('reads the relation from either side', () => {
    expect(whatItAdds(iso27701, iso27001, aspects).points[0]?.text).toBe('ISO 27701 extends ISO 27001.')
  })

  it('names an added legal obligation, certification, legal nature, jurisdiction and effort', () => {
    const texts = whatItAdds(iso27001, gdpr, aspects).points.map((p) => p.text)
    expect(texts).toEqual([
      'GDPR is mandatory where it applies, while ISO 27001 is voluntary: complying with GDPR is a legal obligation, not a choice.',
      'GDPR offers no certification of its own, unlike ISO 27001.',
      'GDPR is a regulation, where ISO 27001 is a certifiable standard.',
      'Jurisdiction: European Union for GDPR, against International for ISO 27001.',
      'GDPR is a heavier lift than ISO 27001: high complexity, typically 6–18 months (against 6–12 months) to implement, a €€€€ cost band (against €€€).',
    ])
    const certifiable = whatItAdds(nis2, iso27701, []).points.find((p) => p.kind === 'certification')
    expect(certifiable?.text).toBe('ISO 27701 can be certified by an independent auditor; NIS2 offers no certification of its own.')
    expect(whatItAdds(iso27701, iso27032, []).points.at(-1)?.text).toBe(
      'ISO 27032 is a lighter lift than ISO 27701: medium complexity (against high), typically 3–6 months (against 6–12 months) to implement, a €€ cost band (against €€€).',
    )
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
        expect(added.points.at(-1)?.kind).toBe('effort')
        for (const point of added.points) {
          expect(point.text.trim().length).toBeGreaterThan(0)
          expect(point.text).not.toMatch(/undefined|NaN|\n/)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('mentions the same relations in both directions', () => {
    fc.assert(
      fc.property(standardRecord(), standardRecord(), (a, b) => {
        const relations = (x: typeof a, y: typeof b) =>
          whatItAdds(x, y, []).points.filter((p) => p.kind === 'relation').map((p) => p.key).sort()
        expect(relations(a, b)).toEqual(relations(b, a))
      }),
    )
  })
})
