import { describe, expect, it } from 'vitest'
import { CROSSWALK_BUNDLE, withoutSets } from '@/test/crosswalk-bundle'
import { indexCrosswalk } from './crosswalk-index'
import { buildRequirementOverlap, coverageSummaries, pairCoverage, pairEditions } from './pair-overlap'

const names = new Map([
  ['iso-27001', 'ISO 27001'],
  ['nis2', 'NIS2'],
  ['nist-csf-2', 'NIST CSF 2.0'],
])
const index = indexCrosswalk(CROSSWALK_BUNDLE, names)

describe('pair coverage', () => {
  it('faces the current editions joined by a set', () => {
    const found = pairEditions(index, ['iso-27001', 'nis2'])
    expect(found?.linked).toBe(true)
    expect(found?.editions.map((e) => e.id)).toEqual(['iso-27001-2022', 'nis2-2022'])
  })

  it('counts both ways from the typed set: full, partial, none (gap row), unknown', () => {
    const [isoToNis2, nis2ToIso] = coverageSummaries(pairCoverage(index, ['iso-27001', 'nis2']))
    expect(isoToNis2).toMatchObject({ from: 'iso-27001-2022', to: 'nis2-2022', full: 1, partial: 2, related: 0, none: 1, unknown: 1, total: 5 })
    expect(isoToNis2?.sets.map((s) => s.id)).toEqual(['nis2-2022--iso-27001-2022'])
    // NIS2 → ISO: 21(2)(a) ⊃ A.5.1 covers it; 21(2)(b) = A.5.24; 21(2)(e) overlaps A.8.8; the rest nobody says.
    expect(nis2ToIso).toMatchObject({ from: 'nis2-2022', to: 'iso-27001-2022', full: 2, partial: 1, none: 0, total: 7 })
    expect(nis2ToIso!.unknown).toBe(4)
  })

  it('reads an untyped crosswalk as related, never as coverage', () => {
    const [csfToIso] = coverageSummaries(pairCoverage(index, ['nist-csf-2', 'iso-27001']))
    expect(csfToIso).toMatchObject({ full: 0, partial: 0, related: 3, score: 0 })
  })
})

