import { describe, expect, it } from 'vitest'
import type { LegalNature } from '../types'
import { legalNatureLabel } from './index'

describe('legalNatureLabel', () => {
  it.each([
    ['regulation', 'Regulation'],
    ['directive', 'Directive'],
    ['law', 'Law'],
    ['certifiable-standard', 'Certifiable standard'],
    ['accreditation-standard', 'Accreditation standard'],
    ['guidance-standard', 'Guidance standard'],
    ['framework', 'Framework'],
    ['industry-scheme', 'Industry scheme'],
  ] as const)('%s → %s', (nature, label) => {
    expect(legalNatureLabel(nature)).toBe(label)
  })

  it('humanizes unknown values', () => {
    expect(legalNatureLabel('withdrawn-standard' as LegalNature)).toBe('Withdrawn standard')
    expect(legalNatureLabel('' as LegalNature)).toBe('Standard')
  })
})
