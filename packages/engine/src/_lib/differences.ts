import type { DifferenceRow } from '../model'
import type { AspectOverride, AspectRecord, StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import { arrayOr, slugOf } from './normalize'
import { cleanParagraphs, foldForCompare, stringOr } from './text'

/** Shown where a standard has no value for an aspect. */
export const MISSING_VALUE = '—'

function orderOf(aspect: AspectRecord): number {
  return typeof aspect.order === 'number' && !Number.isNaN(aspect.order) ? aspect.order : Number.POSITIVE_INFINITY
}

/** Aspects by (order, slug); the first record of a duplicated slug wins. */
export function sortAspects(aspects: readonly AspectRecord[] | null | undefined): AspectRecord[] {
  const seen = new Set<string>()
  const unique: AspectRecord[] = []
  for (const aspect of arrayOr(aspects)) {
    if (!aspect || typeof aspect !== 'object') continue
    const slug = stringOr(aspect.slug)
    if (seen.has(slug)) continue
    seen.add(slug)
    unique.push(aspect)
  }
  return unique.sort((a, b) => {
    const oa = orderOf(a)
    const ob = orderOf(b)
    return oa < ob ? -1 : oa > ob ? 1 : compareSlugs(stringOr(a.slug), stringOr(b.slug))
  })
}

/** The standard's own value per aspect slug (first entry wins, blank values skipped). */
export function valuesOf(standard: StandardRecord): Map<string, string> {
  const values = new Map<string, string>()
  for (const entry of arrayOr(standard.aspectValues)) {
    if (!entry || typeof entry !== 'object' || typeof entry.aspect !== 'string') continue
    const value = cleanParagraphs(entry.value)
    if (value && !values.has(entry.aspect)) values.set(entry.aspect, value)
  }
  return values
}

/** Overrides keyed "<standard>\u0000<aspect>"; the first non-blank one wins. */
function overridesOf(overrides: readonly AspectOverride[] | null | undefined): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of arrayOr(overrides)) {
    if (!entry || typeof entry !== 'object') continue
    const value = cleanParagraphs(entry.value)
    const key = `${stringOr(entry.standard)}\u0000${stringOr(entry.aspect)}`
    if (value && !map.has(key)) map.set(key, value)
  }
  return map
}

/** One row per aspect: each side's value, or the editor's override of it. */
export function buildDifferences(
  aspects: readonly AspectRecord[] | null | undefined,
  a: StandardRecord,
  b: StandardRecord,
  overrides: readonly AspectOverride[] | null | undefined,
  values: [ReadonlyMap<string, string>, ReadonlyMap<string, string>] = [valuesOf(a), valuesOf(b)],
): DifferenceRow[] {
  const sides = [
    { slug: slugOf(a), values: values[0] },
    { slug: slugOf(b), values: values[1] },
  ]
  const overrideMap = overridesOf(overrides)
  return sortAspects(aspects).map((aspect) => {
    const aspectSlug = stringOr(aspect.slug)
    const cells = sides.map((side) => {
      const generated = side.values.get(aspectSlug) ?? MISSING_VALUE
      const override = overrideMap.get(`${side.slug}\u0000${aspectSlug}`)
      if (override !== undefined) return { value: override, overridden: true, generated }
      return { value: generated, overridden: false, generated }
    })
    const [left, right] = cells as [(typeof cells)[number], (typeof cells)[number]]
    const same =
      left.value !== MISSING_VALUE &&
      right.value !== MISSING_VALUE &&
      foldForCompare(left.value) === foldForCompare(right.value)
    return {
      aspect,
      values: [left.value, right.value],
      same,
      recorded: left.value !== MISSING_VALUE || right.value !== MISSING_VALUE,
      overridden: [left.overridden, right.overridden],
      generated: [left.generated, right.generated],
    }
  })
}
