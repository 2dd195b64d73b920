import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePair } from '../parsePair/index'
import { pairSlug } from '../pairSlug/index'
import { shuffle, validSlug } from '../_lib/arbitraries'
import { parseSelection } from './index'

describe('parseSelection', () => {
  it('reads a canonical selection of three', () => {
    expect(parseSelection('gdpr-vs-iso-27701-vs-nis2')).toEqual({
      standards: ['gdpr', 'iso-27701', 'nis2'],
      canonical: {
        slug: 'gdpr-vs-iso-27701-vs-nis2',
        path: '/compare/gdpr-vs-iso-27701-vs-nis2',
        standards: ['gdpr', 'iso-27701', 'nis2'],
      },
      isCanonical: true,
    })
  })

  it('points any other order at the canonical one (natural order: iso-9001 before iso-27001)', () => {
    const parsed = parseSelection('nis2-vs-iso-27001-vs-iso-9001-vs-gdpr')
    expect(parsed?.standards).toEqual(['nis2', 'iso-27001', 'iso-9001', 'gdpr'])
    expect(parsed?.isCanonical).toBe(false)
    expect(parsed?.canonical.path).toBe('/compare/gdpr-vs-iso-9001-vs-iso-27001-vs-nis2')
  })

  it('reads pairs exactly as parsePair does', () => {
    expect(parseSelection('iso-27701-vs-iso-27032')?.canonical).toEqual(parsePair('iso-27701-vs-iso-27032')?.canonical)
    expect(parsePair('gdpr-vs-iso-27701-vs-nis2')).toBeNull()
  })

  it.each([
    '',
    'gdpr',
    'gdpr-vs-nis2-vs-gdpr',
    'gdpr-vs-gdpr',
    'a-vs-b-vs-c-vs-d-vs-e',
    'gdpr-vs-nis2-vs-',
    '-vs-gdpr-vs-nis2',
    'GDPR-vs-nis2-vs-popia',
    'gdpr-vs-nis2-vs-popia/',
    'gdpr-vs-nis2-vs-popia ',
    'gdpr-vs-nis2--vs-popia',
    'gdpr-vs-vs-nis2-vs-popia',
    'gdpr-vs-nis2-vs-pop%69a',
    `${'a'.repeat(200)}-vs-${'b'.repeat(200)}`,
  ])('rejects %j', (input) => {
    expect(parseSelection(input)).toBeNull()
  })

  it('gives the same canonical selection for every order of 2–4 distinct slugs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validSlug, { minLength: 2, maxLength: 4 }), fc.integer(), (slugs, seed) => {
        const a = parseSelection(slugs.join('-vs-'))
        const b = parseSelection(shuffle(slugs, seed).join('-vs-'))
        expect(a).not.toBeNull()
        expect(b?.canonical).toEqual(a?.canonical)
        expect(parseSelection(a!.canonical.slug)?.isCanonical).toBe(true)
        if (slugs.length === 2) expect(a?.canonical.slug).toBe(pairSlug(slugs[0]!, slugs[1]!))
      }),
    )
  })

  it('never throws and rejects anything with a repeated standard or more than four', () => {
    fc.assert(
      fc.property(fc.array(validSlug, { minLength: 1, maxLength: 7 }), (slugs) => {
        const parsed = parseSelection(slugs.join('-vs-'))
        const distinct = new Set(slugs).size === slugs.length
        if (!distinct || slugs.length < 2 || slugs.length > 4) expect(parsed).toBeNull()
      }),
    )
    fc.assert(fc.property(fc.string(), (s) => void parseSelection(s)))
  })
})
