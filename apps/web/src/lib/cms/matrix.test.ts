import { parseSelection } from '@versus/engine'
import { beforeEach, describe, expect, it } from 'vitest'
import { installWorld } from '@/test/fixtures'
import { getComparisonPage } from './comparisons'
import { getMatrixPage, isMatrixParam, lookupSelection } from './matrix'

beforeEach(() => {
  installWorld()
})

const published = { standards: ['iso-27001', 'iso-27032', 'iso-27701', 'nis2'].map((slug) => ({ slug }) as never) }

describe('isMatrixParam', () => {
  it('is true for three or four well-formed standards only', () => {
    expect(isMatrixParam('a-vs-b-vs-c')).toBe(true)
    expect(isMatrixParam('a-vs-b-vs-c-vs-d')).toBe(true)
    for (const param of ['a-vs-b', 'a-vs-b-vs-a', 'a-vs-b-vs-c-vs-d-vs-e', 'A-vs-b-vs-c', '']) expect(isMatrixParam(param), param).toBe(false)
  })
})

describe('lookupSelection', () => {
  it('serves a canonical selection of published standards', () => {
    expect(lookupSelection(parseSelection('iso-27001-vs-iso-27701-vs-nis2'), published)).toEqual({
      kind: 'page',
      slugs: ['iso-27001', 'iso-27701', 'nis2'],
    })
  })

  it('redirects another order, and is not found for unknown, repeated, pairs or too many', () => {
    expect(lookupSelection(parseSelection('nis2-vs-iso-27001-vs-iso-27701'), published)).toEqual({
      kind: 'redirect',
      path: '/compare/iso-27001-vs-iso-27701-vs-nis2',
    })
    for (const param of ['iso-27001-vs-nope-vs-nis2', 'iso-27001-vs-nis2-vs-iso-27001', 'iso-27001-vs-nis2', 'a-vs-b-vs-c-vs-d-vs-e']) {
      expect(lookupSelection(parseSelection(param), published), param).toEqual({ kind: 'not-found' })
    }
  })
})

describe('getMatrixPage', () => {
  it('renders three published standards without any comparison document', async () => {
    const result = await getMatrixPage('iso-27032-vs-iso-27701-vs-nis2')
    expect(result.kind).toBe('ok')
    if (result.kind !== 'ok') return
    expect(result.model.columns.map((c) => c.slug)).toEqual(['iso-27032', 'iso-27701', 'nis2'])
    expect(result.model.rows.find((r) => r.key === 'aspect:scope')?.values).toEqual(['Internet security', 'Privacy', '—'])
    // only iso-27032 vs iso-27701 has a published comparison
    expect(result.model.pairs.map((p) => [p.pair.slug, p.published])).toEqual([
      ['iso-27032-vs-iso-27701', true],
      ['iso-27032-vs-nis2', false],
      ['iso-27701-vs-nis2', false],
    ])
    expect(result.model.seo.canonicalUrl).toBe('https://versus.example/compare/iso-27032-vs-iso-27701-vs-nis2')
  })

  it('redirects other orders and is not found for drafts, unknowns and pairs', async () => {
    expect(await getMatrixPage('nis2-vs-iso-27032-vs-iso-27701')).toEqual({ kind: 'redirect', path: '/compare/iso-27032-vs-iso-27701-vs-nis2' })
    for (const param of ['draft-only-vs-iso-27001-vs-nis2', 'iso-27001-vs-nope-vs-nis2', 'iso-27001-vs-nis2', 'iso-27001-vs-nis2-vs-nis2']) {
      expect(await getMatrixPage(param), param).toEqual({ kind: 'not-found' })
    }
  })
})

describe('getComparisonPage: what each standard adds', () => {
  it('says what B adds to A and what A adds to B, relation first', async () => {
    const pair = await getComparisonPage('iso-27032-vs-iso-27701')
    if (pair.kind !== 'ok') throw new Error(pair.kind)
    const [forward, backward] = pair.adds ?? []
    expect(forward?.heading).toBe('Already comply with ISO 27032? What ISO 27701 adds')
    expect(backward?.heading).toBe('Already comply with ISO 27701? What ISO 27032 adds')
    expect(forward?.points.find((p) => p.kind === 'aspect')?.text).toBe('Scope: Privacy (ISO 27032: Internet security)')
    // The same lists the model carries: one resolved set of values for the table and these points.
    expect(pair.adds).toEqual(pair.model.adds)
    expect(forward?.points.map((p) => p.text).join(' ')).not.toMatch(/not stated|offers no certification/)
  })
})
