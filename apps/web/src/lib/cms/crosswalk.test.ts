import { describe, expect, it, vi } from 'vitest'
import { installWorld } from '@/test/fixtures'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { crosswalkRequest, getEditionDiffPage, getPairCrosswalk, getRequirementPage, getSetsBetween, getStandardCatalog, parseBundle } from './crosswalk'

describe('crosswalkRequest', () => {
  it('names the standards once, sorted, and tags each', () => {
    expect(crosswalkRequest(['nis2', 'iso-27001', 'nis2'])).toEqual({
      path: '/api/crosswalk-data?standards=iso-27001%2Cnis2',
      tags: ['crosswalk:iso-27001', 'crosswalk:nis2'],
    })
  })
})

describe('getPairCrosswalk', () => {
  it('reads one tagged request and gives the overlap and the coverage both ways', async () => {
    const cms = installWorld(CROSSWALK_BUNDLE)
    const pair = await getPairCrosswalk(['iso-27001', 'nis2'], 'iso-27001-vs-nis2')
    const asked = cms.requests.filter((r) => r.path.startsWith('/api/crosswalk-data'))
    expect(asked).toEqual([{ path: '/api/crosswalk-data?standards=iso-27001%2Cnis2', tags: ['crosswalk:iso-27001', 'crosswalk:nis2'] }])
    expect(pair.coverage.map((c) => [c.from, c.to, c.total])).toEqual([
      ['iso-27001-2022', 'nis2-2022', 5],
      ['nis2-2022', 'iso-27001-2022', 7],
    ])
    // Names come from the site's index.
    expect(pair.overlap?.names).toEqual(['ISO 27001', 'NIS2'])
  })

  it('treats a CMS without the endpoint (404) as no crosswalk data, not an error', async () => {
    installWorld()
    expect(await getPairCrosswalk(['iso-27001', 'nis2'], 'iso-27001-vs-nis2')).toEqual({ overlap: null, coverage: [] })
    expect(await getStandardCatalog('iso-27001')).toBeNull()
    expect(await getRequirementPage('iso-27001', 'a-5-1')).toBeNull()
  })
})

describe('a failing crosswalk endpoint', () => {
  it('leaves the section out of a pair or standard page, and only there', async () => {
    const cms = installWorld(CROSSWALK_BUNDLE)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) =>
      String(input).includes('/api/crosswalk-data') ? new Response('{}', { status: 500 }) : realFetch(input, init),
    )
    expect(await getPairCrosswalk(['iso-27001', 'nis2'], 'iso-27001-vs-nis2')).toEqual({ overlap: null, coverage: [] })
    expect(await getStandardCatalog('iso-27001')).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/crosswalk of iso-27001-vs-nis2 left out: CMS answered 500/))
    // A requirement page is about crosswalk data alone: there the failure is the page's.
    await expect(getRequirementPage('iso-27001', 'a-5-1')).rejects.toThrow(/CMS answered 500/)
    expect(cms.requests.length).toBeGreaterThan(0)
    warn.mockRestore()
  })
})

describe('parseBundle', () => {
  it('skips entries that break the contract, and never trusts a non-bundle', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bundle = parseBundle({ ...CROSSWALK_BUNDLE, mappings: [...CROSSWALK_BUNDLE.mappings, { set: 'x', sources: 'A.5.1', targets: [], relationship: 'equal' }] })
    expect(bundle.mappings).toHaveLength(CROSSWALK_BUNDLE.mappings.length)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/skipped 1 crosswalk mappings/))
    expect(parseBundle('<html>')).toEqual({ editions: [], requirements: [], sets: [], mappings: [] })
    warn.mockRestore()
  })
})

