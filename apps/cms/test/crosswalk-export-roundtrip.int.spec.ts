import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CrosswalkBundle } from '@versus/content'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeBundle } from '../src/crosswalk/write-bundle'
import { exportCrosswalkFiles, readAllCrosswalks } from '../src/transfer/crosswalk-export'
import { importCrosswalkFolder, indexFiles } from '../src/transfer/crosswalk-folder'
import { exportContent, serializeFile } from '../src/transfer/export'
import { importFile } from '../src/transfer/import'
import { createBundleStandards, smallBundle } from './crosswalk-fixtures'
import { adapters, bootPayload, shutdown } from './helpers'
import type { AdapterCase } from './helpers'

/** A bundle in a stable order, to compare two databases' contents. */
function sorted(bundle: CrosswalkBundle): CrosswalkBundle {
  const by = <T,>(key: (x: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b))
  return {
    editions: [...bundle.editions].sort(by((e) => e.id)),
    requirements: [...bundle.requirements].sort(by((r) => `${r.edition} ${r.refId}`)),
    sets: [...bundle.sets].sort(by((s) => s.id)),
    mappings: [...bundle.mappings].sort(by((m) => JSON.stringify([m.set, m.sources, m.targets, m.relationship]))),
  }
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))

// NIST CSF 2.0 is a US government work (full-text licence): its official wording may travel.
const GV_PO_01_TEXT =
  'Policy for managing cybersecurity risks is established based on organizational context, cybersecurity strategy, and priorities and is communicated and enforced'

