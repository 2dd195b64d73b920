import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CrosswalkBundle } from '../../crosswalk-bundle'
import { arbitrarySetBundle } from '../fixtures/arbitrary-set'
import { EXTERNAL_DIR, hasExternal, readExternal, readFixture, SKIP_EXTERNAL } from '../fixtures/read-fixture'
import { parseOscalMappingCollection } from '.'
import { toOscalMappingCollection } from './serialize'
import { OSCAL_NS } from './vocabulary'

describe('parseOscalMappingCollection', () => {
  it('reads a collection written by someone else', () => {
    const { bundle, problems } = parseOscalMappingCollection(readFixture('oscal-mapping-collection.json'), {
      sourceEdition: 'demo-1',
      targetEdition: 'other-1',
    })
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', record: 'mappings[0].maps[2].sources[0]', field: 'id-ref' }),
    ])
    expect(bundle.sets).toEqual([
      expect.objectContaining({
        id: 'demo-1--other-1',
        title: 'Demo catalog to Other framework (Versus test fixture)',
        publisher: 'Demo Mapping Team',
        method: 'set-theory',
        comprehensive: false,
        status: 'complete',
      }),
    ])
    expect(bundle.mappings.map((m) => [m.sources, m.targets, m.relationship, m.rationale, m.gapNote])).toEqual([
      [['XA-1'], ['P.1'], 'equal', 'semantic', null],
      [['XA-1(1)'], ['P.2'], 'subset', 'functional', 'P.2 also asks for yearly tests.'],
      [['XA-2', 'XB-1'], ['P.3'], 'intersect', 'semantic', null],
      [['XB-1'], ['P.4', 'P.5'], 'superset', 'semantic', null],
      [['XA-2'], ['P.1'], 'not-related', 'semantic', null],
      [['XA-1'], ['P.6'], 'equal', 'semantic', null],
    ])
  })

  it('derives edition ids from the resources when not told, with a warning each', () => {
    const { bundle, problems } = parseOscalMappingCollection(readFixture('oscal-mapping-collection.json'))
    expect(bundle.sets[0]).toMatchObject({ sourceEdition: 'demo-control-catalog', targetEdition: 'other-framework-1' })
    expect(problems.filter((p) => p.reason.startsWith('no edition named')).map((p) => p.field)).toEqual(['source-resource', 'target-resource'])
  })

  it('reports every problem of a file in one round', () => {
    const { problems } = parseOscalMappingCollection(readFixture('oscal-mapping-collection-problems.json'))
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.record, p.field])).toEqual([
      ['mapping-collection', 'uuid'],
      ['mapping-collection.provenance', 'matching-rationale'],
      ['mapping-collection.provenance', 'status'],
      ['mappings[0]', 'target-resource.type'],
      ['mappings[0]', 'publisher'],
      ['mappings[0].maps[0]', 'relationship'],
      ['mappings[0].maps[1]', 'sources'],
      ['mappings[0].maps[2]', 'matching-rationale'],
      ['mappings[0].maps[2].sources[0]', 'id-ref'],
      ['mappings[0].maps[3]', 'relationship'],
      ['mappings[1]', 'source-resource'],
      ['mappings[1]', 'maps'],
    ])
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', field: 'method', reason: expect.stringContaining('"manual"') }))
  })

  it('rejects what is not a mapping collection', () => {
    expect(parseOscalMappingCollection('[').problems[0]?.reason).toContain('not valid JSON')
    expect(parseOscalMappingCollection('{"catalog": {}}').problems[0]).toMatchObject({ field: 'mapping-collection' })
  })
})