describe('requirement pages, catalogs and edition diffs', () => {
  it('finds a requirement by its slugified refId, with its hierarchy and every mapping', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const page = await getRequirementPage('nis2', 'art-21-2-a')
    expect(page?.view).toMatchObject({ refId: 'Art. 21(2)(a)', title: 'Risk analysis and information system security policies' })
    expect(page?.view.ancestors.map((a) => a.refId)).toEqual(['Art. 21'])
    // Full-text licence: the official text comes along.
    expect(page?.view.text).toBe('policies on risk analysis and information system security;')
    expect(page?.view.mappings.map((m) => [m.edition, m.requirements.map((r) => r.refId), m.relationship])).toEqual([
      ['ISO/IEC 27001:2022', ['A.5.1'], 'broader than'],
      ['CSF 2.0', ['GV.PO-01'], 'broader than'],
    ])
  })

  it('reads a row from the target side inverted, and an untyped row as untyped', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const page = await getRequirementPage('iso-27001', 'a-5-1')
    expect(page?.view.mappings.map((m) => [m.edition, m.requirements.map((r) => r.refId), m.relationship, m.strength])).toEqual([
      ['Directive (EU) 2022/2555', ['Art. 21(2)(a)'], 'narrower than', 7],
      ['CSF 2.0', ['GV.PO-01'], 'related (untyped)', null],
      ['ISO/IEC 27001:2013', ['A.5.1.1'], 'equal', null],
    ])
    expect(page?.view.mappings[0]).toMatchObject({ gapNote: null })
    expect(page?.view.text).toBeNull()
  })

  it('is null for an unknown segment or standard (a 404, never a 500)', async () => {
    installWorld(CROSSWALK_BUNDLE)
    expect(await getRequirementPage('iso-27001', 'zz-99')).toBeNull()
    expect(await getRequirementPage('nope', 'a-5-1')).toBeNull()
    expect(await getRequirementPage('draft-only', 'a-5-1')).toBeNull()
  })

  it('shows an old edition’s requirement with the newer-edition notice', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const page = await getRequirementPage('iso-27001', 'a-12-4-1')
    expect(page?.view.edition.id).toBe('iso-27001-2013')
    expect(page?.view.notice).toMatchObject({ successor: 'ISO/IEC 27001:2022', deadline: '31 October 2025' })
  })

  it('gives an old edition’s requirement whose short address is taken its own page under the edition', async () => {
    installWorld(CROSSWALK_BUNDLE)
    // 4.1 is in both editions: the short address is the current edition's.
    expect((await getRequirementPage('iso-27001', '4-1'))?.view.edition.id).toBe('iso-27001-2022')
    const old = await getRequirementPage('iso-27001', '4-1', 'iso-27001-2013')
    expect(old?.view).toMatchObject({ refId: '4.1', edition: { id: 'iso-27001-2013' }, notice: { successor: 'ISO/IEC 27001:2022' } })
    expect(old?.path).toBe('/standards/iso-27001/editions/iso-27001-2013/requirements/4-1')
    expect(old?.view.ancestors).toEqual([expect.objectContaining({ refId: '4', path: '/standards/iso-27001/editions/iso-27001-2013/requirements/4' })])
    // The current edition under its edition address names the short one as its own.
    expect((await getRequirementPage('iso-27001', '4-1', 'iso-27001-2022'))?.path).toBe('/standards/iso-27001/requirements/4-1')
    // A 2013 requirement nobody shadows keeps the short address.
    expect((await getRequirementPage('iso-27001', 'a-12-4-1', 'iso-27001-2013'))?.path).toBe('/standards/iso-27001/requirements/a-12-4-1')
  })

  it('links an old edition’s shadowed requirement to its edition page everywhere', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const diff = (await getEditionDiffPage('iso-27001', 'iso-27001-2013--iso-27001-2022'))?.view
    const row = diff?.unchanged.find((c) => c.to[0]?.refId === '4.1')
    expect(row?.from).toEqual([expect.objectContaining({ refId: '4.1', path: '/standards/iso-27001/editions/iso-27001-2013/requirements/4-1' })])
    expect(row?.to).toEqual([expect.objectContaining({ refId: '4.1', path: '/standards/iso-27001/requirements/4-1' })])
    const page = await getRequirementPage('iso-27001', '4-1')
    expect(page?.view.mappings.find((m) => m.edition === 'ISO/IEC 27001:2013')?.requirements).toEqual([
      expect.objectContaining({ refId: '4.1', path: '/standards/iso-27001/editions/iso-27001-2013/requirements/4-1' }),
    ])
  })

  it('is null for an unknown, draft or foreign edition, or a segment the edition lacks', async () => {
    installWorld(CROSSWALK_BUNDLE)
    expect(await getRequirementPage('iso-27001', '4-1', 'iso-27001-1999')).toBeNull()
    expect(await getRequirementPage('iso-27001', 'art-21-2-a', 'nis2-2022')).toBeNull()
    expect(await getRequirementPage('iso-27001', 'a-5-7', 'iso-27001-2013')).toBeNull()
    expect(await getRequirementPage('iso-27001', '4-1', '../x')).toBeNull()
    expect(await getRequirementPage('iso-27001', '4-1', 'iso-27001-2013--iso-27001-2022')).toBeNull()
  })

  it('lists the catalog of the current edition by top-level group', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const catalog = await getStandardCatalog('iso-27001')
    expect(catalog?.edition.id).toBe('iso-27001-2022')
    expect(catalog?.groups.map((g) => [g.refId, g.children.length])).toEqual([
      ['4', 1],
      ['A.5', 3],
      ['A.8', 3],
    ])
    expect(catalog?.assessable).toBe(7)
    expect(catalog?.diffs.map((d) => d.path)).toEqual(['/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022'])
  })

  it('diffs two editions through the transition set', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const diff = (await getEditionDiffPage('iso-27001', 'iso-27001-2013--iso-27001-2022'))?.view
    expect(diff?.added.map((r) => r.refId)).toEqual(['A.5.7', 'A.8.16'])
    expect(diff?.changed.map((c) => [c.from.map((r) => r.refId), c.to.map((r) => r.refId), c.relationship])).toEqual([
      [['A.12.4.1', 'A.12.4.3'], ['A.8.15'], 'equal'],
      [['A.12.6.1'], ['A.8.8'], 'narrower than'],
    ])
    expect(diff?.unchanged.map((c) => c.to[0]?.refId)).toEqual(['4.1', 'A.5.1', 'A.5.24'])
    expect(diff?.removed).toEqual([])
    expect(diff?.deadline).toBe('31 October 2025')
    expect(await getEditionDiffPage('iso-27001', 'iso-27001-2022--nis2-2022')).toBeNull()
    expect(await getEditionDiffPage('iso-27001', 'nonsense')).toBeNull()
  })
})

