import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CostBand } from '../types'
import { anyNumber } from '../_lib/arbitraries'
import { costLabel } from './index'

describe('costLabel', () => {
  it('describes each band', () => {
    expect(costLabel(1)).toEqual({ label: '€', description: 'Under €10k typical first-year cost' })
    expect(costLabel(2)).toEqual({ label: '€€', description: '€10k–€50k typical first-year cost' })
    expect(costLabel(3)).toEqual({ label: '€€€', description: '€50k–€250k typical first-year cost' })
    expect(costLabel(4)).toEqual({ label: '€€€€', description: 'Over €250k typical first-year cost' })
  })

  it('clamps out-of-range bands', () => {
    expect(costLabel(0 as CostBand).label).toBe('€')
    expect(costLabel(9 as CostBand).label).toBe('€€€€')
    expect(costLabel(2.6 as CostBand).label).toBe('€€€')
    expect(costLabel(Number.NaN as CostBand).label).toBe('€')
  })

  it('is total', () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        expect(costLabel(n as CostBand).label).toMatch(/^€{1,4}$/)
      }),
    )
  })
})
