import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyText, validSlug } from '../_lib/arbitraries'
import { isValidSlug } from './index'

describe('isValidSlug', () => {
  it.each(['iso-27001', 'gdpr', 'nis2', 'a', '0', 'pci-dss-v401', 'vsx', 'a-vsx-b', 'versus'])('accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true)
  })

  it.each([
    '',
    'ISO-27001',
    'iso 27001',
    '-iso',
    'iso-',
    'iso--27001',
    'iso_27001',
    'iso-27001-vs-gdpr',
    'vs',
    'vs-code',
    'code-vs',
    'é',
    'iso%2027001',
  ])('rejects %j', (slug) => {
    expect(isValidSlug(slug)).toBe(false)
  })

  it('accepts every generated valid slug', () => {
    fc.assert(
      fc.property(validSlug, (slug) => {
        expect(isValidSlug(slug)).toBe(true)
      }),
    )
  })

  it('never accepts a slug containing the pair separator', () => {
    fc.assert(fc.property(anyText, (text) => !isValidSlug(text) || !text.includes('-vs-')))
  })
})
