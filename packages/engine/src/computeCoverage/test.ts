import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CoverageModel, CoverageNode } from '../model'
import type { CatalogRecord, MappingRecord, MappingSetRecord } from '../types'
import { shuffle } from '../_lib/arbitraries'
import { A_POOL, B_POOL, SET_IDS, abRow, coverageInput, flatCatalog, holds, mappingSet, poolOf, setBetween, store, trueRows, truthFor, union } from '../_lib/mappingArbitraries'
import { compareSlugs } from '../compareSlugs/index'
import { invertMappingSet } from '../invertMappingSet/index'
import { computeCoverage } from './index'

const iso: CatalogRecord = {
  editionId: 'iso-27001-2022',
  standardSlug: 'iso-27001',
  requirements: [
    { id: 'i5', refId: 'A.5', assessable: false, title: 'Organizational controls' },
    { id: 'i5.1', refId: 'A.5.1', parent: 'i5', assessable: true },
    { id: 'i5.2', refId: 'A.5.2', parent: 'i5', assessable: true },
    { id: 'i5.15', refId: 'A.5.15', parent: 'i5', assessable: true },
    { id: 'i8.16', refId: 'A.8.16', assessable: true },
  ],
}

const nis: CatalogRecord = {
  editionId: 'nis2-ir-2024',
  standardSlug: 'nis2',
  requirements: [
    { id: 'n1', refId: '1', assessable: false, title: 'Policy' },
    { id: 'n1.1', refId: '1.1', parent: 'n1', assessable: true },
    { id: 'n1.2', refId: '1.2', parent: 'n1', assessable: true },
    { id: 'n1.10', refId: '1.10', parent: 'n1', assessable: true },
    { id: 'n2', refId: '2', assessable: false },
    { id: 'n2.1', refId: '2.1', parent: 'n2', assessable: true },
    { id: 'n2.2', refId: '2.2', parent: 'n2', assessable: true },
    { id: 'n2.3', refId: '2.3', parent: 'n2', assessable: true },
    { id: 'n3', refId: '3', assessable: true },
  ],
}

const enisa: MappingSetRecord = {
  id: 'enisa',
  sourceEdition: 'nis2-ir-2024',
  targetEdition: 'iso-27001-2022',
  publisher: 'ENISA',
  method: 'set-theory',
  comprehensive: false,
  licence: 'CC-BY-4.0',
  status: 'complete',
}

const rows: MappingRecord[] = [
  // Stored NIS2 → ISO; read ISO → NIS2 through the inverse.
  { setId: 'enisa', sources: ['n1.1'], targets: ['i5.1'], relationship: 'equal', rationale: 'semantic', strength: 10 },
  { setId: 'enisa', sources: ['n1.2'], targets: ['i5.1'], relationship: 'superset', strength: 8, gapNote: 'Adds yearly review.' },
  { setId: 'enisa', sources: ['n1.10'], targets: ['i5.2'], relationship: 'intersect' },
  { setId: 'enisa', sources: ['n2.1'], targets: ['i5.15'], relationship: 'related' },
  { setId: 'enisa', sources: ['n2.2'], targets: ['i8.16'], relationship: 'subset' },
  { setId: 'enisa', sources: ['n2.2'], targets: ['nope'], relationship: 'equal' },
]

const find = (nodes: CoverageNode[], id: string): CoverageNode | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node
    const below = find(node.children, id)
    if (below) return below
  }
  return undefined
}

const flat = (nodes: CoverageNode[]): CoverageNode[] => nodes.flatMap((n) => [n, ...flat(n.children)])

/** What a page shows, without the positions of rows in the input. */
const shown = (model: CoverageModel) =>
  flat(model.requirements).map((n) => ({
    id: n.id,
    depth: n.depth,
    status: n.status,
    score: n.score,
    counts: n.counts,
    jointlyCoveredBy: n.jointlyCoveredBy,
    evidence: n.evidence.map(({ mapping: _mapping, ...e }) => JSON.stringify(e)).sort(),
  }))

const RANK = { full: 4, partial: 3, related: 2, none: 1, unknown: 1 } as const

const base = { from: iso, to: nis, sets: [enisa], mappings: rows }

const set = (over: Partial<MappingSetRecord> & { id: string }): MappingSetRecord => ({
  sourceEdition: 'iso-27001-2022',
  targetEdition: 'nis2-ir-2024',
  publisher: 'Versus editorial',
  method: 'set-theory',
  comprehensive: false,
  status: 'complete',
  ...over,
})

