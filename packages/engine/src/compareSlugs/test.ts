import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitySlug, validSlug } from '../_lib/arbitraries'
import { compareSlugs } from './index'

const sign = (n: number) => Math.sign(n) + 0
const slugLike = fc.oneof(validSlug, digitySlug, fc.string({ maxLength: 6 }), fc.stringMatching(/^[a0-9-]{0,6}$/))

describe('compareSlugs', () => {
  it('orders digit runs numerically', () => {
    expect(compareSlugs('iso-9001', 'iso-27001')).toBeLessThan(0)
    expect(compareSlugs('iso-27001', 'iso-9001')).toBeGreaterThan(0)
    expect(['iso-27001', 'iso-9001', 'gdpr', 'iso-27032', 'iso-14001'].sort(compareSlugs)).toEqual([
      'gdpr',
      'iso-9001',
      'iso-14001',
      'iso-27001',
      'iso-27032',
    ])
  })

  it('compares huge numbers without precision loss', () => {
    expect(compareSlugs('a-99999999999999999998', 'a-99999999999999999999')).toBeLessThan(0)
  })

  it('breaks ties by code unit (leading zeros)', () => {
    expect(compareSlugs('a-01', 'a-1')).toBeLessThan(0)
    expect(compareSlugs('a-1', 'a-01')).toBeGreaterThan(0)
    expect(compareSlugs('a-1', 'a-1')).toBe(0)
  })

  it('puts a prefix first', () => {
    expect(compareSlugs('iso', 'iso-27001')).toBeLessThan(0)
    expect(compareSlugs('', 'a')).toBeLessThan(0)
  })

  it('is not locale-dependent', () => {
    expect(compareSlugs('b', 'a')).toBeGreaterThan(0)
    expect(compareSlugs('Z', 'a')).toBeLessThan(0)
  })

  it('is reflexive and antisymmetric; 0 only for identical strings', () => {
    fc.assert(
      fc.property(slugLike, slugLike, (a, b) => {
        expect(compareSlugs(a, a)).toBe(0)
        expect(sign(compareSlugs(a, b)) + sign(compareSlugs(b, a))).toBe(0)
        expect(compareSlugs(a, b) === 0).toBe(a === b)
      }),
      { numRuns: 500 },
    )
  })

  it('is transitive', () => {
    fc.assert(
      fc.property(slugLike, slugLike, slugLike, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareSlugs) as [string, string, string]
        expect(compareSlugs(x, y)).toBeLessThanOrEqual(0)
        expect(compareSlugs(y, z)).toBeLessThanOrEqual(0)
        expect(compareSlugs(x, z)).toBeLessThanOrEqual(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('sorts the same whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(slugLike, { maxLength: 12 }), (items) => {
        const sorted = [...items].sort(compareSlugs)
        expect([...items].reverse().sort(compareSlugs)).toEqual(sorted)
      }),
    )
  })
})
