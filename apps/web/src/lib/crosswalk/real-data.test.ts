/**
 * The crosswalk views on real published files (../shared/data/external, see its README): the NIST
 * CSF 2.0 and ISO/IEC 27001:2022 outlines and NIST's CSF 2.0 → ISO 2022 crosswalk, as CISO
 * Assistant packages them. Only identifiers, hierarchy and which requirement maps to which are read.
 * Skipped, saying so, when the folder is absent (a fresh clone).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { requirementSegment, type CrosswalkBundle, type MappingEntry, type RequirementEntry } from '@versus/content'
import { indexCrosswalk, findBySegment } from './crosswalk-index'
import { buildRequirementOverlap } from './pair-overlap'
import { buildRequirementPage } from './requirement-page'

const FOLDER = path.resolve(import.meta.dirname, '../../../../../../shared/data/external/ciso-assistant')
const present = existsSync(FOLDER)
if (!present) console.warn(`[real-data.test] skipped: ${FOLDER} is absent (the external files are not part of the repository)`)

/** One `key: value` of a YAML node at exactly this indentation, unquoted. */
const field = (lines: string[], key: string): string | null => {
  const line = lines.find((l) => l.startsWith(`      ${key}: `))
  return line ? line.slice(`      ${key}: `.length).replace(/^'(.*)'$/, '$1') : null
}

/** The requirement nodes of a CISO Assistant framework file: urn → (refId, parent urn, assessable). */
function readFramework(file: string, edition: string): { byUrn: Map<string, string>; requirements: RequirementEntry[] } {
  const text = readFileSync(path.join(FOLDER, file), 'utf8')
  const nodes = text.split('\n    - urn: ').slice(1)
  const byUrn = new Map<string, string>()
  const raw = nodes.map((node, order) => {
    const lines = node.split('\n')
    const urn = (lines[0] ?? '').trim()
    const refId = field(lines, 'ref_id') ?? urn
    byUrn.set(urn, refId)
    return { urn, refId, parentUrn: field(lines, 'parent_urn'), assessable: field(lines, 'assessable') === 'true', order }
  })
  return {
    byUrn,
    requirements: raw.map((r) => ({
      edition,
      refId: r.refId,
      parent: r.parentUrn ? (byUrn.get(r.parentUrn) ?? null) : null,
      assessable: r.assessable,
      order: r.order,
    })),
  }
}

function readMappings(file: string, set: string, sources: Map<string, string>, targets: Map<string, string>): MappingEntry[] {
  const text = readFileSync(path.join(FOLDER, file), 'utf8')
  const rows = text.split('\n    - source_requirement_urn: ').slice(1)
  return rows.map((row) => {
    const source = (row.split('\n')[0] ?? '').trim()
    const target = /target_requirement_urn: (\S+)/.exec(row)?.[1] ?? ''
    return { set, sources: [sources.get(source) ?? source], targets: [targets.get(target) ?? target], relationship: 'intersect' }
  })
}

describe.skipIf(!present)('crosswalk views on NIST’s CSF 2.0 → ISO/IEC 27001:2022 crosswalk', () => {
  const csf = present ? readFramework('nist-csf-2.0.yaml', 'nist-csf-2-0') : null
  const iso = present ? readFramework('iso27001-2022.yaml', 'iso-27001-2022') : null
  const bundle: CrosswalkBundle = {
    editions: [
      { id: 'nist-csf-2-0', standard: 'nist-csf-2', label: 'CSF 2.0', year: 2024, status: 'current', textLicence: 'full-text' },
      { id: 'iso-27001-2022', standard: 'iso-27001', label: 'ISO/IEC 27001:2022', year: 2022, status: 'current', textLicence: 'titles-and-ids' },
    ],
    requirements: [...(csf?.requirements ?? []), ...(iso?.requirements ?? [])],
    sets: [
      {
        id: 'nist-csf-2-0--iso-27001-2022',
        sourceEdition: 'nist-csf-2-0',
        targetEdition: 'iso-27001-2022',
        publisher: 'NIST',
        method: 'crosswalk',
        comprehensive: false,
        licence: 'public-domain',
        status: 'complete',
      },
    ],
    mappings: present ? readMappings('mapping-nist-csf-2.0-to-iso27001-2022.yaml', 'nist-csf-2-0--iso-27001-2022', csf!.byUrn, iso!.byUrn) : [],
  }
  const index = indexCrosswalk(bundle)

  it('gives every requirement of both catalogs its own address (requirementSegment(refId) never collides)', () => {
    for (const [standard, entries] of [
      ['nist-csf-2', csf!.requirements],
      ['iso-27001', iso!.requirements],
    ] as const) {
      const segments = new Set(entries.map((r) => requirementSegment(r.refId)))
      expect(segments.size).toBe(entries.length)
      for (const r of entries) expect(findBySegment(index, standard, requirementSegment(r.refId))?.refId).toBe(r.refId)
    }
  })

  it('reads the untyped crosswalk as related only: nothing counted, every mapped requirement shown', () => {
    const overlap = buildRequirementOverlap(index, ['iso-27001', 'nist-csf-2'], 'iso-27001-vs-nist-csf-2')!
    expect(bundle.mappings.length).toBeGreaterThan(600)
    for (const d of overlap.directions) {
      expect(d.counts.full + d.counts.partial + d.counts.none).toBe(0)
      expect(d.counts.related).toBeGreaterThan(0)
      expect(d.scoreLabel).toBe('0%')
      expect(d.groups.flatMap((g) => g.items)).toHaveLength(d.counts.total)
    }
    expect(overlap.sources.map((s) => [s.publisher, s.licence])).toEqual([['NIST', 'public-domain']])
  })

  it('lists on a requirement page every row naming it, untyped', () => {
    const page = buildRequirementPage(index, 'nist-csf-2', 'gv-oc-01')!
    expect(page.refId).toBe('GV.OC-01')
    expect(page.mappings.length).toBe(bundle.mappings.filter((m) => m.sources.includes('GV.OC-01')).length)
    expect(new Set(page.mappings.map((m) => m.relationship))).toEqual(new Set(['related (untyped)']))
  })
})