describe('computeCoverage', () => {
  it('reads a set stored the other way and grades each requirement by its best link', () => {
    const model = computeCoverage(base)
    expect(model.summary).toEqual({
      from: 'iso-27001-2022',
      to: 'nis2-ir-2024',
      full: 2,
      partial: 2,
      related: 1,
      none: 0,
      unknown: 2,
      total: 7,
      // n1.1 and n2.2 full; n1.2 a subset of strength 8 (0.8); n1.10 an intersect of default strength (0.5 × 0.6)
      score: 0.4429,
      sets: [{ id: 'enisa', publisher: 'ENISA', method: 'set-theory', licence: 'CC-BY-4.0', comprehensive: false }],
    })
    const byId = Object.fromEntries(flat(model.requirements).map((n) => [n.id, n]))
    expect(byId['n1.2']?.evidence).toEqual([
      {
        sources: [{ id: 'i5.1', refId: 'A.5.1', title: null }],
        relationship: 'subset',
        effect: 'partial',
        weight: 0.8,
        strength: 8,
        rationale: null,
        gapNote: 'Adds yearly review.',
        setId: 'enisa',
        publisher: 'ENISA',
        derived: false,
        mapping: { index: 1, id: null },
      },
    ])
    expect(byId['n2.2']?.evidence[0]).toMatchObject({ relationship: 'superset', effect: 'full', weight: 1 })
    expect(byId['n1.10']).toMatchObject({ status: 'partial', score: 0.3 })
    expect(byId['n2.1']).toMatchObject({ status: 'related', score: 0 })
    expect(byId['n3']).toMatchObject({ status: 'unknown', evidence: [] })
    expect(model.sets[0]).toMatchObject({ direction: 'inverse', rows: 5, ignoredRows: 1, targets: 5 })
    expect(model.issues).toEqual([
      expect.objectContaining({ kind: 'unknown-requirement', setId: 'enisa', mapping: 5, ids: ['nope'] }),
    ])
  })

  it('reads the stored direction as stored', () => {
    const summary = computeCoverage({ ...base, from: nis, to: iso }).summary
    // i5.1 full (equal and superset), i5.2 intersect 0.3, i5.15 related, i8.16 subset 0.6
    expect(summary).toMatchObject({ full: 1, partial: 2, related: 1, none: 0, unknown: 0, total: 4, score: 0.475 })
  })

  it('groups by hierarchy with headings uncounted and counts rolled up', () => {
    const model = computeCoverage(base)
    expect(model.requirements.map((n) => n.id)).toEqual(['n1', 'n2', 'n3'])
    const policy = model.requirements[0] as CoverageNode
    expect(policy).toMatchObject({ status: null, score: 0, assessable: false, title: 'Policy' })
    // natural order: 1.2 before 1.10
    expect(policy.children.map((n) => [n.id, n.depth])).toEqual([
      ['n1.1', 1],
      ['n1.2', 1],
      ['n1.10', 1],
    ])
    expect(policy.counts).toEqual({ full: 1, partial: 2, related: 0, none: 0, unknown: 0, total: 3 })
    expect(find(model.requirements, 'n2')?.counts).toEqual({ full: 1, partial: 0, related: 1, none: 0, unknown: 1, total: 3 })
  })

  it('says none only where a comprehensive set or a gap row says nothing maps', () => {
    const gap: MappingRecord = { setId: 'enisa', sources: ['n3'], targets: [], relationship: 'not-related' }
    expect(find(computeCoverage({ ...base, mappings: [...rows, gap] }).requirements, 'n3')?.status).toBe('none')
    const model = computeCoverage({ ...base, sets: [{ ...enisa, comprehensive: true }] })
    expect(model.summary).toMatchObject({ none: 2, unknown: 0 })
    expect(model.summary.sets[0]?.comprehensive).toBe(true)
    // A not-related link from a source only says that source does not help.
    const notRelated: MappingRecord = { setId: 'enisa', sources: ['n3'], targets: ['i5.2'], relationship: 'not-related' }
    const n3 = find(computeCoverage({ ...base, mappings: [...rows, notRelated] }).requirements, 'n3')
    expect(n3).toMatchObject({ status: 'unknown', evidence: [expect.objectContaining({ effect: 'not-related' })] })
  })

  it('reads many-to-many rows as unions, claiming per target only what the union proves', () => {
    const sets = [set({ id: 'm2m' })]
    const model = computeCoverage({
      from: iso,
      to: nis,
      sets,
      mappings: [
        // A.5.1 ∪ A.5.2 ⊇ 1.1: together they cover it.
        { setId: 'm2m', sources: ['i5.1', 'i5.2'], targets: ['n1.1'], relationship: 'superset' },
        // A.5.15 = 2.1 ∪ 2.2: each target is covered.
        { setId: 'm2m', sources: ['i5.15'], targets: ['n2.1', 'n2.2'], relationship: 'equal' },
        // A.8.16 ⊆ 1.2 ∪ 1.10: it may all fall in one of them, so neither is proven partial.
        { setId: 'm2m', sources: ['i8.16'], targets: ['n1.2', 'n1.10'], relationship: 'subset' },
        // one target: A.8.16 ∩ 3 ≠ ∅, partial.
        { setId: 'm2m', sources: ['i8.16', 'i5.1'], targets: ['n3'], relationship: 'intersect', strength: 10 },
      ],
    })
    const status = Object.fromEntries(flat(model.requirements).map((n) => [n.id, n.status]))
    expect(status).toMatchObject({ 'n1.1': 'full', 'n2.1': 'full', 'n2.2': 'full', 'n1.2': 'related', 'n1.10': 'related', n3: 'partial' })
    expect(find(model.requirements, 'n1.1')?.evidence[0]?.sources.map((s) => s.refId)).toEqual(['A.5.1', 'A.5.2'])
    expect(find(model.requirements, 'n3')?.score).toBe(0.5)
    // Every target counted once however many rows reach it.
    expect(model.summary.total).toBe(7)
  })

  it('counts a union of partial links as full only where the set declares it', () => {
    const mappings: MappingRecord[] = [
      { setId: 'joint', sources: ['i5.1'], targets: ['n1.1'], relationship: 'subset' },
      { setId: 'joint', sources: ['i5.2'], targets: ['n1.1'], relationship: 'subset' },
      { setId: 'joint', sources: ['i5.2'], targets: ['n1.2'], relationship: 'related' },
    ]
    const plain = computeCoverage({ from: iso, to: nis, sets: [set({ id: 'joint' })], mappings })
    expect(find(plain.requirements, 'n1.1')?.status).toBe('partial')
    const declared = computeCoverage({ from: iso, to: nis, sets: [set({ id: 'joint', coveredTargets: ['n1.1', 'n1.2', 'n3'] })], mappings })
    expect(find(declared.requirements, 'n1.1')).toMatchObject({ status: 'full', score: 1, jointlyCoveredBy: ['joint'] })
    // An untyped link, or no link at all, cannot back the declaration.
    expect(find(declared.requirements, 'n1.2')?.status).toBe('related')
    expect(declared.issues.filter((i) => i.kind === 'unsupported-cover').map((i) => i.ids[0])).toEqual(['n1.2', 'n3'])
    // Read the other way, the declaration is about the set's sources: coveredSources.
    const reversed = invertMappingSet(set({ id: 'joint', coveredTargets: ['n1.1'] }), mappings)
    expect(find(computeCoverage({ from: iso, to: nis, sets: [reversed.set], mappings: reversed.mappings }).requirements, 'n1.1')?.status).toBe('full')
  })

  it('reads every row of a crosswalk or supportive set as an untyped link', () => {
    for (const method of ['crosswalk', 'supportive'] as const) {
      const model = computeCoverage({ ...base, sets: [{ ...enisa, method, coveredSources: ['n3'] }] })
      expect(model.summary).toMatchObject({ full: 0, partial: 0, related: 5, score: 0 })
      expect(find(model.requirements, 'n1.1')?.evidence[0]).toMatchObject({ relationship: 'related', effect: 'related', weight: 0 })
    }
  })

  it('leaves out drafts, deprecated and derived sets unless asked', () => {
    for (const status of ['draft', 'deprecated'] as const) {
      const model = computeCoverage({ ...base, sets: [{ ...enisa, status }] })
      expect(model.summary).toMatchObject({ full: 0, unknown: 7, sets: [] })
      expect(model.issues.map((i) => i.kind)).toContain('excluded-set')
      expect(computeCoverage({ ...base, sets: [{ ...enisa, status }] }, { statuses: [status] }).summary.full).toBe(2)
    }
    const derived = { ...enisa, derivedFrom: { set: 'old', transition: 't' } }
    expect(computeCoverage({ ...base, sets: [derived] }).summary.full).toBe(0)
    const included = computeCoverage({ ...base, sets: [derived] }, { includeDerived: true })
    expect(included.summary.full).toBe(2)
    expect(find(included.requirements, 'n1.1')?.evidence[0]?.derived).toBe(true)
    expect(included.sets[0]?.derived).toBe(true)
  })

  it('ignores sets for other editions and reports rows of unknown sets, odd rows and heading targets', () => {
    const model = computeCoverage({
      from: iso,
      to: nis,
      sets: [enisa, set({ id: 'other', targetEdition: 'dora-2022' }), { id: '', sourceEdition: 'x' } as MappingSetRecord],
      mappings: [
        ...rows,
        { setId: 'other', sources: ['i5.1'], targets: ['d1'], relationship: 'equal' },
        { setId: 'ghost', sources: ['i5.1'], targets: ['n1.1'], relationship: 'equal' },
        { setId: 'enisa', sources: ['n1.1'], targets: ['i5.1'], relationship: 'same' } as unknown as MappingRecord,
        { setId: 'enisa', sources: [], targets: [], relationship: 'not-related' },
        { setId: 'enisa', sources: [], targets: ['i5.1'], relationship: 'equal' },
        // read ISO → NIS2: A.5 ⊇ 1 ∪ 3, so 3 is covered; 1 is a heading, not counted
        { setId: 'enisa', sources: ['n1', 'n3'], targets: ['i5'], relationship: 'subset' },
        null as unknown as MappingRecord,
      ],
    })
    expect(model.summary.full).toBe(3)
    expect(model.issues.map((i) => `${i.kind}:${i.mapping ?? i.setId}`)).toEqual([
      'invalid-set:null',
      'unknown-requirement:5',
      'invalid-mapping:8',
      'invalid-mapping:9',
      'invalid-mapping:10',
      'invalid-mapping:12',
      'unknown-set:ghost',
      'heading-target:11',
    ])
    expect(model.issues.find((i) => i.kind === 'heading-target')?.ids).toEqual(['n1'])
    // The heading source (A.5) is fine: complying with ISO means complying with all of it.
    expect(find(model.requirements, 'n3')?.status).toBe('full')
  })

  it('repairs odd catalogs and reports what it did', () => {
    const odd: CatalogRecord = {
      editionId: 'odd',
      standardSlug: 'odd',
      requirements: [
        { id: 'x', refId: 'X', parent: 'y', assessable: true },
        { id: 'y', refId: 'Y', parent: 'x', assessable: true },
        { id: 'x', refId: 'X again', assessable: true },
        { id: 'z', refId: 'Z', parent: 'gone', assessable: 'yes' as unknown as boolean },
        { refId: 'no id' } as unknown as CatalogRecord['requirements'][number],
      ],
    }
    const model = computeCoverage({ from: iso, to: odd, sets: [], mappings: [] })
    expect(model.requirements.map((n) => [n.id, n.children.map((c) => c.id)])).toEqual([
      ['x', ['y']],
      ['z', []],
    ])
    expect(model.summary).toMatchObject({ total: 2, unknown: 2, score: 0 })
    expect(model.issues.map((i) => i.kind).sort()).toEqual(['duplicate-requirement', 'missing-parent', 'missing-requirement-id', 'parent-cycle'])
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), fc.anything(), (from, to, sets, mappings, options) => {
        const input = { from, to, sets, mappings } as unknown as Parameters<typeof computeCoverage>[0]
        const model = computeCoverage(input, options as Parameters<typeof computeCoverage>[1])
        expect(model.summary.total).toBe(model.summary.full + model.summary.partial + model.summary.related + model.summary.none + model.summary.unknown)
      }),
      { numRuns: 300 },
    )
    expect(computeCoverage(null as unknown as Parameters<typeof computeCoverage>[0]).summary.total).toBe(0)
  })

  it('counts every assessable requirement once: the buckets add up to the total, at every level', () => {
    fc.assert(
      fc.property(coverageInput, (input) => {
        const model = computeCoverage(input)
        const { summary } = model
        const assessable = new Set(input.to.requirements.filter((r) => r.assessable === true).map((r) => r.id))
        expect(summary.total).toBe(assessable.size)
        expect(summary.full + summary.partial + summary.related + summary.none + summary.unknown).toBe(summary.total)
        const nodes = flat(model.requirements)
        expect(nodes.length).toBe(input.to.requirements.length)
        for (const node of nodes) {
          const own = node.status === null ? 0 : 1
          expect(node.counts.total).toBe(own + node.children.reduce((n, c) => n + c.counts.total, 0))
          expect(node.counts.full + node.counts.partial + node.counts.related + node.counts.none + node.counts.unknown).toBe(node.counts.total)
          expect(node.score).toBeGreaterThanOrEqual(0)
          expect(node.score).toBeLessThanOrEqual(1)
          if (node.status === 'full') expect(node.score).toBe(1)
          else if (node.status !== 'partial') expect(node.score).toBe(0)
          else expect(node.score).toBeLessThanOrEqual(0.9)
        }
        expect(summary.score).toBeGreaterThanOrEqual(0)
        expect(summary.score).toBeLessThanOrEqual(1)
        if (summary.total > 0) {
          expect(summary.score).toBeGreaterThanOrEqual(Math.floor((summary.full / summary.total) * 1e4) / 1e4)
          expect(summary.score).toBeLessThanOrEqual(Math.ceil(((summary.full + 0.9 * summary.partial) / summary.total) * 1e4) / 1e4)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same answer from a set and from its inverse (inversion law)', () => {
    fc.assert(
      fc.property(coverageInput, fc.boolean(), (input, swap) => {
        const [from, to] = swap ? [input.to, input.from] : [input.from, input.to]
        let sets = input.sets
        let mappings = input.mappings
        for (const s of input.sets) {
          const inverted = invertMappingSet(s, mappings)
          mappings = inverted.mappings
          sets = sets.map((x) => (x.id === s.id ? inverted.set : x))
        }
        const direct = computeCoverage({ from, to, sets: input.sets, mappings: input.mappings })
        const viaInverse = computeCoverage({ from, to, sets, mappings })
        expect(viaInverse.summary).toEqual(direct.summary)
        expect(viaInverse.requirements).toEqual(direct.requirements)
        // inverting twice gives the input back
        let back = { sets, mappings }
        for (const s of sets) {
          const inverted = invertMappingSet(s, back.mappings)
          back = { sets: back.sets.map((x) => (x.id === s.id ? inverted.set : x)), mappings: inverted.mappings }
        }
        expect(back.mappings).toEqual(input.mappings)
      }),
      { numRuns: 200 },
    )
  })

  it('never lowers coverage when a link is added', () => {
    fc.assert(
      fc.property(coverageInput, abRow(A_POOL, B_POOL), fc.nat(), (input, extra, at) => {
        const before = computeCoverage(input)
        const mappings = [...input.mappings]
        mappings.splice(at % (mappings.length + 1), 0, store(extra, input.sets))
        const after = computeCoverage({ ...input, mappings })
        expect(after.summary.score).toBeGreaterThanOrEqual(before.summary.score)
        expect(after.summary.full).toBeGreaterThanOrEqual(before.summary.full)
        expect(after.summary.full + after.summary.partial).toBeGreaterThanOrEqual(before.summary.full + before.summary.partial)
        expect(after.summary.full + after.summary.partial + after.summary.related).toBeGreaterThanOrEqual(
          before.summary.full + before.summary.partial + before.summary.related,
        )
        const old = new Map(flat(before.requirements).map((n) => [n.id, n]))
        for (const node of flat(after.requirements)) {
          const was = old.get(node.id) as CoverageNode
          expect(node.score).toBeGreaterThanOrEqual(was.score)
          if (node.status !== null && was.status !== null) expect(RANK[node.status]).toBeGreaterThanOrEqual(RANK[was.status])
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never raises coverage with untyped links, in a typed set or as a whole crosswalk', () => {
    fc.assert(
      fc.property(coverageInput, fc.array(abRow(A_POOL, B_POOL), { minLength: 1, maxLength: 5 }), (input, extra) => {
        const before = computeCoverage(input)
        const related = extra.map((row) => store({ ...row, relationship: 'related' }, input.sets))
        // A crosswalk set may even say "equal" and declare covers: still untyped.
        const crosswalk: MappingSetRecord = {
          id: 'cw',
          sourceEdition: 'A',
          targetEdition: 'B',
          publisher: 'NIST',
          method: 'crosswalk',
          comprehensive: false,
          status: 'complete',
          coveredTargets: [...B_POOL],
        }
        const typedLooking = extra.map((row) => ({ ...store(row, [crosswalk]), setId: 'cw' }))
        const after = computeCoverage({
          ...input,
          sets: [...input.sets, crosswalk],
          mappings: [...input.mappings, ...related, ...typedLooking],
        })
        expect(after.summary.score).toBe(before.summary.score)
        expect(after.summary.full).toBe(before.summary.full)
        expect(after.summary.partial).toBe(before.summary.partial)
        const old = new Map(flat(before.requirements).map((n) => [n.id, n]))
        for (const node of flat(after.requirements)) expect(node.score).toBe(old.get(node.id)?.score)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic: the same answer for the same data in any order', () => {
    fc.assert(
      fc.property(coverageInput, fc.integer(), (input, seed) => {
        const model = computeCoverage(input)
        expect(computeCoverage(input)).toEqual(model)
        const shuffled = computeCoverage({
          from: { ...input.from, requirements: shuffle(input.from.requirements, seed) },
          to: { ...input.to, requirements: shuffle(input.to.requirements, seed + 1) },
          sets: shuffle(input.sets, seed + 2),
          mappings: shuffle(input.mappings, seed + 3),
        })
        expect(shuffled.summary).toEqual(model.summary)
        expect(shown(shuffled)).toEqual(shown(model))
      }),
      { numRuns: 200 },
    )
  })

  it('claims only what is true, for any true rows (soundness against a ground truth)', () => {
    const scenario = truthFor([...poolOf('a', 5), ...poolOf('b', 5)]).chain((truth) =>
      fc.tuple(fc.constant(truth), trueRows('t', truth, poolOf('a', 5), poolOf('b', 5)), fc.boolean()),
    )
    fc.assert(
      fc.property(scenario, ([truth, mappings, forward]) => {
        const sets = [forward ? setBetween('t', 'A', 'B') : setBetween('t', 'B', 'A')]
        const stored = forward ? mappings : mappings.map((m) => invertMappingSet(sets[0] as MappingSetRecord, [{ ...m }]).mappings[0] as MappingRecord)
        const model = computeCoverage({ from: flatCatalog('A', poolOf('a', 5)), to: flatCatalog('B', poolOf('b', 5)), sets, mappings: stored })
        for (const node of flat(model.requirements)) {
          const target = union(truth, [node.id])
          for (const e of node.evidence) {
            const sources = union(truth, e.sources.map((s) => s.id))
            if (e.effect === 'full') expect(holds('superset', sources, target)).toBe(true)
            if (e.effect === 'partial') expect(holds('intersect', sources, target)).toBe(true)
            if (e.effect === 'not-related') expect(holds('not-related', sources, target)).toBe(true)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('lists each requirement\'s evidence strongest first: effect, weight, set, first source, row', () => {
    const effectRank = { full: 0, partial: 1, related: 2, 'not-related': 3, gap: 4 } as const
    const input = fc
      .record({
        sets: fc.tuple(...SET_IDS.map((id) => mappingSet(id, A_POOL, B_POOL))),
        rows: fc.array(abRow(A_POOL, B_POOL), { maxLength: 30 }),
      })
      .map(({ sets, rows: abRows }) => ({
        from: flatCatalog('A', A_POOL),
        to: flatCatalog('B', B_POOL),
        sets: [...sets],
        mappings: abRows.map((r) => store(r, sets)),
      }))
    fc.assert(
      fc.property(input, (data) => {
        const model = computeCoverage(data)
        const position = (id: string) => Number(id.slice(1))
        for (const node of flat(model.requirements)) {
          for (let i = 1; i < node.evidence.length; i++) {
            const a = node.evidence[i - 1] as CoverageModel['requirements'][number]['evidence'][number]
            const b = node.evidence[i] as typeof a
            const order =
              effectRank[a.effect] - effectRank[b.effect] ||
              b.weight - a.weight ||
              compareSlugs(a.setId, b.setId) ||
              position(a.sources[0]?.id ?? 'a0') - position(b.sources[0]?.id ?? 'a0') ||
              a.mapping.index - b.mapping.index
            expect(order).toBeLessThan(0)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
