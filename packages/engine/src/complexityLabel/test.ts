import { describe, expect, it } from 'vitest'
import type { Complexity } from '../types'
import { complexityLabel } from './index'

describe('complexityLabel', () => {
  it('labels each level', () => {
    expect(complexityLabel('low')).toBe('Low')
    expect(complexityLabel('medium')).toBe('Medium')
    expect(complexityLabel('high')).toBe('High')
    expect(complexityLabel('' as Complexity)).toBe('Unknown')
  })
})
