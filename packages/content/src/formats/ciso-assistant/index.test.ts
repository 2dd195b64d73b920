import { describe, expect, it } from 'vitest'

import { toCrosswalkRecords } from '../../crosswalk-records'
import { parseCrosswalkCsv } from '../crosswalk-csv'
import { toCrosswalkCsv } from '../crosswalk-csv/serialize'
import { parseOscalMappingCollection } from '../oscal-mapping-collection'
import { toOscalMappingCollection } from '../oscal-mapping-collection/serialize'
import { EXTERNAL_DIR, hasExternal, readExternal, readFixture, SKIP_EXTERNAL } from '../fixtures/read-fixture'
import { parseCisoAssistantLibrary } from '.'

const demoEditions = {
  'urn:versus:risk:framework:demo-2024': { edition: 'demo-2024', standard: 'demo', label: 'Demo 2024', year: 2024, textLicence: 'full-text' as const },
  'urn:versus:risk:framework:other-1': { edition: 'other-1', standard: 'other', label: 'Other 1', year: 2021 },
}

describe('parseCisoAssistantLibrary: a framework', () => {
  it('reads nodes into requirements, keeping the tree, order and headings', () => {
    const { bundle, problems } = parseCisoAssistantLibrary(readFixture('ciso-framework.yaml'), { editions: demoEditions })
    expect(problems).toEqual([])
    expect(bundle.editions).toEqual([
      expect.objectContaining({ id: 'demo-2024', standard: 'demo', label: 'Demo 2024', year: 2024, status: 'current', textLicence: 'full-text' }),
    ])
    expect(bundle.requirements.map((r) => [r.refId, r.parent, r.assessable, r.order])).toEqual([
      ['intro', null, false, 1],
      ['G', null, false, 2],
      ['G-1', 'G', true, 1],
      ['G-2', 'G', true, 2],
      ['G-2.a', 'G-2', true, 1],
    ])
    expect(bundle.requirements.find((r) => r.refId === 'G-1')).toMatchObject({ title: 'Policy', text: 'Keep a written policy.' })
  })

  it('keeps titles but never text unless the licence is full-text, and nothing but ids for ids-only', () => {
    const titles = parseCisoAssistantLibrary(readFixture('ciso-framework.yaml'), {
      editions: { 'urn:versus:risk:framework:demo-2024': { edition: 'demo-2024', standard: 'demo', textLicence: 'titles-and-ids' } },
    }).bundle.requirements
    expect(titles.every((r) => r.text === null)).toBe(true)
    expect(titles.find((r) => r.refId === 'G-2')?.title).toBe('Roles')
    const ids = parseCisoAssistantLibrary(readFixture('ciso-framework.yaml'), {
      editions: { 'urn:versus:risk:framework:demo-2024': { edition: 'demo-2024', standard: 'demo', textLicence: 'ids-only' } },
    }).bundle.requirements
    expect(ids.every((r) => r.text === null && r.title === null)).toBe(true)
  })

  it('derives ids for an unknown framework and says so', () => {
    const { bundle, problems } = parseCisoAssistantLibrary(readFixture('ciso-framework.yaml'))
    expect(bundle.editions[0]).toMatchObject({ id: 'demo-2024', standard: 'demo', year: 2024, textLicence: 'titles-and-ids' })
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', record: 'objects.framework', field: 'urn', reason: expect.stringContaining('unknown framework') }),
    ])
  })
})

