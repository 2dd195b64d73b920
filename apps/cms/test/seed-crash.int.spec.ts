/**
 * `npm run seed` killed with SIGKILL part-way — inside a migration, as the
 * seed's writes begin, in the middle and near the end — and run again ends
 * with exactly the content of a seed that was never interrupted: every
 * document once, every version, nothing half-written. Runs the real command
 * (scripts/versus.mjs seed) on a throwaway SQLite DATA_DIR.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'
import * as content from '../src/seed/content'
import { fakeSite, runVersus } from './cli-process'
import type { KillPoint } from './cli-process'
import { contentHash, openDataDir } from './helpers'

const firstMigration = migrations[0]?.name ?? ''
const seeded = /seed site: /

/** Every slug (or pair key) once, and as many documents as the seed content has. */
async function assertNoDuplicates(payload: Payload) {
  const expected = {
    categories: content.categories.length,
    aspects: content.aspects.length,
    standards: content.standards.length,
    comparisons: content.comparisons.length,
    articles: content.articles.length,
  }
  for (const [collection, count] of Object.entries(expected)) {
    const { docs } = await payload.find({
      collection: collection as keyof typeof expected,
      pagination: false,
      depth: 0,
      draft: true,
    })
    const keys = docs.map((doc) => String((doc as { slug?: string; pairKey?: string }).slug ?? (doc as { pairKey?: string }).pairKey))
    expect(keys, collection).toHaveLength(count)
    expect(new Set(keys).size, collection).toBe(count)
  }
}

// Each run is a new process (npm, tsx, Payload): generous on a loaded two-core machine.
const SPAWNS_TIMEOUT_MS = 240_000

describe('seed killed part-way', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versus-seed-crash-'))
    dirs.push(dir)
    return dir
  }
  let site: Awaited<ReturnType<typeof fakeSite>>
  let cleanHash: string

  beforeAll(async () => {
    site = await fakeSite()
    const dataDir = tempDir()
    const clean = await runVersus(['seed'], { dataDir, siteURL: site.url })
    expect(clean.code, clean.output).toBe(0)
    const payload = await openDataDir(dataDir)
    try {
      cleanHash = await contentHash(payload, { timestamps: false })
    } finally {
      await payload.destroy()
    }
  })

  afterAll(async () => {
    await site?.close()
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('and run again ends with the content of an uninterrupted seed', async () => {
    // Where each run dies: the seed logs each group of documents as it starts (`seed: writing …`).
    const kills: (KillPoint & { label: string })[] = [
      // The first migration builds the whole schema: the longest one.
      { label: 'inside a migration', after: new RegExp(`Migrating: ${firstMigration}`), inTransaction: true },
      { label: 'as the seed begins to write', after: /seed: writing categories/, inTransaction: true },
      { label: 'half-way through the seed', after: /seed: writing standards \(related\)/ },
      { label: 'late in the seed', after: /seed: writing comparisons/ },
    ]
    const dataDir = tempDir()
    for (const { label, ...kill } of kills) {
      const run = await runVersus(['seed'], { dataDir, siteURL: site.url, kill })
      expect(run.signal, `${label}: killed before it finished\n${run.output}`).toBe('SIGKILL')
      expect(run.output, label).not.toMatch(seeded)
      // The journal of an open transaction is left behind: the next open rolls it back.
      expect(run.hotJournal, `${label}: killed inside a write transaction`).toBe(true)
    }

    const rerun = await runVersus(['seed'], { dataDir, siteURL: site.url })
    expect(rerun.code, rerun.output).toBe(0)
    // Nothing the killed runs wrote survived: the run that completes creates every document itself.
    expect(rerun.output).toContain(`seed standards: ${content.standards.length} created, 0 updated, 0 unchanged`)
    expect(rerun.output).toContain(`seed comparisons: ${content.comparisons.length} created, 0 updated, 0 unchanged`)

    const payload = await openDataDir(dataDir)
    try {
      await assertNoDuplicates(payload)
      expect(await contentHash(payload, { timestamps: false })).toBe(cleanHash)
    } finally {
      await payload.destroy()
    }
  }, SPAWNS_TIMEOUT_MS)
})
