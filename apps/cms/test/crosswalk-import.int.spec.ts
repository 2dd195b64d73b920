import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CrosswalkBundle } from '@versus/content'
import { getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { writeBundle } from '../src/crosswalk/write-bundle'
import { crosswalkCatalogFile, crosswalkSetFiles, exportCrosswalkFiles, readAllCrosswalks } from '../src/transfer/crosswalk-export'
import { importText } from '../src/transfer/import-text'
import type { ImportReport } from '../src/transfer/report'
import { createBundleStandards } from './crosswalk-fixtures'
import { adapters, incomplete, shutdown } from './helpers'
import type { AdapterCase } from './helpers'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.resolve(dirname, '../../../packages/content/src/formats/fixtures')
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8')

const EXTERNAL = path.resolve(process.env.VERSUS_EXTERNAL_DATA ?? path.resolve(dirname, '../../../../shared/data/external'))
const hasExternal = fs.existsSync(EXTERNAL)
const external = (name: string) => fs.readFileSync(path.join(EXTERNAL, name), 'utf8')
if (!hasExternal) console.warn(`crosswalk import: the real-file tests are skipped: no third-party files at ${EXTERNAL} (set VERSUS_EXTERNAL_DATA)`)

/** The editions the fixtures' mapping files point at, written through the crosswalk writer. */
const targets = (): CrosswalkBundle => {
  const requirement = (edition: string, refId: string, order: number) => ({ edition, refId, assessable: true, title: `Title ${refId}`, order })
  const edition = (id: string, standard: string) => ({
    id,
    standard,
    label: id,
    year: 2024,
    status: 'current' as const,
    textLicence: 'titles-and-ids' as const,
  })
  const ps = ['P.1', 'P.2', 'P.3', 'P.4', 'P.5', 'P.6']
  return {
    editions: [edition('other-1', 'other'), edition('other-framework-1', 'other-framework'), edition('demo-control-catalog', 'demo-control-catalog')],
    requirements: [
      ...ps.map((refId, i) => requirement('other-1', refId, i + 1)),
      ...ps.map((refId, i) => requirement('other-framework-1', refId, i + 1)),
      ...['XA-1', 'XA-1(1)', 'XA-2', 'XB-1'].map((refId, i) => requirement('demo-control-catalog', refId, i + 1)),
    ],
    sets: [],
    mappings: [],
  }
}

const counts = async (payload: Payload) => ({
  editions: (await payload.count({ collection: 'editions' })).totalDocs,
  requirements: (await payload.count({ collection: 'requirements' })).totalDocs,
  sets: (await payload.count({ collection: 'mapping-sets' })).totalDocs,
  mappings: (await payload.count({ collection: 'mappings' })).totalDocs,
})

const rejects = (report: ImportReport) => report.lines.filter((line) => line.action === 'reject').map((line) => line.text)

async function run(payload: Payload, text: string, dryRun = false) {
  const result = await importText(payload, text, { dryRun })
  if (!('report' in result)) throw new Error(result.unreadable)
  return result.report as ImportReport & { crosswalk?: { format: string; counts: Record<string, Record<string, number>> } }
}

describe.each(adapters())('crosswalk import and export on $name', (adapter: AdapterCase) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let key: string
  let editorToken: string

  beforeAll(async () => {
    key = `crosswalk-import-${adapter.name}-${Math.random().toString(36).slice(2)}`
    config = createConfig({ databaseURI: adapter.databaseURI('crosswalk-import') })
    payload = await getPayload({ config, key })
    await createBundleStandards(payload, [
      'iso-27001',
      'nist-csf-2',
      'nist-sp-800-53',
      'demo',
      'other',
      'other-framework',
      'demo-control-catalog',
      'demo-control-catalog-versus-test-fixture',
    ])
    const written = await writeBundle(payload, targets())
    expect(written.problems).toEqual([])
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const login = await payload.login({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1' } })
    editorToken = login.token ?? ''
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('a dry run of a CISO Assistant framework reports per kind and writes nothing', async () => {
    const before = await counts(payload)
    const report = await run(payload, fixture('ciso-framework.yaml'), true)
    expect(rejects(report)).toEqual([])
    expect(report.crosswalk?.format).toBe('ciso-assistant')
    expect(report.crosswalk?.counts.editions).toMatchObject({ created: 1 })
    expect(report.crosswalk?.counts.requirements).toMatchObject({ created: 5 })
    expect(report.counts).toEqual({ create: 6, update: 0, unchanged: 0, reject: 0 })
    expect(report.applied).toBe(false)
    expect(report.warnings?.some((warning) => warning.includes('unknown framework'))).toBe(true)
    expect(await counts(payload)).toEqual(before)
  })

  it('imports a CISO Assistant framework, then its mapping resolved against the stored catalogs', async () => {
    const framework = await run(payload, fixture('ciso-framework.yaml'))
    expect(rejects(framework)).toEqual([])
    expect(framework.applied).toBe(true)
    const mapping = await run(payload, fixture('ciso-mapping.yaml'))
    expect(rejects(mapping)).toEqual([])
    expect(mapping.crosswalk?.counts['mapping-sets']).toMatchObject({ created: 1 })
    expect(mapping.crosswalk?.counts.mappings).toMatchObject({ created: 6 })
    // The -revert set is dropped and the duplicate merged, both said; the refIds came from the database, so no guessing.
    expect(mapping.warnings?.some((warning) => warning.includes('-revert'))).toBe(true)
    expect(mapping.warnings?.some((warning) => warning.includes('merged'))).toBe(true)
    expect(mapping.warnings?.some((warning) => warning.includes('guessed'))).toBe(false)
    const set = await payload.find({ collection: 'mapping-sets', where: { slug: { equals: 'demo-2024--other-1' } } })
    expect(set.docs[0]).toMatchObject({ publisher: 'Versus tests', method: 'set-theory' })
  })

  it('importing the same file again changes nothing', async () => {
    const before = await counts(payload)
    for (const name of ['ciso-framework.yaml', 'ciso-mapping.yaml']) {
      const report = await run(payload, fixture(name))
      expect(report.counts.create + report.counts.update + report.counts.reject).toBe(0)
      expect(report.counts.unchanged).toBeGreaterThan(0)
    }
    expect(await counts(payload)).toEqual(before)
  })

  it('imports the crosswalk CSV: the set is replaced by the file’s rows', async () => {
    const report = await run(payload, fixture('crosswalk.csv'))
    expect(rejects(report)).toEqual([])
    expect(report.crosswalk?.format).toBe('crosswalk-csv')
    expect(report.crosswalk?.counts['mapping-sets']).toMatchObject({ updated: 1 })
    const set = await payload.find({ collection: 'mapping-sets', where: { slug: { equals: 'demo-2024--other-1' } } })
    const rows = await payload.count({ collection: 'mappings', where: { set: { equals: set.docs[0]?.id } } })
    expect(rows.totalDocs).toBe(6)
    expect(set.docs[0]).toMatchObject({ publisher: 'Versus editorial', comprehensive: true, licence: 'CC-BY-4.0' })
    const again = await run(payload, fixture('crosswalk.csv'))
    expect(again.counts.create + again.counts.update).toBe(0)
  })

  it('imports an OSCAL catalog and an OSCAL mapping-collection', async () => {
    const catalog = await run(payload, fixture('oscal-catalog.json'))
    expect(rejects(catalog)).toEqual([])
    expect(catalog.crosswalk?.format).toBe('oscal-catalog')
    expect(catalog.crosswalk?.counts.requirements).toMatchObject({ created: 7 })
    const control = await payload.find({ collection: 'requirements', where: { refId: { equals: 'XA-1(1)' } }, depth: 1 })
    expect(control.docs.map((doc) => typeof doc.parent === 'object' && doc.parent?.refId)).toContain('XA-1')

    const collection = await run(payload, fixture('oscal-mapping-collection.json'))
    expect(rejects(collection)).toEqual([])
    expect(collection.crosswalk?.format).toBe('oscal-mapping-collection')
    expect(collection.crosswalk?.counts.mappings).toMatchObject({ created: 6 })
  })

  it('refuses a file with several problems whole, listing every one', async () => {
    const before = await counts(payload)
    const csv = await run(payload, fixture('crosswalk-problems.csv'))
    expect(csv.applied).toBe(false)
    const csvRejects = rejects(csv)
    for (const expected of ['target-edition', 'publisher', 'line 4.method', 'line 9.relationship', 'line 10.target', 'line 11.source', 'line 12.rationale', 'line 12.strength']) {
      expect(csvRejects.some((line) => line.includes(expected))).toBe(true)
    }
    const yaml = await run(payload, fixture('ciso-problems.yaml'))
    // Parser errors and the writer's own (the standard "broken" does not exist) in one report.
    expect(rejects(yaml).length).toBeGreaterThanOrEqual(10)
    expect(rejects(yaml).some((line) => line.includes('There is no standard with slug "broken"'))).toBe(true)
    expect(yaml.counts.reject).toBe(rejects(yaml).length)
    const catalog = await run(payload, fixture('oscal-catalog-problems.json'))
    expect(rejects(catalog).length).toBeGreaterThanOrEqual(7)
    const collection = await run(payload, fixture('oscal-mapping-collection-problems.json'))
    expect(rejects(collection).length).toBeGreaterThanOrEqual(10)
    expect(await counts(payload)).toEqual(before)
  })

  it('a writer problem alone refuses the file: a mapping to a requirement that is not stored', async () => {
    const before = await counts(payload)
    const csv = fixture('crosswalk.csv').replace('G-1,P.1,equal', 'G-1,P.99,equal')
    const report = await run(payload, csv)
    expect(rejects(report)).toEqual([expect.stringMatching(/^demo-2024--other-1 row 1 \(G-1 → P\.99\)\.targets: Not in other-1: P\.99\./)])
    expect(await counts(payload)).toEqual(before)
  })

  it('a partial catalog adds to the stored edition and keeps what it does not mention', async () => {
    const extra = fixture('ciso-framework.yaml').replace(
      /requirement_nodes:\n[\s\S]*$/,
      `requirement_nodes:
    - urn: urn:versus:risk:req_node:demo-2024:g-3
      assessable: true
      depth: 1
      ref_id: G-3
      name: Records
`,
    )
    // Our own summary on a stored requirement: the file has no place for one, so it stays.
    const g1 = (await payload.find({ collection: 'requirements', where: { refId: { equals: 'G-1' } }, limit: 1 })).docs[0]
    await payload.db.updateOne({ collection: 'requirements', id: g1!.id, data: { summary: 'Ours: a written policy exists.' } })
    const report = await run(payload, extra)
    expect(rejects(report)).toEqual([])
    expect(report.crosswalk?.counts.requirements).toMatchObject({ created: 1, deleted: 0 })
    const stored = await payload.find({ collection: 'requirements', where: { 'edition.slug': { equals: 'demo-2024' } }, limit: 0 })
    expect(stored.docs.map((doc) => doc.refId).sort()).toEqual(['G', 'G-1', 'G-2', 'G-2.a', 'G-3', 'intro'])
    const whole = await run(payload, fixture('ciso-framework.yaml'))
    expect(whole.crosswalk?.counts.requirements).toMatchObject({ created: 0, updated: 0, unchanged: 5 })
    const kept = await payload.findByID({ collection: 'requirements', id: g1!.id })
    expect(kept.summary).toBe('Ours: a written policy exists.')
  })

  it('exports every set as OSCAL and CSV, and the export imports back unchanged; OSCAL restores a cleared set', async () => {
    const files = await exportCrosswalkFiles(payload)
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['demo-2024--other-1.oscal.json', 'demo-2024--other-1.csv', 'demo-control-catalog--other-framework-1.csv']),
    )
    // Every file but the folder's index (crosswalk-export-roundtrip.int.spec.ts reads the folder through it).
    for (const file of files.filter((f) => f.name !== 'index.json')) {
      const report = await run(payload, file.content)
      expect(rejects(report)).toEqual([])
      expect(report.counts.create + report.counts.update).toBe(0)
    }
    // Round trip through a deletion: remove the set's rows by importing an empty CSV, then the OSCAL export restores them.
    const bundle = await readAllCrosswalks(payload)
    const [oscal, csv] = crosswalkSetFiles(bundle, 'demo-2024--other-1')
    const rowsBefore = bundle.mappings.filter((row) => row.set === 'demo-2024--other-1')
    const emptied = csv!.content.split('\n').filter((line) => line.startsWith('#') || line.startsWith('source,')).join('\n')
    const cleared = await run(payload, `${emptied}\n`)
    expect(rejects(cleared)).toEqual([])
    expect(cleared.crosswalk?.counts.mappings).toMatchObject({ deleted: rowsBefore.length })
    const restored = await run(payload, oscal!.content)
    expect(rejects(restored)).toEqual([])
    expect(restored.crosswalk?.counts.mappings).toMatchObject({ created: rowsBefore.length })
    const after = (await readAllCrosswalks(payload)).mappings.filter((row) => row.set === 'demo-2024--other-1')
    expect(after).toEqual(rowsBefore)
  })

  it('the admin endpoint takes the same files, with the same report', async () => {
    const post = (body: string, query = '?dryRun=1') =>
      handleEndpoints({
        config,
        payloadInstanceCacheKey: key,
        request: new Request(`http://localhost:3001/api/transfer/import${query}`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', Authorization: `JWT ${editorToken}` },
          body,
        }),
      })
    const ok = await post(fixture('ciso-framework.yaml'))
    expect(ok.status).toBe(200)
    const body = (await ok.json()) as ImportReport & { summary: string }
    expect(body.dryRun).toBe(true)
    expect(body.summary).toContain('Dry run: nothing was changed.')
    const refused = await post(fixture('crosswalk-problems.csv'), '')
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as ImportReport).counts.reject).toBeGreaterThanOrEqual(8)
    const unreadable = await post('source;target\nnot a known format')
    expect(unreadable.status).toBe(400)

    const get = (name: string, token: string | null = editorToken) =>
      handleEndpoints({
        config,
        payloadInstanceCacheKey: key,
        request: new Request(`http://localhost:3001/api/transfer/crosswalks/${name}`, {
          headers: token ? { Authorization: `JWT ${token}` } : {},
        }),
      })
    const expected = crosswalkSetFiles(await readAllCrosswalks(payload), 'demo-2024--other-1')
    for (const file of expected) {
      const response = await get(file.name)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(file.content)
    }
    const catalog = crosswalkCatalogFile(await readAllCrosswalks(payload), 'demo-2024')
    const catalogResponse = await get('demo-2024.catalog.json')
    expect(catalogResponse.status).toBe(200)
    expect(catalogResponse.headers.get('content-disposition')).toBe('attachment; filename="demo-2024.catalog.json"')
    expect(await catalogResponse.text()).toBe(catalog.content)
    expect((await get('demo-2024--other-1.csv', null)).status).toBe(401)
    expect((await get('demo-2024.catalog.json', null)).status).toBe(401)
    expect((await get('no-such-set.csv')).status).toBe(404)
    expect((await get('no-such-edition.catalog.json')).status).toBe(404)
    expect((await get('demo-2024--other-1.xml')).status).toBe(400)
  })

  it.skipIf(!hasExternal)('imports the real files: ISO 27001:2022 and CSF 2.0 frameworks, NIST’s CSF → ISO mapping, the SP 800-53 moderate catalog', async () => {
    for (const name of ['ciso-assistant/iso27001-2022.yaml', 'ciso-assistant/nist-csf-2.0.yaml', 'ciso-assistant/mapping-nist-csf-2.0-to-iso27001-2022.yaml']) {
      const started = Date.now()
      const report = await run(payload, external(name))
      console.info(`crosswalk import on ${adapter.name}: ${name} in ${Date.now() - started} ms`, JSON.stringify(report.crosswalk?.counts))
      expect(rejects(report)).toEqual([])
      expect(report.applied).toBe(true)
    }
    const set = await payload.find({ collection: 'mapping-sets', where: { slug: { equals: 'nist-csf-2-0--iso-27001-2022' } } })
    expect(set.docs[0]).toMatchObject({ method: 'crosswalk' })
    expect((await payload.count({ collection: 'mappings', where: { set: { equals: set.docs[0]?.id } } })).totalDocs).toBeGreaterThan(100)

    const started = Date.now()
    const catalog = await run(payload, external('oscal/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json'))
    console.info(`crosswalk import on ${adapter.name}: SP 800-53 r5 moderate OSCAL catalog in ${Date.now() - started} ms`, JSON.stringify(catalog.crosswalk?.counts))
    expect(rejects(catalog)).toEqual([])
    expect(catalog.crosswalk?.counts.requirements?.created).toBeGreaterThan(250)
    const again = await run(payload, external('ciso-assistant/mapping-nist-csf-2.0-to-iso27001-2022.yaml'))
    expect(again.counts.create + again.counts.update).toBe(0)
  })
})
