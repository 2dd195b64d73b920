import { describe, expect, it } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { mergeBundles } from './merge-bundles'

describe('mergeBundles', () => {
  it('counts what several answers carry once, and loses nothing either carries', () => {
    const half = Math.floor(CROSSWALK_BUNDLE.requirements.length / 2)
    const first = { ...CROSSWALK_BUNDLE, requirements: CROSSWALK_BUNDLE.requirements.slice(0, half + 3) }
    const second = { ...CROSSWALK_BUNDLE, requirements: CROSSWALK_BUNDLE.requirements.slice(half) }
    const merged = mergeBundles([first, second])
    expect(merged.requirements).toHaveLength(CROSSWALK_BUNDLE.requirements.length)
    expect(merged.editions).toEqual(CROSSWALK_BUNDLE.editions)
    expect(merged.sets).toEqual(CROSSWALK_BUNDLE.sets)
    expect(merged.mappings).toEqual(CROSSWALK_BUNDLE.mappings)
    expect(mergeBundles([])).toEqual({ editions: [], requirements: [], sets: [], mappings: [] })
  })
})
