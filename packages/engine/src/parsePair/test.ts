import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairSlug } from '../pairSlug/index'
import { anyText, validSlug } from '../_lib/arbitraries'
import { parsePair } from './index'

describe('parsePair', () => {
  it('reads a canonical pair', () => {
    expect(parsePair('iso-27032-vs-iso-27701')).toEqual({
      standards: ['iso-27032', 'iso-27701'],
      canonical: {
        slug: 'iso-27032-vs-iso-27701',
        path: '/compare/iso-27032-vs-iso-27701',
        standards: ['iso-27032', 'iso-27701'],
      },
      isCanonical: true,
    })
  })

  it('reads a reversed pair and points at the canonical one', () => {
    const parsed = parsePair('iso-27701-vs-iso-27032')
    expect(parsed?.standards).toEqual(['iso-27701', 'iso-27032'])
    expect(parsed?.isCanonical).toBe(false)
    expect(parsed?.canonical.slug).toBe('iso-27032-vs-iso-27701')
  })

  it.each([
    '',
    'iso-27032',
    'iso-27032-vs-',
    '-vs-iso-27701',
    'iso-27032-vs-iso-27701-vs-gdpr',
    'ISO-27032-vs-iso-27701',
    'iso-27032-VS-iso-27701',
    'iso-27032-vs-iso-27701/',
    'iso-27032-vs-iso-27701 ',
    ' iso-27032-vs-iso-27701',
    'iso-27032-vs-iso-27701?x=1',
    'iso%2027032-vs-iso-27701',
    'iso-27032-vs-iso%2D27701',
    'iso-27032--vs-iso-27701',
    'iso-9001-vs-iso-9001',
    'a-vs-vs-b',
    'vs-vs-a',
    `${'a'.repeat(100)}-vs-${'b'.repeat(100)}`,
  ])('rejects %j', (input) => {
    expect(parsePair(input)).toBeNull()
  })

  it('accepts up to 200 characters', () => {
    const input = `${'a'.repeat(98)}-vs-${'b'.repeat(98)}`
    expect(input.length).toBe(200)
    expect(parsePair(input)).not.toBeNull()
  })

  it('round-trips pairSlug for valid distinct slugs', () => {
    fc.assert(
      fc.property(validSlug, validSlug, (a, b) => {
        fc.pre(a !== b)
        const slug = pairSlug(a, b)
        const parsed = parsePair(slug)
        expect(parsed?.canonical.slug).toBe(slug)
        expect(parsed?.isCanonical).toBe(true)
        expect(parsed?.canonical.standards).toEqual([a, b].sort((x, y) => (pairSlug(x, y).startsWith(`${x}-vs-`) ? -1 : 1)))
        expect(parsePair(`${b}-vs-${a}`)?.canonical.slug).toBe(slug)
      }),
      { numRuns: 500 },
    )
  })

  it('is total, and anything accepted is two valid slugs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parsePair(text)
        if (parsed) expect(`${parsed.standards[0]}-vs-${parsed.standards[1]}`).toBe(text)
      }),
    )
  })
})
