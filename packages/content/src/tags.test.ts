import { describe, expect, it } from 'vitest'

import { pairKeyOf } from './ids'
import { crosswalkTag } from './crosswalk-tags'
import { MAX_TAG_LENGTH, TAG_PATTERN, TAGS, articleTag, comparisonTag, standardTag } from './tags'

describe('cache tags', () => {
  it('accepts every named tag and every built one', () => {
    for (const tag of Object.values(TAGS)) expect(TAG_PATTERN.test(tag), tag).toBe(true)
    expect(TAG_PATTERN.test(standardTag('iso-27001'))).toBe(true)
    expect(TAG_PATTERN.test(articleTag('isms-in-90-days'))).toBe(true)
    // The CMS sends it for every crosswalk change (crosswalk-tags.ts): a refused tag fails the whole call.
    expect(TAG_PATTERN.test(crosswalkTag('nist-sp-800-53'))).toBe(true)
    expect(TAG_PATTERN.test(comparisonTag(pairKeyOf(12, 3) ?? ''))).toBe(true)
    expect(TAG_PATTERN.test(comparisonTag(pairKeyOf('665f1c2a9b1e8a0000000001', '665f1c2a9b1e8a0000000002') ?? ''))).toBe(true)
    expect(comparisonTag('3:12')).toBe('comparison:3:12')
  })

  it('refuses names the site does not know and characters outside slugs', () => {
    for (const tag of ['standard', 'standard:', 'crosswalk:', 'crosswalk:a/b', 'standard:a b', 'article:x/y', 'comparisons-list', 'Standards', '']) {
      expect(TAG_PATTERN.test(tag), tag).toBe(false)
    }
    expect(MAX_TAG_LENGTH).toBeGreaterThan(standardTag('x'.repeat(100)).length)
  })
})
