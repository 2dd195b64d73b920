import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { toCrosswalkRecords, type CrosswalkBundle } from '@versus/content'
import { computeCoverage, type CoverageSummary } from '@versus/engine'
import { describe, expect, it } from 'vitest'

import { standards } from '../standards'
import { crosswalkBundles } from './index'
import { EDITORIAL_PUBLISHER, findBundleProblems } from './problems'

const standardSlugs = new Set(standards.map((s) => s.slug))
const all: CrosswalkBundle = {
  editions: crosswalkBundles.flatMap((b) => b.editions),
  requirements: crosswalkBundles.flatMap((b) => b.requirements),
  sets: crosswalkBundles.flatMap((b) => b.sets),
  mappings: crosswalkBundles.flatMap((b) => b.mappings),
}
const records = toCrosswalkRecords(all)

function coverage(from: string, to: string): CoverageSummary {
  const model = computeCoverage({
    from: records.catalogs.get(from)!,
    to: records.catalogs.get(to)!,
    sets: records.sets,
    mappings: records.mappings,
  })
  // Every row names requirements that exist: the engine ignores none of them.
  expect(model.issues.filter((i) => i.kind !== 'excluded-set')).toEqual([])
  return model.summary
}

const assessable = (edition: string) => all.requirements.filter((r) => r.edition === edition && r.assessable)
const children = (edition: string, parent: string | null) =>
  all.requirements.filter((r) => r.edition === edition && (r.parent ?? null) === parent)

describe('findBundleProblems on our own fixtures', () => {
  const edition = (id: string, textLicence: 'full-text' | 'titles-and-ids' | 'ids-only' = 'titles-and-ids') => ({
    id,
    standard: 'iso-27001',
    label: id,
    year: 2022,
    status: 'current' as const,
    textLicence,
  })
  const sound: CrosswalkBundle = {
    editions: [edition('a-1'), edition('b-1', 'full-text')],
    requirements: [
      { edition: 'a-1', refId: '1', assessable: false, title: 'Heading', summary: 'What the heading holds.' },
      { edition: 'a-1', refId: '1.1', parent: '1', assessable: true, title: 'One', summary: 'Our line.' },
      { edition: 'b-1', refId: 'X', assessable: true, title: 'Ex', text: 'Official text.' },
    ],
    sets: [
      {
        id: 'a-1--b-1',
        sourceEdition: 'a-1',
        targetEdition: 'b-1',
        publisher: EDITORIAL_PUBLISHER,
        method: 'set-theory',
        comprehensive: false,
        reviewedAt: '2026-12-02',
        status: 'complete',
      },
    ],
    mappings: [
      { set: 'a-1--b-1', sources: ['1.1'], targets: ['X'], relationship: 'subset', rationale: 'semantic', strength: 7, gapNote: 'X asks for more.' },
    ],
  }
  const problemsOf = (change: (b: CrosswalkBundle) => void) => {
    const copy = structuredClone(sound)
    change(copy)
    return findBundleProblems([copy], standardSlugs)
  }

  it('finds nothing wrong with a sound bundle', () => {
    expect(findBundleProblems([sound], standardSlugs)).toEqual([])
  })

  it.each<[string, (b: CrosswalkBundle) => void, RegExp]>([
    ['unknown edition', (b) => void (b.requirements[0]!.edition = 'zz-1'), /unknown edition/],
    ['missing parent', (b) => void (b.requirements[1]!.parent = '9'), /parent 9 is not in the edition/],
    ['duplicate refId', (b) => void b.requirements.push({ ...b.requirements[1]! }), /refId twice/],
    ['colliding URL segments', (b) => void b.requirements.push({ edition: 'a-1', refId: '1-1', assessable: true }), /same URL segment/],
    ['text under titles-and-ids', (b) => void (b.requirements[1]!.text = 'Shall…'), /text under licence titles-and-ids/],
    ['title under ids-only', (b) => void (b.editions[1]!.textLicence = 'ids-only'), /title under licence ids-only/],
    ['summary equal to title', (b) => void (b.requirements[1]!.summary = 'One.'), /summary repeats the title/],
    ['unknown source', (b) => void (b.mappings[0]!.sources = ['2']), /source 2 is not in a-1/],
    ['target from the wrong edition', (b) => void (b.mappings[0]!.targets = ['1.1']), /target 1.1 is not in b-1/],
    ['typed row in an untyped set', (b) => void Object.assign(b.sets[0]!, { method: 'crosswalk', publisher: 'NIST', sourceUrl: 'https://nist.gov' }), /untyped set with a subset row/],
    ['partial link without gap note', (b) => void (b.mappings[0]!.gapNote = null), /partial link without a gap note/],
    ['editorial set without review date', (b) => void (b.sets[0]!.reviewedAt = null), /without a review date/],
    ['impossible review date', (b) => void (b.sets[0]!.reviewedAt = '2026-02-30'), /is not a date/],
    ['strength out of range', (b) => void (b.mappings[0]!.strength = 11), /not an integer 0–10/],
    ['empty side on a typed row', (b) => void (b.mappings[0]!.targets = []), /only a not-related gap row/],
    ['unknown standard', (b) => void (b.editions[0]!.standard = 'iso-99999'), /unknown standard/],
    ['edition listed twice', (b) => void b.editions.push({ ...b.editions[0]! }), /listed twice/],
  ])('reports %s', (_name, change, expected) => {
    const problems = problemsOf(change)
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true)
  })
})

