import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidSlug } from '../isValidSlug/index'
import { anyText } from '../_lib/arbitraries'
import { slugify } from './index'

describe('slugify', () => {
  it.each([
    ['ISO/IEC 27032', 'isoiec-27032'],
    ['ISO 27032', 'iso-27032'],
    ['PCI DSS v4.0.1', 'pci-dss-v401'],
    ['EU AI Act', 'eu-ai-act'],
    ['NIS2', 'nis2'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['Loi Informatique et Libertés', 'loi-informatique-et-libertes'],
    ['Ångström Ünïcødé', 'angstrom-unicode'],
    ['ISO 27001:2022', 'iso-270012022'],
    ['ﬁnance ①', 'finance-1'],
    ['', ''],
    ['!!!', ''],
    ['日本', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('is total and yields only slug characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = slugify(text)
        expect(slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)).toBe(true)
      }),
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(slugify(slugify(text))).toBe(slugify(text))
      }),
    )
  })

  it('gives a valid slug for names without a "vs" word', () => {
    expect(isValidSlug(slugify('ISO/IEC 27701:2019'))).toBe(true)
  })
})

describe('slugify fast path', () => {
  it('gives the same result for ASCII as the Unicode path would (checked against a regex reference)', () => {
    const reference = (text: string) =>
      text
        .toLowerCase()
        .replace(/[/:.]+/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(slugify(text)).toBe(reference(text))
      }),
      { numRuns: 1000 },
    )
  })
})
