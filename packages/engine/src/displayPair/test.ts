import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validSlug } from '../_lib/arbitraries'
import { comparisonPath } from '../comparisonPath/index'
import { pairSlug } from '../pairSlug/index'
import { parsePair } from '../parsePair/index'
import { displayPair, pairOrders } from './index'

const distinctPair = fc.tuple(validSlug, validSlug).filter(([a, b]) => a !== b)

describe('pairOrders', () => {
  it('keys each chosen order by the canonical pair slug', () => {
    const orders = pairOrders([['soc-2', 'iso-27001'], ['gdpr', 'iso-27701']])
    expect(orders.get('iso-27001-vs-soc-2')).toEqual(['soc-2', 'iso-27001'])
    expect(orders.get('gdpr-vs-iso-27701')).toEqual(['gdpr', 'iso-27701'])
    expect(orders.size).toBe(2)
  })

  it('skips self-pairs and malformed entries; the first listing of a pair wins', () => {
    const orders = pairOrders([
      ['gdpr', 'gdpr'],
      null,
      ['a', 7] as unknown as [string, string],
      ['nis2', 'dora'],
      ['dora', 'nis2'],
    ])
    expect([...orders.values()]).toEqual([['nis2', 'dora']])
  })
})

describe('displayPair', () => {
  it('shows a reviewed pair in its chosen order, whichever order it is asked in', () => {
    const orders = pairOrders([['soc-2', 'iso-27001']])
    for (const [a, b] of [['soc-2', 'iso-27001'], ['iso-27001', 'soc-2']] as const) {
      expect(displayPair(a, b, orders)).toEqual({
        slug: 'soc-2-vs-iso-27001',
        path: '/compare/soc-2-vs-iso-27001',
        standards: ['soc-2', 'iso-27001'],
      })
    }
  })

  it('shows any other pair in canonical order', () => {
    const orders = pairOrders([['soc-2', 'iso-27001']])
    expect(displayPair('soc-2', 'gdpr', orders).path).toBe('/compare/gdpr-vs-soc-2')
    expect(displayPair('soc-2', 'iso-27001').path).toBe('/compare/iso-27001-vs-soc-2')
    expect(comparisonPath('soc-2', 'iso-27001')).toBe('/compare/iso-27001-vs-soc-2')
    expect(comparisonPath('iso-27001', 'soc-2', orders)).toBe('/compare/soc-2-vs-iso-27001')
  })

  it('gives the same address for both argument orders, with or without chosen orders', () => {
    fc.assert(
      fc.property(distinctPair, fc.array(distinctPair, { maxLength: 6 }), ([a, b], chosen) => {
        const orders = pairOrders(chosen)
        expect(displayPair(a, b, orders)).toEqual(displayPair(b, a, orders))
        expect(displayPair(a, b)).toEqual(displayPair(b, a))
      }),
    )
  })

  it('lets the chosen order win for a reviewed pair, and parsePair reads its address back', () => {
    fc.assert(
      fc.property(distinctPair, fc.array(distinctPair, { maxLength: 6 }), ([a, b], others) => {
        const orders = pairOrders([[a, b], ...others])
        const shown = displayPair(b, a, orders)
        expect(shown.standards).toEqual([a, b])
        expect(shown.path).toBe(`/compare/${a}-vs-${b}`)
        // the same pair whatever its order: one key, one page
        expect(pairSlug(...shown.standards)).toBe(pairSlug(a, b))
        expect(parsePair(shown.slug)?.standards).toEqual([a, b])
      }),
    )
  })

  it('without a chosen order, is the canonical pair', () => {
    fc.assert(
      fc.property(distinctPair, ([a, b]) => {
        expect(displayPair(a, b).slug).toBe(pairSlug(a, b))
      }),
    )
  })
})
