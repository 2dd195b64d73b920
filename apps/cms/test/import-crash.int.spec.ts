/**
 * `npm run import -- FILE` killed with SIGKILL part-way — inside a migration
 * of the fresh database, half-way through the writes and while restoring
 * history — and run again ends with exactly the file's content: every
 * document once, every version, and one refresh of the site, from the run
 * that committed. Runs the real command (scripts/versus.mjs import) on a
 * throwaway SQLite DATA_DIR.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'
import { exportContent, serializeFile } from '../src/transfer/export'
import type { TransferFile } from '../src/transfer/format'
import { fakeSite, runVersus } from './cli-process'
import type { KillPoint } from './cli-process'
import { openDataDir } from './helpers'

const firstMigration = migrations[0]?.name ?? ''

// Each run is a new process (npm, tsx, Payload): generous on a loaded two-core machine.
const SPAWNS_TIMEOUT_MS = 240_000

describe('import killed part-way', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versus-import-crash-'))
    dirs.push(dir)
    return dir
  }
  let site: Awaited<ReturnType<typeof fakeSite>>
  let exportPath: string
  let exported: string

  beforeAll(async () => {
    site = await fakeSite()
    const source = tempDir()
    const seeded = await runVersus(['seed'], { dataDir: source, siteURL: site.url })
    expect(seeded.code, seeded.output).toBe(0)
    const payload = await openDataDir(source)
    try {
      exported = serializeFile((await exportContent(payload, { history: true })).file)
    } finally {
      await payload.destroy()
    }
    exportPath = path.join(source, 'content.json')
    fs.writeFileSync(exportPath, exported)
  })

  afterAll(async () => {
    await site?.close()
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('and run again ends with exactly the file’s content', async () => {
    const file = JSON.parse(exported) as TransferFile
    const records = ['categories', 'aspects', 'standards', 'comparisons', 'articles'].reduce(
      (sum, key) => sum + ((file[key as keyof TransferFile] as unknown[] | undefined)?.length ?? 0),
      0,
    )
    // Where each run dies: the import logs each group of records as it starts writing them.
    const kills: (KillPoint & { label: string })[] = [
      // The first migration builds the whole schema: the longest one.
      { label: 'inside a migration', after: new RegExp(`Migrating: ${firstMigration}`), inTransaction: true },
      { label: 'half-way through the writes', after: /import: writing comparisons/ },
      { label: 'while restoring history', after: /import: writing history/ },
    ]
    const dataDir = tempDir()
    for (const { label, ...kill } of kills) {
      const run = await runVersus(['import', exportPath], { dataDir, siteURL: site.url, kill })
      expect(run.signal, `${label}: killed before it finished\n${run.output}`).toBe('SIGKILL')
      expect(run.output, label).not.toMatch(/Imported\./)
      expect(run.hotJournal, `${label}: killed inside a write transaction`).toBe(true)
    }
    expect(site.refreshed, 'no killed run told the site anything').toEqual([])

    const rerun = await runVersus(['import', exportPath], { dataDir, siteURL: site.url })
    expect(rerun.code, rerun.output).toBe(0)
    // Nothing the killed runs wrote survived: the run that completes creates every record itself.
    // (and updates the `site` global, which a fresh database holds empty).
    expect(rerun.output).toContain(`${records} created, 1 updated, 0 unchanged, 0 rejected. Imported.`)
    expect(site.refreshed).toHaveLength(1)

    const payload = await openDataDir(dataDir)
    try {
      const again = serializeFile((await exportContent(payload, { history: true })).file)
      expect(again === exported, 'the database exports the imported file byte for byte').toBe(true)
    } finally {
      await payload.destroy()
    }
  }, SPAWNS_TIMEOUT_MS)
})
