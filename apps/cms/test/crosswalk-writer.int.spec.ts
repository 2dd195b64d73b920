import type { CrosswalkBundle } from '@versus/content'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeBundle } from '../src/crosswalk/write-bundle'
import type { Mapping, Requirement } from '../src/payload-types'
import { createBundleStandards, smallBundle } from './crosswalk-fixtures'
import { adapters, bootPayload, incomplete, shutdown } from './helpers'

const counts = async (payload: Payload) => ({
  editions: (await payload.count({ collection: 'editions' })).totalDocs,
  requirements: (await payload.count({ collection: 'requirements' })).totalDocs,
  sets: (await payload.count({ collection: 'mapping-sets' })).totalDocs,
  mappings: (await payload.count({ collection: 'mappings' })).totalDocs,
})

const requirementByRef = async (payload: Payload, refId: string): Promise<Requirement> => {
  const { docs } = await payload.find({ collection: 'requirements', where: { refId: { equals: refId } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`No requirement ${refId}`)
  return docs[0]
}

describe.each(adapters())('crosswalk writer on $name', (adapter) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'crosswalk-writer')
    await createBundleStandards(payload)
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('reports what a dry run would write, and writes nothing', async () => {
    const report = await writeBundle(payload, smallBundle(), { dryRun: true })
    expect(report).toMatchObject({ ok: true, dryRun: true, merged: 1, problems: [] })
    expect(report.counts.editions).toEqual({ created: 3, updated: 0, unchanged: 0, deleted: 0 })
    expect(report.counts.requirements.created).toBe(9)
    expect(report.counts.mappings.created).toBe(5)
    expect(await counts(payload)).toEqual({ editions: 0, requirements: 0, sets: 0, mappings: 0 })
  })

  it('writes the bundle by string ids, merging the repeated row', async () => {
    const report = await writeBundle(payload, smallBundle())
    expect(report.ok).toBe(true)
    expect(report.counts).toEqual({
      editions: { created: 3, updated: 0, unchanged: 0, deleted: 0 },
      requirements: { created: 9, updated: 0, unchanged: 0, deleted: 0 },
      sets: { created: 2, updated: 0, unchanged: 0, deleted: 0 },
      mappings: { created: 5, updated: 0, unchanged: 0, deleted: 0 },
    })
    expect(report.standards).toEqual(['iso-27001', 'nist-csf-2'])
    expect(await counts(payload)).toEqual({ editions: 3, requirements: 9, sets: 2, mappings: 5 })

    const control = await payload.find({ collection: 'requirements', where: { refId: { equals: 'A.5.1' } }, depth: 1 })
    expect(control.docs[0]).toMatchObject({ slug: 'a-5-1', title: 'Policies for information security', parent: { refId: 'A.5' } })
    const current = await payload.find({ collection: 'editions', where: { slug: { equals: 'iso-27001-2022' } }, depth: 1 })
    expect(current.docs[0]).toMatchObject({ supersedes: { slug: 'iso-27001-2013' }, amendments: [{ label: 'Amd 1:2024 (climate action changes)' }] })
    const rows = await payload.find({ collection: 'mappings', where: { relationship: { equals: 'equal' } }, depth: 1 })
    expect(rows.docs[0]).toMatchObject({ title: 'A.5.1.1 → A.5.1', strength: 10, rationale: 'semantic', sources: [{ refId: 'A.5.1.1' }], targets: [{ refId: 'A.5.1' }] })
  })

  it('changes nothing when the same bundle is written again', async () => {
    const report = await writeBundle(payload, smallBundle())
    expect(report.ok).toBe(true)
    for (const kind of ['editions', 'requirements', 'sets', 'mappings'] as const) {
      expect(report.counts[kind], kind).toMatchObject({ created: 0, updated: 0, deleted: 0 })
    }
    expect(report.counts.requirements.unchanged).toBe(9)
    expect(report.standards).toEqual([])
    expect(await counts(payload)).toEqual({ editions: 3, requirements: 9, sets: 2, mappings: 5 })
  })

  it('replaces a set\'s rows as a whole and marks other sets\' rows stale when a requirement changes', async () => {
    // An editor's own set using A.5.1, outside the bundle.
    const [csf, iso] = await Promise.all(['nist-csf-2-0', 'iso-27001-2022'].map(async (slug) =>
      (await payload.find({ collection: 'editions', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!,
    ))
    const editorial = await payload.create({
      collection: 'mapping-sets',
      data: incomplete({ slug: 'csf-iso-editorial', title: 'Editorial', sourceEdition: csf!.id, targetEdition: iso!.id, publisher: 'Versus editorial', method: 'set-theory', status: 'draft' }),
    })
    const a51 = await requirementByRef(payload, 'A.5.1')
    const gvpo01 = await requirementByRef(payload, 'GV.PO-01')
    await payload.create({ collection: 'mappings', data: incomplete({ set: editorial.id, sources: [gvpo01.id], targets: [a51.id], relationship: 'subset' }) })

    const bundle = smallBundle()
    bundle.requirements.find((r) => r.refId === 'A.5.1')!.title = 'Policies for information security (renamed)'
    bundle.mappings = bundle.mappings.filter((row) => !(row.sources[0] === 'GV.PO-02' && row.targets[0] === 'A.5.1'))
    bundle.mappings.find((row) => row.relationship === 'equal')!.gapNote = 'Now split over several topic policies.'
    const report = await writeBundle(payload, bundle)
    expect(report.counts.requirements).toEqual({ created: 0, updated: 1, unchanged: 8, deleted: 0 })
    expect(report.counts.mappings).toEqual({ created: 0, updated: 1, unchanged: 3, deleted: 1 })
    expect(report.staleMarked).toBe(1)

    const editorialRows = await payload.find({ collection: 'mappings', where: { set: { equals: editorial.id } }, depth: 0 })
    expect(editorialRows.docs[0]).toMatchObject<Partial<Mapping>>({ stale: true, staleReason: 'A.5.1 changed (title)' })
    // The bundle's own rows are re-asserted by the import, not flagged.
    expect((await payload.count({ collection: 'mappings', where: { stale: { equals: true } } })).totalDocs).toBe(1)
  })

  it('writes nothing and lists every problem when any record is bad', async () => {
    const before = await counts(payload)
    const bundle: CrosswalkBundle = smallBundle()
    bundle.editions.push({ id: 'nis2-2022', standard: 'nis2', label: 'NIS2', year: 2022, status: 'current', textLicence: 'full-text' })
    bundle.editions.push({ id: 'dora-2022', standard: 'iso-27001', label: 'DORA', year: 2022, status: 'current', textLicence: 'full-text' })
    bundle.requirements.push({ edition: 'iso-27001-2022', refId: 'A.5.2', assessable: true, text: 'Quoted standard text.', parent: 'A.9' })
    bundle.requirements.push({ edition: 'iso-27001-2099', refId: 'X', assessable: true })
    bundle.mappings.push({ set: 'nist-csf-2-0--iso-27001-2022', sources: ['GV.PO-99'], targets: ['A.5.1'], relationship: 'related' })
    bundle.mappings.push({ set: 'nist-csf-2-0--iso-27001-2022', sources: ['A.5.1'], targets: ['GV.PO-01'], relationship: 'equal' })

    const report = await writeBundle(payload, bundle)
    expect(report.ok).toBe(false)
    expect(report.problems.map(({ kind, record, field }) => `${kind} ${record} ${field}`)).toEqual([
      'edition nis2-2022 standard',
      'requirement iso-27001-2022 A.5.2 parent',
      'requirement iso-27001-2022 A.5.2 text',
      'requirement iso-27001-2099 X edition',
      'mapping nist-csf-2-0--iso-27001-2022 row 7 (GV.PO-99 → A.5.1) sources',
      'mapping nist-csf-2-0--iso-27001-2022 row 8 (A.5.1 → GV.PO-01) sources',
      'mapping nist-csf-2-0--iso-27001-2022 row 8 (A.5.1 → GV.PO-01) targets',
    ])
    expect(report.problems[0]!.message).toBe('There is no standard with slug "nis2".')
    expect(report.problems[2]!.message).toMatch(/"titles-and-ids": its official text may not be stored/)
    // dora-2022 was valid on its own: not written either.
    expect(await counts(payload)).toEqual(before)
  })

  it('writes 2,000 requirements and 2,000 rows well under 30 seconds', async () => {
    const bundle: CrosswalkBundle = {
      editions: [
        { id: 'big-source-1', standard: 'iso-27001', label: 'Big source', year: 2020, status: 'draft', textLicence: 'ids-only' },
        { id: 'big-target-1', standard: 'nist-csf-2', label: 'Big target', year: 2020, status: 'draft', textLicence: 'full-text' },
      ],
      requirements: [],
      sets: [
        { id: 'big-source-1--big-target-1', sourceEdition: 'big-source-1', targetEdition: 'big-target-1', publisher: 'Test', method: 'set-theory', comprehensive: false, status: 'draft' },
      ],
      mappings: [],
    }
    for (let i = 0; i < 1000; i++) {
      bundle.requirements.push({ edition: 'big-source-1', refId: `S-${i}`, assessable: true, summary: `Source ${i}`, order: i })
      bundle.requirements.push({ edition: 'big-target-1', refId: `T-${i}`, assessable: true, text: `Target text ${i}`, parent: i > 0 ? 'T-0' : null })
    }
    for (let i = 0; i < 2000; i++) {
      bundle.mappings.push({ set: 'big-source-1--big-target-1', sources: [`S-${i % 1000}`], targets: [`T-${(i * 7 + (i >= 1000 ? 3 : 0)) % 1000}`, `T-${(i * 7 + 1) % 1000}`], relationship: i % 2 ? 'subset' : 'intersect', strength: i % 11 })
    }
    const started = performance.now()
    const report = await writeBundle(payload, bundle)
    const firstMs = performance.now() - started
    expect(report.ok).toBe(true)
    expect(report.counts.requirements.created).toBe(2000)
    expect(report.counts.mappings.created).toBe(2000)
    const again = performance.now()
    const second = await writeBundle(payload, bundle)
    const secondMs = performance.now() - again
    expect(second.counts.mappings.unchanged).toBe(2000)
    console.info(`crosswalk writer on ${adapter.name}: first write ${Math.round(firstMs)} ms, unchanged rewrite ${Math.round(secondMs)} ms`)
    expect(firstMs).toBeLessThan(30_000)
  }, 120_000)
})