describe('buildRequirementOverlap', () => {
  const view = buildRequirementOverlap(index, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')!

  it('groups what NIS2 adds by its hierarchy, covered ones apart, partial ones with their gap note', () => {
    const toNis2 = view.directions[0]!
    expect(toNis2.toName).toBe('NIS2')
    expect(toNis2.groups.map((g) => g.heading?.refId)).toEqual(['Art. 21', 'Art. 23'])
    const art21 = toNis2.groups[0]!
    expect(art21.items.map((r) => [r.refId, r.status])).toEqual([
      ['Art. 21(2)(a)', 'partial'],
      ['Art. 21(2)(b)', 'full'],
      ['Art. 21(2)(d)', 'unknown'],
      ['Art. 21(2)(e)', 'partial'],
    ])
    const a = art21.items[0]!
    expect(a).toMatchObject({ status: 'partial', statusLabel: 'Partly covered', path: '/standards/nis2/requirements/art-21-2-a' })
    // The set is stored NIS2 → ISO: its notes say what ISO adds, so none shows on NIS2's side…
    expect(a.gapNote).toBeNull()
    expect(a.evidence[0]).toMatchObject({ relationship: 'narrower than', publisher: 'Versus editorial' })
    expect(a.evidence[0]!.requirements[0]).toMatchObject({ refId: 'A.5.1', path: '/standards/iso-27001/requirements/a-5-1' })
    // …except a gap row's, which says why nothing maps.
    expect(toNis2.groups[1]!.items[0]).toMatchObject({ refId: 'Art. 23(4)(a)', status: 'none', gapNote: 'ISO/IEC 27001 sets no deadline for reporting to an authority.' })
    const toIso = view.directions[1]!
    const a88 = toIso.groups.flatMap((g) => g.items).find((r) => r.refId === 'A.8.8')
    expect(a88).toMatchObject({ status: 'partial', gapNote: 'ISO/IEC 27001 also wants a defined timeline for acting on vulnerability information.' })
    expect(toNis2.csvPath).toBe('/compare/iso-27001-vs-nis2/checklist/nis2.csv')
    expect(toNis2.scoreLabel).toMatch(/^\d+%$/)
  })

  it('labels a requirement by its title, by our summary when the licence allows ids only', () => {
    const idsOnly = indexCrosswalk(
      { ...CROSSWALK_BUNDLE, editions: CROSSWALK_BUNDLE.editions.map((e) => (e.id === 'iso-27001-2022' ? { ...e, textLicence: 'ids-only' as const } : e)) },
      names,
    )
    const toIso = buildRequirementOverlap(idsOnly, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')!.directions[1]!
    const items = toIso.groups.flatMap((g) => g.items)
    expect(items.find((r) => r.refId === 'A.5.1')?.title).toBe('Have approved security policies and keep them current.')
    expect(items.find((r) => r.refId === 'A.5.7')?.title).toBeNull()
  })

  it('names the sets behind the figures with their licence, and no inferred candidates', () => {
    expect(view.sources.map((s) => [s.publisher, s.licence])).toEqual([['Versus editorial', 'CC-BY-4.0']])
    expect(view.inferred).toBeNull()
    expect(view.notices).toEqual([])
  })

  it('with no set between the two, shows candidates through a pivot, labelled inferred and never counted', () => {
    // Untyped links compose into nothing (only `equal` carries `related`): type the CSF → ISO links here.
    const typed = withoutSets(CROSSWALK_BUNDLE, ['nis2-2022--iso-27001-2022'])
    typed.sets = typed.sets.map((s) => (s.id === 'nist-csf-2-0--iso-27001-2022' ? { ...s, method: 'set-theory' as const } : s))
    typed.mappings = typed.mappings.map((m) => (m.set === 'nist-csf-2-0--iso-27001-2022' ? { ...m, relationship: 'equal' as const } : m))
    const bare = indexCrosswalk(typed, names)
    const inferredView = buildRequirementOverlap(bare, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')!
    expect(inferredView.directions).toEqual([])
    expect(inferredView.inferred?.candidates.length).toBeGreaterThan(0)
    expect(inferredView.inferred?.candidates[0]).toMatchObject({ via: ['CSF 2.0'], source: { refId: 'A.5.1' }, target: { refId: 'Art. 21(2)(a)' } })
    // Untyped pivots give no candidate: the section only says that nobody mapped the two.
    const untyped = indexCrosswalk(withoutSets(CROSSWALK_BUNDLE, ['nis2-2022--iso-27001-2022']), names)
    expect(buildRequirementOverlap(untyped, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')).toMatchObject({ directions: [], inferred: null, sources: [] })
    expect(inferredView.sources.map((s) => s.id).sort()).toEqual(['nis2-2022--nist-csf-2-0', 'nist-csf-2-0--iso-27001-2022'])
  })

  it('never shows a draft set, even if one reaches the site', () => {
    const drafted = indexCrosswalk(
      { ...CROSSWALK_BUNDLE, sets: CROSSWALK_BUNDLE.sets.map((s) => (s.id === 'nis2-2022--iso-27001-2022' ? { ...s, status: 'draft' as const } : s)) },
      names,
    )
    expect(pairCoverage(drafted, ['iso-27001', 'nis2'])).toEqual([])
    expect(drafted.bundle.mappings.some((m) => m.set === 'nis2-2022--iso-27001-2022')).toBe(false)
  })

  it('says nothing when a side has no catalog, and only that nobody mapped them when both have one', () => {
    expect(buildRequirementOverlap(index, ['iso-27001', 'gdpr'], 'gdpr-vs-iso-27001')).toBeNull()
    const lone = indexCrosswalk(withoutSets(CROSSWALK_BUNDLE, ['nis2-2022--iso-27001-2022', 'nis2-2022--nist-csf-2-0']), names)
    expect(buildRequirementOverlap(lone, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')).toMatchObject({ directions: [], inferred: null })
  })

  it('warns when the only data is about a superseded edition', () => {
    const old = indexCrosswalk(
      {
        ...CROSSWALK_BUNDLE,
        sets: [...CROSSWALK_BUNDLE.sets.filter((s) => s.id !== 'nis2-2022--iso-27001-2022'), { id: 'nis2-2022--iso-27001-2013', sourceEdition: 'nis2-2022', targetEdition: 'iso-27001-2013', publisher: 'Versus editorial', method: 'set-theory', comprehensive: false, status: 'complete' }],
        mappings: [...CROSSWALK_BUNDLE.mappings.filter((m) => m.set !== 'nis2-2022--iso-27001-2022'), { set: 'nis2-2022--iso-27001-2013', sources: ['Art. 21(2)(b)'], targets: ['A.16.1.1'], relationship: 'equal' }],
      },
      names,
    )
    const v = buildRequirementOverlap(old, ['iso-27001', 'nis2'], 'iso-27001-vs-nis2')!
    expect(v.editions[0]).toMatchObject({ id: 'iso-27001-2013', statusLabel: 'Superseded' })
    expect(v.notices[0]).toMatchObject({ successor: 'ISO/IEC 27001:2022', deadline: '31 October 2025', diffPath: '/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022' })
  })
})
