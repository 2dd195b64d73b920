import { describe, expect, it } from 'vitest'
import { comparisonPath } from './index'

describe('comparisonPath', () => {
  it('comparisonPath is canonical', () => {
    expect(comparisonPath('iso-27701', 'iso-27032')).toBe('/compare/iso-27032-vs-iso-27701')
    expect(comparisonPath('iso-27032', 'iso-27701')).toBe('/compare/iso-27032-vs-iso-27701')
  })
})