describe('parseCisoAssistantLibrary: mapping sets', () => {
  it('drops the -revert set, merges the duplicate row and maps the relationship words', () => {
    const { bundle, problems } = parseCisoAssistantLibrary(readFixture('ciso-mapping.yaml'), {
      editions: demoEditions,
      knownRefIds: { 'demo-2024': ['G', 'G-1', 'G-2', 'G-2.a'], 'other-1': ['P.1', 'P.2', 'P.3', 'P.4'] },
    })
    expect(bundle.sets).toEqual([
      expect.objectContaining({
        id: 'demo-2024--other-1',
        title: 'Demo 2024 → Other 1',
        sourceEdition: 'demo-2024',
        targetEdition: 'other-1',
        publisher: 'Versus tests',
        method: 'set-theory',
        comprehensive: false,
        status: 'complete',
        sourceUrl: 'https://example.org/demo-mapping.xlsx',
      }),
    ])
    expect(bundle.mappings.map((m) => [m.sources, m.targets, m.relationship, m.rationale, m.strength])).toEqual([
      [['G-1'], ['P.1'], 'equal', 'semantic', 10],
      // the duplicate's strength fills the first row's gap
      [['G-2'], ['P.2'], 'subset', 'functional', 6],
      [['G-2.a'], ['P.3'], 'superset', null, null],
      [['G-1'], ['P.3'], 'intersect', null, null],
      [['G-2.a'], ['P.1'], 'not-related', null, null],
      [['G-1'], ['P.4'], 'related', null, null],
    ])
    expect(problems.map((p) => [p.severity, p.record, p.reason.slice(0, 20)])).toEqual([
      ['warning', 'requirement_mapping_sets[0].requirement_mappings[2]', 'duplicate of an earl'],
      ['warning', 'requirement_mapping_sets[1] (urn:versus:risk:req_mapping_set:demo-2024-to-other-1-revert)', 'dropped: a generated'],
    ])
  })

  it('guesses refIds of unknown frameworks by upper-casing, with a warning per framework', () => {
    const { bundle, problems } = parseCisoAssistantLibrary(readFixture('ciso-mapping.yaml'), { editions: demoEditions })
    expect(bundle.mappings[2]?.sources).toEqual(['G-2.A'])
    expect(problems.filter((p) => p.reason.includes('guessed by upper-casing')).map((p) => p.field)).toEqual([
      'source_framework_urn',
      'target_framework_urn',
    ])
  })

  it('reports a urn the known catalog lacks', () => {
    const { problems } = parseCisoAssistantLibrary(readFixture('ciso-mapping.yaml'), {
      editions: demoEditions,
      knownRefIds: { 'demo-2024': ['G-1', 'G-2', 'G-2.a'], 'other-1': ['P.1', 'P.2', 'P.3'] },
    })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ record: 'requirement_mapping_sets[0].requirement_mappings[6]', field: 'target_requirement_urn' }),
    ])
  })

  it('reads an all-intersect set without rationale as an untyped crosswalk unless told otherwise', () => {
    const yaml = readFixture('ciso-mapping.yaml').replace(/relationship: \w+/g, 'relationship: intersect').replace(/ +rationale: \w+\n/g, '')
    const read = parseCisoAssistantLibrary(yaml, { editions: demoEditions })
    expect(read.bundle.sets[0]?.method).toBe('crosswalk')
    expect(new Set(read.bundle.mappings.map((m) => m.relationship))).toEqual(new Set(['related']))
    const typed = parseCisoAssistantLibrary(yaml, { editions: demoEditions, setMethods: { 'demo-2024--other-1': 'set-theory' } })
    expect(typed.bundle.sets[0]?.method).toBe('set-theory')
    expect(new Set(typed.bundle.mappings.map((m) => m.relationship))).toEqual(new Set(['intersect', 'related']))
  })
})

describe('parseCisoAssistantLibrary: problems', () => {
  it('reports every problem of a file in one round, each naming its record and field', () => {
    const { problems } = parseCisoAssistantLibrary(readFixture('ciso-problems.yaml'))
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.record, p.field])).toEqual([
      ['requirement_nodes[2] (urn:versus:risk:req_node:broken-1:a-1-again)', 'ref_id'],
      ['requirement_nodes[3]', 'urn'],
      ['requirement_nodes[1] (urn:versus:risk:req_node:broken-1:a-1)', 'parent_urn'],
      ['requirement_nodes[4] (urn:versus:risk:req_node:broken-1:a-3)', 'assessable'],
      ['requirement_mapping_sets[0].requirement_mappings[0]', 'relationship'],
      ['requirement_mapping_sets[0].requirement_mappings[1]', 'rationale'],
      ['requirement_mapping_sets[0].requirement_mappings[1]', 'strength_of_relationship'],
      ['requirement_mapping_sets[0].requirement_mappings[2]', 'source_requirement_urn'],
      ['requirement_mapping_sets[0].requirement_mappings[3]', 'target_requirement_urn'],
      ['requirement_mapping_sets[1] (urn:versus:risk:req_mapping_set:no-target)', 'target_framework_urn'],
    ])
    expect(problems.find((p) => p.field === 'relationship')?.reason).toBe('unknown relationship "overlaps"')
  })

  it('rejects what is not a library', () => {
    expect(parseCisoAssistantLibrary('a: [').problems[0]).toMatchObject({ severity: 'error', reason: expect.stringContaining('not valid YAML') })
    expect(parseCisoAssistantLibrary('objects: 3').problems[0]).toMatchObject({ field: 'objects' })
    expect(parseCisoAssistantLibrary('objects: {}').problems[0]).toMatchObject({ reason: expect.stringContaining('neither') })
  })
})