describe('demo crosswalk content', () => {
  it('has no problems: references, ids, licences, unions, provenance', () => {
    expect(findBundleProblems(crosswalkBundles, standardSlugs)).toEqual([])
  })

  it('lists every agreed edition once, and every agreed set', () => {
    expect(all.editions.map((e) => e.id).sort()).toEqual(
      ['dora-2022', 'gdpr-2016', 'iso-27001-2013', 'iso-27001-2022', 'nis2-2022', 'nist-csf-2-0', 'nist-sp-800-53-r5'].sort(),
    )
    expect(all.sets.map((s) => s.id).sort()).toEqual(
      [
        'iso-27001-2013--iso-27001-2022',
        'nis2-2022--iso-27001-2022',
        'nis2-2022--nist-csf-2-0',
        'nist-csf-2-0--iso-27001-2022',
        'nist-sp-800-53-r5--iso-27001-2022',
      ].sort(),
    )
    for (const b of crosswalkBundles) expect(b.editions.length + b.sets.length).toBe(1)
  })

  it('keeps ISO editions to ids, titles and our summaries, and writes a summary for every ISO control and CSF subcategory', () => {
    for (const id of ['iso-27001-2022', 'iso-27001-2013']) {
      expect(all.editions.find((e) => e.id === id)?.textLicence).toBe('titles-and-ids')
      for (const r of assessable(id)) {
        expect(r.text ?? null, r.refId).toBeNull()
        expect(r.title, r.refId).toBeTruthy()
        expect(r.summary, r.refId).toBeTruthy()
      }
    }
    for (const r of assessable('nist-csf-2-0')) expect(r.summary, r.refId).toBeTruthy()
  })

  it('has the published shape of ISO/IEC 27001:2022 Annex A: 93 controls A.5.1–A.8.34 in four themes', () => {
    const themes = children('iso-27001-2022', null).filter((r) => r.refId.startsWith('A.'))
    expect(themes.map((t) => t.refId)).toEqual(['A.5', 'A.6', 'A.7', 'A.8'])
    expect(themes.map((t) => children('iso-27001-2022', t.refId).length)).toEqual([37, 8, 14, 34])
    const controls = assessable('iso-27001-2022').filter((r) => r.refId.startsWith('A.'))
    expect(controls).toHaveLength(93)
    expect(controls.at(0)?.refId).toBe('A.5.1')
    expect(controls.at(-1)?.refId).toBe('A.8.34')
  })

  it('has the shape of ISO/IEC 27001:2013 Annex A: 114 controls in 14 domains', () => {
    const domains = children('iso-27001-2013', null).filter((r) => r.refId.startsWith('A.'))
    expect(domains.map((d) => d.refId)).toEqual(Array.from({ length: 14 }, (_, i) => `A.${i + 5}`))
    expect(assessable('iso-27001-2013').filter((r) => r.refId.startsWith('A.'))).toHaveLength(114)
  })

  it('has the CSF 2.0 core: 6 functions, 22 categories, 106 subcategories', () => {
    const functions = children('nist-csf-2-0', null)
    expect(functions.map((f) => f.refId)).toEqual(['GV', 'ID', 'PR', 'DE', 'RS', 'RC'])
    const categories = functions.flatMap((f) => children('nist-csf-2-0', f.refId))
    expect(categories).toHaveLength(22)
    expect(categories.flatMap((c) => children('nist-csf-2-0', c.refId))).toHaveLength(106)
    expect(assessable('nist-csf-2-0')).toHaveLength(106)
  })

  it('gives NIS2 the ten Art. 21(2) measures and the 24 h / 72 h / one-month reporting stages', () => {
    expect(children('nis2-2022', 'Art. 21(2)').map((r) => r.refId)).toEqual(
      'abcdefghij'.split('').map((p) => `Art. 21(2)(${p})`),
    )
    const stages = children('nis2-2022', 'Art. 23(4)')
    expect(stages.map((r) => r.title)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/24 hours/),
        expect.stringMatching(/72 hours/),
        expect.stringMatching(/one month/),
      ]),
    )
  })

  it('marks the 2013 edition superseded by 2022 with the transition deadline', () => {
    const e2013 = all.editions.find((e) => e.id === 'iso-27001-2013')
    const e2022 = all.editions.find((e) => e.id === 'iso-27001-2022')
    expect(e2013).toMatchObject({ status: 'superseded', transitionDeadline: '2025-10-31' })
    expect(e2022).toMatchObject({ status: 'current', supersedes: 'iso-27001-2013' })
  })
})

