import { describe, expect, it } from 'vitest'

import { pairKeyOf, relationId, sameId } from './ids'

describe('ids', () => {
  it('treats SQLite numbers and MongoDB strings alike', () => {
    expect(relationId(7)).toBe('7')
    expect(relationId('65f0c0ffee')).toBe('65f0c0ffee')
    expect(relationId({ id: 7, shortName: 'x' })).toBe('7')
    expect(relationId(null)).toBeNull()
    expect(sameId(7, '7')).toBe(true)
    expect(sameId(undefined, undefined)).toBe(false)
  })

  it('gives (A, B) and (B, A) the same pair key', () => {
    expect(pairKeyOf(12, 3)).toBe('12:3')
    expect(pairKeyOf(3, 12)).toBe('12:3')
    expect(pairKeyOf('b1', { id: 'a2' })).toBe('a2:b1')
    expect(pairKeyOf(1, null)).toBeNull()
  })
})
