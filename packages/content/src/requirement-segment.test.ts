import { describe, expect, it } from 'vitest'

import { requirementSegment } from './requirement-segment'

describe('requirementSegment', () => {
  it.each([
    ['A.5.1', 'a-5-1'],
    ['GV.OC-01', 'gv-oc-01'],
    ['AC-2(1)', 'ac-2-1'],
    ['Art. 21(2)(a)', 'art-21-2-a'],
    ['4.4', '4-4'],
    ['  Clause 10 ', 'clause-10'],
    ['Zürich §3', 'zurich-3'],
    ['()', ''],
  ])('%s → %s', (refId, segment) => {
    expect(requirementSegment(refId)).toBe(segment)
  })

  it('keeps distinct printed ids of one catalog distinct where they differ in letters or digits', () => {
    const ids = ['A.5.1', 'A.5.10', 'A.5.11', 'A.51', 'AC-2', 'AC-2(1)', 'AC-21']
    const segments = ids.map(requirementSegment)
    expect(segments).toEqual(['a-5-1', 'a-5-10', 'a-5-11', 'a-51', 'ac-2', 'ac-2-1', 'ac-21'])
    expect(new Set(segments).size).toBe(ids.length)
  })
})