describe('coverage through the engine', () => {
  it('ISO 27001:2022 ↔ CSF 2.0: NIST links in both directions, all untyped', () => {
    for (const [from, to] of [
      ['iso-27001-2022', 'nist-csf-2-0'],
      ['nist-csf-2-0', 'iso-27001-2022'],
    ] as const) {
      const s = coverage(from, to)
      expect(s.related, `${from} → ${to}`).toBeGreaterThan(0)
      expect(s.full + s.partial, `${from} → ${to}: a crosswalk proves no coverage`).toBe(0)
    }
  })

  it('ISO 27001:2022 ↔ NIS2: typed overlap in both directions, full and partial from NIS2 to ISO', () => {
    const toIso = coverage('nis2-2022', 'iso-27001-2022')
    expect(toIso.full).toBeGreaterThan(0)
    expect(toIso.partial).toBeGreaterThan(0)
    expect(toIso.score).toBeGreaterThan(0)
    const toNis2 = coverage('iso-27001-2022', 'nis2-2022')
    expect(toNis2.full + toNis2.partial).toBeGreaterThan(0)
    expect(toNis2.score).toBeGreaterThan(0)
    // ISO sets no reporting deadlines: the gap rows say so instead of leaving them unknown.
    expect(toNis2.none).toBeGreaterThan(0)
  })

  it('NIS2 ↔ CSF 2.0: typed overlap in both directions', () => {
    for (const [from, to] of [
      ['nis2-2022', 'nist-csf-2-0'],
      ['nist-csf-2-0', 'nis2-2022'],
    ] as const) {
      const s = coverage(from, to)
      expect(s.full, `${from} → ${to}`).toBeGreaterThan(0)
      expect(s.partial, `${from} → ${to}`).toBeGreaterThan(0)
    }
  })

  it('ISO 27001:2013 → 2022: most of 2022 carried over, the new controls named as gaps', () => {
    const s = coverage('iso-27001-2013', 'iso-27001-2022')
    expect(s.full).toBeGreaterThan(s.total / 2)
    // 11 new Annex A controls and clause 6.3.
    expect(s.none).toBe(12)
    expect(s.unknown).toBe(0)
  })

  it('SP 800-53 r5 → ISO 27001:2022: NIST links, untyped', () => {
    const s = coverage('nist-sp-800-53-r5', 'iso-27001-2022')
    expect(s.related).toBeGreaterThan(0)
    expect(s.full + s.partial).toBe(0)
  })
})

