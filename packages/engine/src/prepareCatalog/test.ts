import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { StandardRecord } from '../types'
import { compareStandards } from '../compareStandards/index'
import { rankRelatedComparisons } from '../rankRelatedComparisons/index'
import { compareInput, pooledSlug, standardRecord } from '../_lib/arbitraries'
import { articles, aspects, comparisons, iso27032, iso27701, standards } from '../_lib/fixtures'
import { prepareCatalog } from './index'

describe('prepareCatalog', () => {
  it('keeps the same arrays and stays a plain catalog to JSON', () => {
    const catalog = { standards, comparisons, articles }
    const prepared = prepareCatalog(catalog)
    expect(prepared.standards).toBe(standards)
    expect(prepared.comparisons).toBe(comparisons)
    expect(prepared.articles).toBe(articles)
    expect(Object.keys(prepared)).toEqual(['standards', 'comparisons', 'articles'])
    expect(JSON.parse(JSON.stringify(prepared))).toEqual(JSON.parse(JSON.stringify(catalog)))
  })

  it('gives the same comparison model as the raw catalog', () => {
    const raw = { standards, comparisons, articles }
    const input = { standards: [iso27701, iso27032] as [typeof iso27701, typeof iso27032], aspects }
    expect(compareStandards({ ...input, catalog: prepareCatalog(raw) })).toEqual(compareStandards({ ...input, catalog: raw }))
  })

  it('falls back to the raw arrays when a spread replaces one', () => {
    const prepared = prepareCatalog({ standards, comparisons })
    const fewer = { ...prepared, comparisons: comparisons.slice(0, 2) }
    expect(rankRelatedComparisons(['iso-27032', 'iso-27701'], fewer)).toEqual(
      rankRelatedComparisons(['iso-27032', 'iso-27701'], { standards, comparisons: comparisons.slice(0, 2) }),
    )
  })

  it('is equivalent to per-call indexing on arbitrary catalogs', () => {
    fc.assert(
      fc.property(compareInput, (input) => {
        const catalog = input.catalog ?? {}
        expect(compareStandards({ ...input, catalog: prepareCatalog(catalog) })).toEqual(compareStandards(input))
      }),
      { numRuns: 300 },
    )
  })

  it('is equivalent when the pair records are the catalog records themselves (cached facts)', () => {
    fc.assert(
      fc.property(compareInput, fc.nat(), fc.nat(), (input, i, j) => {
        const catalog = input.catalog ?? {}
        const list = catalog.standards ?? []
        fc.pre(list.length > 0)
        const a = list[i % list.length] as StandardRecord
        const b = list[j % list.length] as StandardRecord
        const base = { ...input, standards: [a, b] as [StandardRecord, StandardRecord] }
        const prepared = compareStandards({ ...base, catalog: prepareCatalog(catalog) })
        expect(prepared).toEqual(compareStandards(base))
        // models never share mutable parts with each other
        const again = compareStandards({ ...base, catalog: prepareCatalog(catalog) })
        expect(again.headers[0]).not.toBe(prepared.headers[0])
      }),
      { numRuns: 300 },
    )
  })

  it('is equivalent for rankRelatedComparisons, pair records (drafts) included', () => {
    fc.assert(
      fc.property(
        compareInput,
        pooledSlug,
        pooledSlug,
        fc.array(standardRecord(), { maxLength: 2 }),
        fc.integer({ min: 0, max: 8 }),
        (input, a, b, drafts, limit) => {
          const catalog = { standards: input.catalog?.standards, comparisons: input.catalog?.comparisons }
          const options = { pairStandards: drafts, limit }
          expect(rankRelatedComparisons([a, b], prepareCatalog(catalog), options)).toEqual(
            rankRelatedComparisons([a, b], catalog, options),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('is total on an empty catalog', () => {
    expect(rankRelatedComparisons(['a', 'b'], prepareCatalog({}))).toEqual([])
  })
})