const fixtureBundle = (): CrosswalkBundle => ({
  editions: [
    { id: 'demo-1', standard: 'demo', label: 'Demo 1', year: 2024, status: 'current', textLicence: 'full-text' },
    { id: 'other-1', standard: 'other', label: 'Other 1', year: 2021, status: 'current', textLicence: 'ids-only' },
  ],
  requirements: [],
  sets: [
    {
      id: 'demo-1--other-1',
      title: 'Demo 1 → Other 1',
      sourceEdition: 'demo-1',
      targetEdition: 'other-1',
      publisher: 'Versus editorial',
      method: 'set-theory',
      comprehensive: true,
      status: 'complete',
      reviewedAt: '2026-11-30',
      coveredTargets: ['P.1'],
    },
  ],
  mappings: [
    { set: 'demo-1--other-1', sources: ['G-1'], targets: ['P.1'], relationship: 'equal', rationale: 'semantic', strength: 10 },
    { set: 'demo-1--other-1', sources: ['G-2', 'G-3'], targets: ['P.2'], relationship: 'subset', gapNote: 'P.2 wants more.' },
    { set: 'demo-1--other-1', sources: ['G-4'], targets: ['P.3'], relationship: 'related' },
  ],
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('toOscalMappingCollection', () => {
  it('writes the model OSCAL 1.2 requires, with name-based UUIDs', () => {
    const doc = toOscalMappingCollection(fixtureBundle(), 'demo-1--other-1') as Json
    const collection = doc['mapping-collection']
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(Object.keys(doc)).toEqual(['mapping-collection'])
    expect(collection.uuid).toMatch(uuid)
    expect(collection.metadata).toMatchObject({ title: 'Demo 1 → Other 1', 'last-modified': '2026-11-30T00:00:00Z', version: '1', 'oscal-version': '1.2.2' })
    expect(collection.metadata.parties).toEqual([expect.objectContaining({ type: 'organization', name: 'Versus editorial' })])
    expect(collection.provenance).toEqual({
      method: 'human',
      'matching-rationale': 'semantic',
      status: 'complete',
      'mapping-description': expect.any(String),
    })
    const [mapping] = collection.mappings
    expect(mapping['source-resource']).toMatchObject({ type: 'catalog', href: `#${collection['back-matter'].resources[0].uuid}` })
    expect(collection['back-matter'].resources.map((r: Json) => r.title)).toEqual(['Demo 1', 'Other 1'])
    expect(mapping.maps.map((m: Json) => [m.ns ?? OSCAL_NS, m.relationship, m.sources.length, m.targets.length])).toEqual([
      [OSCAL_NS, 'equal-to', 1, 1],
      [OSCAL_NS, 'subset-of', 2, 1],
      ['https://versus.example/ns/oscal', 'related', 1, 1],
    ])
    for (const map of mapping.maps) {
      expect(map.uuid).toMatch(uuid)
      for (const item of [...map.sources, ...map.targets]) expect(item).toEqual({ type: 'control', 'id-ref': expect.any(String) })
    }
    expect(mapping.maps[1].qualifiers).toEqual([{ subject: 'target', predicate: 'has-requirement', category: 'addressable', description: 'P.2 wants more.' }])
  })

  it('is stable: the same set gives the same file, and a changed row changes only its own UUID', () => {
    const bundle = fixtureBundle()
    const first = JSON.stringify(toOscalMappingCollection(bundle, 'demo-1--other-1'))
    expect(JSON.stringify(toOscalMappingCollection(fixtureBundle(), 'demo-1--other-1'))).toBe(first)
    bundle.mappings[2]!.targets = ['P.4']
    const before = (JSON.parse(first) as Json)['mapping-collection'].mappings[0].maps.map((m: Json) => m.uuid)
    const after = (toOscalMappingCollection(bundle, 'demo-1--other-1') as Json)['mapping-collection'].mappings[0].maps.map((m: Json) => m.uuid)
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2))
    expect(after[2]).not.toBe(before[2])
  })

  it('round-trips any set: parse(serialize(x)) is x', () => {
    fc.assert(
      fc.property(arbitrarySetBundle, (bundle) => {
        const set = bundle.sets[0]!
        const text = JSON.stringify(toOscalMappingCollection(bundle, set.id))
        const { bundle: back, problems } = parseOscalMappingCollection(text)
        expect(problems).toEqual(bundle.mappings.length > 0 ? [] : [expect.objectContaining({ severity: 'warning', field: 'maps' })])
        // OSCAL requires a title: an untitled set is exported under its id.
        expect(back).toEqual({ ...bundle, sets: [{ ...set, title: set.title ?? set.id }] })
      }),
      { numRuns: 300 },
    )
  })

  it('refuses an unknown set', () => {
    expect(() => toOscalMappingCollection(fixtureBundle(), 'nope')).toThrow(RangeError)
  })
})

describe.runIf(hasExternal)(`toOscalMappingCollection against the metaschema in ${EXTERNAL_DIR}`, () => {
  /** The allowed values of a flag or field, read from the metaschema's <enum value="…"> list after its definition. */
  function allowed(xml: string, definition: string): string[] {
    const start = xml.indexOf(definition)
    expect(start, definition).toBeGreaterThan(-1)
    const block = xml.slice(start, xml.indexOf('</allowed-values>', start))
    return [...block.matchAll(/<enum value="([^"]+)"/g)].map((m) => m[1]!)
  }

  it('uses only the relationship, method, rationale and status values the model allows', () => {
    const xml = readExternal('oscal/oscal_mapping-common_metaschema.xml')
    const relationships = allowed(xml, '<define-field name="relationship"')
    expect(relationships).toEqual(['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'])
    const methods = allowed(xml, '<define-flag name="method"')
    const rationales = allowed(xml, '<define-flag name="matching-rationale"')
    const statuses = allowed(xml, '<define-flag name="status"')
    fc.assert(
      fc.property(arbitrarySetBundle, (bundle) => {
        const collection = (toOscalMappingCollection(bundle, bundle.sets[0]!.id) as Json)['mapping-collection']
        expect(methods).toContain(collection.provenance.method)
        expect(rationales).toContain(collection.provenance['matching-rationale'])
        expect(statuses).toContain(collection.provenance.status)
        for (const map of collection.mappings[0].maps) {
          if ((map.ns ?? OSCAL_NS) === OSCAL_NS) expect(relationships).toContain(map.relationship)
          if (map['matching-rationale'] !== undefined) expect(rationales).toContain(map['matching-rationale'])
        }
      }),
      { numRuns: 100 },
    )
  })

  it('writes every field the mapping-collection root requires', () => {
    const xml = readExternal('oscal/oscal_mapping_metaschema.xml')
    expect(xml).toMatch(/<assembly ref="metadata" min-occurs="1"\/>/)
    expect(xml).toMatch(/<use-name>provenance<\/use-name>/)
    expect(xml).toMatch(/<group-as name="mappings" \/>/)
    const collection = (toOscalMappingCollection(fixtureBundle(), 'demo-1--other-1') as Json)['mapping-collection']
    expect(Object.keys(collection)).toEqual(['uuid', 'metadata', 'provenance', 'mappings', 'back-matter'])
  })
})

if (!hasExternal) it.skip(SKIP_EXTERNAL, () => {})