// The publishers' own files, when this checkout sits beside ../shared.
const here = path.dirname(fileURLToPath(import.meta.url))
const external = path.resolve(here, '../../../../../../../shared/data/external/ciso-assistant')
const hasExternal = existsSync(external)

describe('against the publishers’ files', () => {
  if (!hasExternal) it.skip(`skipped: ${external} is absent (fresh clone without ../shared)`, () => {})

  /** (source, target) pairs of the forward set of a CISO Assistant mapping file, without its -revert set. */
  function publishedPairs(file: string, sourceId: (tail: string) => string): Set<string> {
    const text = readFileSync(path.join(external, file), 'utf8')
    const forward = text.split(/\n\s*- urn: \S+-revert\n/)[0]!
    const pairs = new Set<string>()
    const re = /source_requirement_urn: \S+:([^:\s]+)\s+target_requirement_urn: \S+:([^:\s]+)/g
    for (const m of forward.matchAll(re)) {
      const target = m[2]!.startsWith('a.') ? `A.${m[2]!.slice(2)}` : m[2]!
      pairs.add(`${sourceId(m[1]!)}|${target}`)
    }
    return pairs
  }
  const ourPairs = (set: string) =>
    new Set(all.mappings.filter((m) => m.set === set).map((m) => `${m.sources[0]}|${m.targets[0]}`))

  it.runIf(hasExternal)('CSF 2.0 → ISO 27001:2022 has exactly NIST’s pairs', () => {
    const published = publishedPairs('mapping-nist-csf-2.0-to-iso27001-2022.yaml', (t) => t.toUpperCase())
    expect([...ourPairs('nist-csf-2-0--iso-27001-2022')].sort()).toEqual([...published].sort())
  })

  it.runIf(hasExternal)('SP 800-53 r5 → ISO 27001:2022 has NIST’s pairs for every moderate-baseline control', () => {
    const moderate = new Set(assessable('nist-sp-800-53-r5').map((r) => r.refId))
    const published = publishedPairs('mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml', (t) => t.toUpperCase())
    const expected = [...published].filter((p) => moderate.has(p.split('|')[0]!))
    expect([...ourPairs('nist-sp-800-53-r5--iso-27001-2022')].sort()).toEqual(expected.sort())
  })

  it.runIf(hasExternal)('ISO catalogs carry the outline’s ids', () => {
    for (const [file, edition] of [
      ['iso27001-2022.yaml', 'iso-27001-2022'],
      ['iso27001-2013.yaml', 'iso-27001-2013'],
    ] as const) {
      const text = readFileSync(path.join(external, file), 'utf8')
      const annexIds = new Set([...text.matchAll(/ref_id: '?(A\.\d+\.\d+(?:\.\d+)?)'?\n/g)].map((m) => m[1]!))
      const ours = new Set(assessable(edition).map((r) => r.refId).filter((id) => id.startsWith('A.')))
      for (const id of ours) expect(annexIds.has(id), `${edition} ${id}`).toBe(true)
    }
  })
})