describe.each(adapters())('crosswalk export from one database, import into an empty one, on $name', (adapter: AdapterCase) => {
  let source: Payload
  let target: Payload
  let folder: string
  let before: CrosswalkBundle

  beforeAll(async () => {
    source = await bootPayload(adapter, 'crosswalk-export-from')
    await createBundleStandards(source)
    const bundle = smallBundle()
    // A draft edition with a requirement without kind or order, official text where the licence
    // allows it, and (in the fixture) a draft set, a predecessor, an untitled requirement: all must travel.
    bundle.editions.push({ id: 'nist-csf-3-0', standard: 'nist-csf-2', label: 'NIST CSF 3.0 (draft)', year: 2027, status: 'draft', supersedes: 'nist-csf-2-0', textLicence: 'ids-only' })
    bundle.requirements.push({ edition: 'nist-csf-3-0', refId: 'GV.X-01', parent: null, kind: null, assessable: true, title: null, summary: 'Ours: a placeholder.', order: null })
    bundle.requirements = bundle.requirements.map((r) => (r.edition === 'nist-csf-2-0' && r.refId === 'GV.PO-01' ? { ...r, text: GV_PO_01_TEXT } : r))
    const written = await writeBundle(source, bundle)
    expect(written.problems).toEqual([])
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'versus-crosswalks-'))
    // What `npm run export -- FILE` writes: the versus/1 file and crosswalks/ beside it.
    fs.writeFileSync(path.join(folder, 'versus.json'), serializeFile((await exportContent(source)).file))
    fs.mkdirSync(path.join(folder, 'crosswalks'))
    for (const file of await exportCrosswalkFiles(source)) fs.writeFileSync(path.join(folder, 'crosswalks', file.name), file.content)
    before = sorted(await readAllCrosswalks(source))
    // Drizzle skips pushing a schema it pushed before in this process; the SQLite target is a new, empty file.
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    target = await bootPayload(adapter, 'crosswalk-export-into').finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
  })

  afterAll(async () => {
    await shutdown(source, adapter)
    await shutdown(target, adapter)
    if (folder) fs.rmSync(folder, { recursive: true, force: true })
  })

  it('writes a catalog per edition, predecessors first, and an index naming catalogs then sets', () => {
    const listed = indexFiles(readJson(path.join(folder, 'crosswalks', 'index.json')))
    expect('files' in listed && listed.files).toEqual([
      'iso-27001-2013.catalog.json',
      'iso-27001-2022.catalog.json',
      'nist-csf-2-0.catalog.json',
      'nist-csf-3-0.catalog.json',
      'iso-27001-2013--iso-27001-2022.oscal.json',
      'nist-csf-2-0--iso-27001-2022.oscal.json',
    ])
    const catalog = readJson(path.join(folder, 'crosswalks', 'iso-27001-2022.catalog.json')) as { catalog: { metadata: { title: string } } }
    expect(catalog.catalog.metadata.title).toBe('ISO/IEC 27001:2022')
    // Official text only under a full-text licence: CSF 2.0's statement is there, ISO's catalogs have none.
    expect(fs.readFileSync(path.join(folder, 'crosswalks', 'nist-csf-2-0.catalog.json'), 'utf8')).toContain(GV_PO_01_TEXT)
    for (const name of ['iso-27001-2013.catalog.json', 'iso-27001-2022.catalog.json']) {
      expect(fs.readFileSync(path.join(folder, 'crosswalks', name), 'utf8')).not.toContain('"statement"')
    }
  })

  it('the versus/1 file then the folder give the empty database the same editions, requirements, sets and rows', async () => {
    expect((await readAllCrosswalks(target)).editions).toEqual([])
    // The standards the editions belong to come from the versus/1 file.
    const content = await importFile(target, readJson(path.join(folder, 'versus.json')), { onChanged: () => undefined })
    expect(content.counts.reject).toBe(0)
    const indexPath = path.join(folder, 'crosswalks', 'index.json')
    const result = await importCrosswalkFolder(target, indexPath, readJson(indexPath))
    expect(result.error).toBeNull()
    expect(result.files.map(({ name }) => name)).toHaveLength(6)
    for (const { report } of result.files) expect(report.warnings ?? []).toEqual([])
    const after = sorted(await readAllCrosswalks(target))
    expect(after.editions).toEqual(before.editions)
    expect(after.requirements).toEqual(before.requirements)
    expect(after.sets).toEqual(before.sets)
    expect(after.mappings).toEqual(before.mappings)
    // The test would prove nothing if the source lacked what it checks.
    expect(before.requirements.find((r) => r.refId === 'GV.PO-01')?.text).toBe(GV_PO_01_TEXT)
    expect(before.editions.find((e) => e.id === 'iso-27001-2022')?.supersedes).toBe('iso-27001-2013')
    expect(before.sets.find((s) => s.id === 'iso-27001-2013--iso-27001-2022')?.status).toBe('draft')
    expect(before.requirements.find((r) => r.refId === '5.2')?.parent).toBe('5')

    // Again: nothing changes.
    const again = await importCrosswalkFolder(target, indexPath, readJson(indexPath))
    expect(again.error).toBeNull()
    for (const { report } of again.files) expect(report.counts.create + report.counts.update).toBe(0)
  })

  it('refuses an index that names a path outside the folder, reading nothing', async () => {
    const result = await importCrosswalkFolder(target, path.join(folder, 'crosswalks', 'index.json'), {
      format: 'versus-crosswalks/1',
      files: ['../etc/passwd.catalog.json'],
    })
    expect(result).toEqual({ files: [], error: expect.stringMatching(/not a catalog or OSCAL file name of this folder/) })
  })

  it('stops at the first file refused', async () => {
    const broken = path.join(folder, 'broken')
    fs.mkdirSync(broken)
    fs.writeFileSync(path.join(broken, 'a.catalog.json'), '{"catalog": {}}')
    fs.copyFileSync(path.join(folder, 'crosswalks', 'iso-27001-2013.catalog.json'), path.join(broken, 'b.catalog.json'))
    const result = await importCrosswalkFolder(target, path.join(broken, 'index.json'), { format: 'versus-crosswalks/1', files: ['a.catalog.json', 'b.catalog.json'] })
    expect(result.error).toMatch(/a\.catalog\.json was refused/)
    expect(result.files.map(({ name }) => name)).toEqual(['a.catalog.json'])
  })
})
