/**
 * Moving a site between databases: SQLite → file → MongoDB (the stand-in, and
 * a real one when MONGODB_URI is set) → file → a fresh SQLite → file. A
 * history export (`--history`) names every document, relation, stored
 * version, live version, override and timestamp by slug, never by database
 * id, so every file in the chain must be byte-identical to the first.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContent, serializeFile } from '../src/transfer/export'
import type { TransferFile } from '../src/transfer/format'
import { importFile } from '../src/transfer/import'
import { editorialHistory } from './editorial-history'
import { adapters, bootPayload, shutdown } from './helpers'
import type { AdapterCase } from './helpers'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const historyFile = async (payload: Payload) => {
  const { file, warnings } = await exportContent(payload, { history: true })
  expect(warnings).toEqual([])
  return serializeFile(file)
}

function targetsAfterSQLite(all: AdapterCase[]): AdapterCase[] {
  const mongo = all.filter((adapter) => adapter.name !== 'sqlite')
  const sqlite = all.find((adapter) => adapter.name === 'sqlite')
  if (!sqlite) throw new Error('no SQLite adapter')
  return [...mongo, sqlite]
}

describe('round trip between adapters, by export file', () => {
  const all = adapters()
  const sqlite = all.find((adapter) => adapter.name === 'sqlite') as AdapterCase
  const opened: { payload: Payload; adapter: AdapterCase }[] = []
  let source: Payload
  let first: string

  beforeAll(async () => {
    source = await bootPayload(sqlite, 'round-trip-source')
    opened.push({ payload: source, adapter: sqlite })
    await editorialHistory(source)
    first = await historyFile(source)
  })

  afterAll(async () => {
    for (const { payload, adapter } of opened.reverse()) await shutdown(payload, adapter)
  })

  it('the first file holds the history, the stale overrides and the live version under a draft', () => {
    const file = JSON.parse(first) as TransferFile
    const nis2 = file.standards?.find((record) => record.slug === 'nis-2')
    expect(nis2).toMatchObject({ status: 'draft', tagline: 'A draft tagline, not yet live.', previousSlugs: ['nis2'] })
    expect(nis2?.live).toMatchObject({ slug: 'nis-2' })
    expect(nis2?.live?.tagline).not.toBe(nis2?.tagline)
    const statuses = nis2?.versions?.map((version) => version.status ?? 'published') ?? []
    expect(statuses.at(-1)).toBe('draft')
    expect(statuses.slice(0, -1)).toEqual(Array(statuses.length - 1).fill('published'))
    expect(new Set(nis2?.versions?.map((version) => version.slug))).toEqual(new Set(['nis2', 'nis-2']))

    const pair = file.comparisons?.find((record) => record.standards.includes('iso-27001') && record.standards.includes('iso-27002'))
    expect(pair?.verdictBasis).toEqual(expect.any(String))
    expect(pair?.aspectOverrides?.[0]?.basis).toEqual(expect.any(String))
    expect(file.standards?.find((record) => record.slug === 'iso-22301')).toMatchObject({ status: 'draft' })
    expect(file.standards?.every((record) => record.createdAt && record.updatedAt)).toBe(true)
    expect(file.site?.siteName, 'the site global comes along').toEqual(expect.any(String))
  })

  it.each(targetsAfterSQLite(all).map((adapter, index) => ({ adapter, step: index + 1, name: adapter.name })))(
    'step $step: import into an empty $name, export again: the same bytes',
    async ({ adapter }) => {
      // Drizzle skips pushing a schema it pushed before in this process; each SQLite target is a new, empty file.
      process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
      const target = await bootPayload(adapter, 'round-trip-target').finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
      opened.push({ payload: target, adapter })
      const previous = opened.at(-2)?.payload ?? source
      const input = await historyFile(previous)
      expect(sha256(input)).toBe(sha256(first))

      const report = await importFile(target, JSON.parse(input), { onChanged: () => undefined })
      expect(report.lines.filter((line) => line.action === 'reject').map((line) => line.text)).toEqual([])
      expect(report.counts.create).toBeGreaterThan(40)

      const output = await historyFile(target)
      expect(sha256(output)).toBe(sha256(first))

      // What the site reads: the main documents, published only.
      const published = async (payload: Payload) =>
        (await payload.find({ collection: 'standards', where: { _status: { equals: 'published' } }, pagination: false, sort: 'slug', depth: 0 })).docs.map(
          (doc) => `${doc.slug} ${doc.tagline}`,
        )
      expect(await published(target)).toEqual(await published(source))
      expect((await versionCounts(target))).toEqual(await versionCounts(source))

      // Importing the same file again writes nothing: history applies to documents an import creates.
      const again = await importFile(target, JSON.parse(input), { onChanged: () => undefined })
      expect(again.counts).toMatchObject({ create: 0, update: 0, reject: 0 })
      expect(sha256(await historyFile(target))).toBe(sha256(first))
    },
  )
})

async function versionCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of ['standards', 'comparisons', 'articles'] as const) {
    counts[collection] = (await payload.countVersions({ collection })).totalDocs
  }
  return counts
}
