import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validSlug } from '../_lib/arbitraries'
import { pairSlug } from './index'

describe('pairSlug', () => {
  it('puts the slugs in canonical order', () => {
    expect(pairSlug('iso-27701', 'iso-27032')).toBe('iso-27032-vs-iso-27701')
    expect(pairSlug('iso-27032', 'iso-27701')).toBe('iso-27032-vs-iso-27701')
    expect(pairSlug('iso-27001', 'iso-9001')).toBe('iso-9001-vs-iso-27001')
    expect(pairSlug('nis2', 'gdpr')).toBe('gdpr-vs-nis2')
  })

  it('is symmetric', () => {
    fc.assert(
      fc.property(validSlug, validSlug, (a, b) => {
        expect(pairSlug(a, b)).toBe(pairSlug(b, a))
      }),
    )
  })
})
