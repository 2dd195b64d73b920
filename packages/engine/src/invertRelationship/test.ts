import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MappingRelationship } from '../types'
import { invertRelationship } from './index'

const all: MappingRelationship[] = ['equal', 'subset', 'superset', 'intersect', 'not-related', 'related']

describe('invertRelationship', () => {
  it('swaps subset and superset and keeps the symmetric ones', () => {
    expect(all.map(invertRelationship)).toEqual(['equal', 'superset', 'subset', 'intersect', 'not-related', 'related'])
  })

  it('is an involution', () => {
    for (const r of all) expect(invertRelationship(invertRelationship(r))).toBe(r)
  })

  it('reads anything else as an untyped link', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const inverted = invertRelationship(value as MappingRelationship)
        expect(all).toContain(inverted)
        if (!all.includes(value as MappingRelationship)) expect(inverted).toBe('related')
      }),
    )
    expect(invertRelationship('toString' as MappingRelationship)).toBe('related')
  })
})