describe('getSetsBetween', () => {
  it('answers the sets between two published standards with their rows, and null for unknown ones', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const between = await getSetsBetween('iso-27001', 'nis2')
    expect(between?.sets.map((s) => [s.id, s.mappings.length])).toEqual([['nis2-2022--iso-27001-2022', 4]])
    expect(await getSetsBetween('iso-27001', 'nope')).toBeNull()
    expect(await getSetsBetween('nis2', 'nis2')).toBeNull()
    expect((await getSetsBetween('iso-27001', 'iso-27002'))?.sets).toEqual([])
  })
})

describe('gap notes on a requirement page', () => {
  it('say whose extra they describe: the row’s targets', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const a88 = await getRequirementPage('iso-27001', 'a-8-8')
    expect(a88?.view.mappings.find((m) => m.edition === 'Directive (EU) 2022/2555')).toMatchObject({
      gapNoteLabel: 'A.8.8 also asks',
      gapNote: 'ISO/IEC 27001 also wants a defined timeline for acting on vulnerability information.',
    })
    const e = await getRequirementPage('nis2', 'art-21-2-e')
    expect(e?.view.mappings[0]).toMatchObject({ relationship: 'overlaps', gapNoteLabel: 'A.8.8 also asks' })
    const gap = await getRequirementPage('nis2', 'art-23-4-a')
    expect(gap?.view.mappings[0]).toMatchObject({ requirements: [], gapNoteLabel: 'No counterpart', relationship: 'nothing in ISO/IEC 27001:2022 maps to it' })
  })
})
