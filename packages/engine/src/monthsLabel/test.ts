import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyNumber } from '../_lib/arbitraries'
import { monthsLabel } from './index'

describe('monthsLabel', () => {
  it('formats ranges and single values', () => {
    expect(monthsLabel(6, 12)).toBe('6–12 months')
    expect(monthsLabel(3, 3)).toBe('3 months')
    expect(monthsLabel(1, 1)).toBe('1 month')
    expect(monthsLabel(1.25, 2.5)).toBe('1.3–2.5 months')
  })

  it('swaps a reversed range and floors odd values at 0', () => {
    expect(monthsLabel(12, 6)).toBe('6–12 months')
    expect(monthsLabel(-3, 2)).toBe('0–2 months')
    expect(monthsLabel(Number.NaN, Number.NaN)).toBe('0 months')
  })

  it('is symmetric and total', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (a, b) => {
        expect(monthsLabel(a, b)).toBe(monthsLabel(b, a))
        expect(monthsLabel(a, b)).not.toMatch(/NaN|Infinity|undefined|-\d/)
      }),
    )
  })
})