describe.runIf(hasExternal)(`parseCisoAssistantLibrary: the real files in ${EXTERNAL_DIR}`, () => {
  const read = (name: string) => parseCisoAssistantLibrary(readExternal(`ciso-assistant/${name}`))

  it('reads the four frameworks with our ids, ISO without text, NIST with it', () => {
    const counts = Object.fromEntries(
      ['iso27001-2013.yaml', 'iso27001-2022.yaml', 'nist-csf-2.0.yaml', 'nist-sp-800-53-rev5.yaml'].map((name) => {
        const { bundle, problems } = read(name)
        expect(problems).toEqual([])
        const edition = bundle.editions[0]!
        const withText = bundle.requirements.filter((r) => r.text).length
        if (edition.standard === 'iso-27001') expect(withText).toBe(0)
        else expect(withText).toBeGreaterThan(bundle.requirements.length * 0.9)
        return [edition.id, [bundle.requirements.length, bundle.requirements.filter((r) => r.assessable).length]]
      }),
    )
    expect(counts).toEqual({
      'iso-27001-2013': [200, 140],
      'iso-27001-2022': [140, 123],
      'nist-csf-2-0': [134, 106],
      'nist-sp-800-53-r5': [1209, 1189],
    })
  })

  it('gives ISO 27001:2013 headings without ref_id their urn segment as refId', () => {
    const { bundle } = read('iso27001-2013.yaml')
    expect(bundle.requirements.filter((r) => r.parent === null).map((r) => r.refId)).toEqual(['core', 'annex-a'])
    expect(bundle.requirements.find((r) => r.refId === 'A.5.1.1')?.parent).toBe('A.5.1')
  })

  it('reads the mapping files: -revert sets dropped, duplicates merged, NIST sets untyped', () => {
    const csf = read('mapping-nist-csf-2.0-to-iso27001-2022.yaml')
    expect(csf.bundle.sets.map((s) => [s.id, s.method, s.publisher])).toEqual([['nist-csf-2-0--iso-27001-2022', 'crosswalk', 'NIST']])
    expect(csf.bundle.mappings).toHaveLength(341) // 343 rows, 2 duplicates
    expect(csf.problems.filter((p) => p.reason.startsWith('duplicate'))).toHaveLength(2)
    expect(csf.problems.filter((p) => p.reason.startsWith('dropped'))).toHaveLength(1)
    expect(csf.bundle.mappings.every((m) => m.relationship === 'related')).toBe(true)

    const sp = read('mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml')
    expect(sp.bundle.sets.map((s) => [s.id, s.method])).toEqual([['nist-sp-800-53-r5--iso-27001-2022', 'crosswalk']])
    expect(sp.bundle.mappings).toHaveLength(642)
    expect(sp.problems.filter((p) => p.reason.startsWith('dropped'))).toHaveLength(1)

    const iso = read('mapping-iso27001-2013-to-iso27001-2022.yaml')
    expect(iso.problems).toEqual([])
    expect(iso.bundle.sets.map((s) => [s.id, s.method, s.publisher])).toEqual([['iso-27001-2013--iso-27001-2022', 'edition-transition', 'intuitem']])
    const byRelationship: Record<string, number> = {}
    for (const m of iso.bundle.mappings) byRelationship[m.relationship] = (byRelationship[m.relationship] ?? 0) + 1
    expect(byRelationship).toEqual({ equal: 77, subset: 48, superset: 6, intersect: 3 })
  })

  it('resolves every mapped urn to a requirement of the framework files', () => {
    const catalogs = new Map<string, Set<string>>()
    for (const name of ['iso27001-2013.yaml', 'iso27001-2022.yaml', 'nist-csf-2.0.yaml', 'nist-sp-800-53-rev5.yaml']) {
      const { bundle } = read(name)
      catalogs.set(bundle.editions[0]!.id, new Set(bundle.requirements.map((r) => r.refId)))
    }
    for (const name of ['mapping-iso27001-2013-to-iso27001-2022.yaml', 'mapping-nist-csf-2.0-to-iso27001-2022.yaml', 'mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml']) {
      const { bundle } = read(name)
      const set = bundle.sets[0]!
      const missing = bundle.mappings.flatMap((m) => [
        ...m.sources.filter((id) => !catalogs.get(set.sourceEdition)!.has(id)),
        ...m.targets.filter((id) => !catalogs.get(set.targetEdition)!.has(id)),
      ])
      expect(missing, name).toEqual([])
    }
  })

  it('exports every real set as OSCAL and CSV and reads each back unchanged', () => {
    for (const name of ['mapping-iso27001-2013-to-iso27001-2022.yaml', 'mapping-nist-csf-2.0-to-iso27001-2022.yaml', 'mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml']) {
      const { bundle } = read(name)
      const set = bundle.sets[0]!
      const expected = { editions: [], requirements: [], sets: [expect.objectContaining(set)], mappings: bundle.mappings.map((m) => ({ ...m, gapNote: null })) }
      const fromCsv = parseCrosswalkCsv(toCrosswalkCsv(bundle, set.id))
      expect(fromCsv.problems, name).toEqual([])
      expect(fromCsv.bundle).toEqual(expected)
      const fromOscal = parseOscalMappingCollection(JSON.stringify(toOscalMappingCollection(bundle, set.id)))
      expect(fromOscal.problems, name).toEqual([])
      expect(fromOscal.bundle).toEqual(expected)
    }
  })

  it('parses the largest file (SP 800-53 r5, 1.4 MB) into engine records', () => {
    const started = performance.now()
    const { bundle } = read('nist-sp-800-53-rev5.yaml')
    const records = toCrosswalkRecords(bundle)
    console.info(`nist-sp-800-53-rev5.yaml parsed in ${Math.round(performance.now() - started)} ms`)
    expect(records.catalogs.get('nist-sp-800-53-r5')?.requirements).toHaveLength(1209)
  })
})

if (!hasExternal) it.skip(SKIP_EXTERNAL, () => {})
