import { describe, expect, it } from 'vitest'
import type { Obligation } from '../types'
import { obligationLabel } from './index'

describe('obligationLabel', () => {
  it('labels both obligations', () => {
    expect(obligationLabel('mandatory')).toBe('Mandatory')
    expect(obligationLabel('voluntary')).toBe('Voluntary')
  })

  it('stays total on values outside the type', () => {
    expect(obligationLabel('recommended-by-law' as Obligation)).toBe('Recommended by law')
    expect(obligationLabel('' as Obligation)).toBe('Unspecified')
    expect(obligationLabel('constructor' as Obligation)).toBe('Constructor')
  })
})
