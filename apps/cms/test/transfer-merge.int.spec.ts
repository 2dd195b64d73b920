/**
 * Editors' bulk import (issue 13): merge by default and replace on request, the
 * field-level dry-run diff, every problem of a file in one report, renames and
 * aliases, and records brought in as drafts. On SQLite and the MongoDB-wire
 * stand-in (and a real MongoDB when MONGODB_URI is set).
 */
import { TAGS } from '@versus/content'
import { createLocalReq } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadCompleteness } from '../src/endpoints/completeness'
import { seed } from '../src/seed/seed'
import { exportContent, serializeFile } from '../src/transfer/export'
import { importFile } from '../src/transfer/import'
import type { ImportOptions } from '../src/transfer/import'
import { formatReport } from '../src/transfer/report'
import type { ImportReport } from '../src/transfer/report'
import { adapters, bootPayload, shutdown } from './helpers'

const rejects = (report: ImportReport) => report.lines.filter((line) => line.action === 'reject').map((line) => line.text)
const actions = (report: ImportReport) => report.lines.map((line) => `${line.action} ${line.collection} ${line.key}`)

describe.each(adapters())('editors’ bulk import on $name', (adapter) => {
  let payload: Payload
  const refreshed: string[][] = []
  const run = (file: unknown, options: ImportOptions = {}) =>
    importFile(payload, file, { onChanged: (tags) => void refreshed.push(tags), ...options })
  const standard = async (slug: string) => {
    const { docs } = await payload.find({ collection: 'standards', where: { slug: { equals: slug } }, draft: true, depth: 0 })
    return docs[0]
  }
  const exported = async () => serializeFile((await exportContent(payload)).file)

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'transfer-merge')
    await seed(payload)
  }, 600_000)

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('merges by default: a record changes only the fields it carries, and the dry run shows each change', async () => {
    const before = await standard('iso-27001')
    if (!before) throw new Error('the seed has no iso-27001')
    const min = before.implementationMonths?.min
    const file = {
      format: 'versus/1',
      standards: [
        {
          slug: 'iso-27001',
          tagline: 'The ISMS requirements, certifiable.',
          implementationMonths: { max: 24 },
        },
      ],
    }

    const dry = await run(file, { dryRun: true })
    expect(rejects(dry)).toEqual([])
    expect(actions(dry)).toEqual(['update standards iso-27001'])
    const changes = dry.lines[0]?.changes ?? []
    expect(changes.map((change) => change.field)).toEqual(
      before.implementationMonths?.max === 24 ? ['tagline'] : ['tagline', 'implementationMonths.max'],
    )
    expect(changes[0]).toEqual({ field: 'tagline', from: expect.any(String) as unknown as string, to: '"The ISMS requirements, certifiable."' })
    expect(changes[1]).toEqual({ field: 'implementationMonths.max', from: String(before.implementationMonths?.max), to: '24' })
    expect(formatReport(dry)).toContain(`          implementationMonths.max: ${before.implementationMonths?.max} → 24`)
    expect((await standard('iso-27001'))?.tagline).toBe(before.tagline)

    const real = await run(file)
    expect(real.applied).toBe(true)
    const after = await standard('iso-27001')
    expect(after?.tagline).toBe(file.standards[0]?.tagline)
    expect(after?.implementationMonths).toMatchObject({ min, max: 24 })
    // Nothing the record left out was lost.
    for (const field of ['officialTitle', 'editionYear', 'keyFeatures', 'whatItIs', 'aspectValues', 'sources', 'faq', 'related'] as const) {
      expect(JSON.stringify(after?.[field]), field).toBe(JSON.stringify(before[field]))
    }
    expect(after?._status).toBe('published')
    expect((await run(file, { dryRun: true })).counts).toMatchObject({ update: 0, unchanged: 1 })
  })

  it('replaces whole documents on request, and says which fields it would empty', async () => {
    const { docs } = await payload.find({ collection: 'categories', where: { slug: { equals: 'cybersecurity' } } })
    const description = docs[0]?.description
    expect(description).toBeTruthy()
    const file = { format: 'versus/1', categories: [{ slug: 'cybersecurity', name: 'Cyber security' }] }

    const merged = await run(file, { dryRun: true })
    expect(merged.lines[0]?.changes?.map((change) => change.field)).toEqual(['name'])

    const dry = await run(file, { dryRun: true, replace: true })
    expect(dry.lines[0]?.changes).toEqual([
      { field: 'name', from: '"Cybersecurity"', to: '"Cyber security"' },
      {
        field: 'description',
        from: expect.stringMatching(/^".*(…|")/) as unknown as string,
        to: '(empty)',
      },
    ])
    await run(file, { replace: true })
    const after = await payload.find({ collection: 'categories', where: { slug: { equals: 'cybersecurity' } } })
    expect(after.docs[0]).toMatchObject({ name: 'Cyber security' })
    expect(after.docs[0]?.description ?? null).toBeNull()
  })

  it('abbreviates long values in the diff, and shows rich text as its words', async () => {
    const long = 'An information security management system standard. '.repeat(6).trim()
    const tagline = 'Guidance on information security controls: what each control is for and how to put it in place.'
    const report = await run(
      { format: 'versus/1', standards: [{ slug: 'iso-27002', whatItIs: [long], tagline }] },
      { dryRun: true },
    )
    expect(rejects(report)).toEqual([])
    const byField = new Map((report.lines[0]?.changes ?? []).map((change) => [change.field, change]))
    expect(byField.get('tagline')?.to).toBe(`${JSON.stringify(tagline).slice(0, 59)}… (${JSON.stringify(tagline).length} characters)`)
    expect(byField.get('whatItIs')?.to).toMatch(/^"An information security management system standard\. An .*… \(\d+ characters\)$/)
    expect(byField.get('whatItIs')?.from).not.toContain('"root"')
  })

  it('lists every problem of a file in one report: ten problems, ten lines, nothing written', async () => {
    const before = await exported()
    const valid = {
      shortName: 'ISO 22301',
      officialTitle: 'ISO 22301:2019 Security and resilience — Business continuity management systems — Requirements',
      editionYear: 2019,
      legalNature: 'certifiable-standard',
      obligation: 'voluntary',
      jurisdiction: 'International',
      publisher: 'ISO',
      category: 'cybersecurity',
      tagline: 'Requirements for a business continuity management system.',
      costBand: 2,
      complexity: 'medium',
      implementationMonths: { min: 6, max: 12 },
      keyFeatures: ['Business impact analysis', 'Continuity strategies and plans', 'Exercises and tests'],
    }
    const report = await run({
      format: 'versus/1',
      categories: [{ slug: 'resilience', name: 'Resilience', colour: 'green' }],
      aspects: [{ slug: 'depth', name: 'Depth', order: 'first' }],
      standards: [
        { ...valid, slug: 'iso-22301', editionYear: '2019', legalNature: 'treaty' },
        { ...valid, slug: 'iso-22302', category: 'nope', implementationMonths: { min: 6, max: 2 } },
        { ...valid, slug: 'iso-22303', keyFeatures: ['Only one'] },
        { ...valid, slug: 'iso-22303' },
      ],
      comparisons: [{ standards: ['gdpr', 'gdpr'] }],
      articles: [
        { slug: 'continuity-basics', title: 'Continuity basics', summary: 'What continuity means.', renameFrom: 'no-such-article' },
      ],
    })
    expect(rejects(report).sort()).toEqual(
      [
        'categories[0] (resilience).colour: unknown field (expected one of slug, name, description, status, createdAt, updatedAt)',
        'aspects[0] (depth).order: must be a number (got "first")',
        'standards[0] (iso-22301).editionYear: must be a number (got "2019")',
        'standards[0] (iso-22301).legalNature: must be one of "regulation", "directive", "law", "certifiable-standard", "accreditation-standard", "guidance-standard", "framework", "industry-scheme" (got "treaty")',
        'standards[1] (iso-22302).category: unknown category "nope": not in this file or the database',
        'standards[1] (iso-22302).implementationMonths.max: The maximum must be at least the minimum (6 months).',
        'standards[2] (iso-22303).keyFeatures: This field requires at least 3 Rows.',
        'standards[3] (iso-22303).slug: the slug "iso-22303" is already used by standards[2] in this file',
        'comparisons[0] (gdpr vs gdpr).standards: A comparison needs two different standards.',
        'articles[0] (continuity-basics).renameFrom: no article has the slug "no-such-article"',
      ].sort(),
    )
    expect(report.counts.reject).toBe(10)
    expect(report.applied).toBe(false)
    expect(await exported()).toBe(before)
  })

  it('renames by renameFrom: the old slug redirects, the site refreshes both, and a re-import changes nothing', async () => {
    const old = await standard('nist-csf-2')
    if (!old) throw new Error('the seed has no nist-csf-2')
    const file = {
      format: 'versus/1',
      standards: [{ slug: 'nist-csf-2-0', renameFrom: 'nist-csf-2', previousSlugs: ['nist-cybersecurity-framework'] }],
    }
    const dry = await run(file, { dryRun: true })
    expect(rejects(dry)).toEqual([])
    expect(dry.lines[0]).toMatchObject({ action: 'update', key: 'nist-csf-2-0', renamedFrom: 'nist-csf-2' })
    expect(dry.lines[0]?.text).toContain('(renamed from nist-csf-2)')
    expect(dry.lines[0]?.changes?.[0]).toEqual({ field: 'slug', from: '"nist-csf-2"', to: '"nist-csf-2-0"' })

    refreshed.length = 0
    const real = await run(file)
    expect(real.applied).toBe(true)
    const renamed = await standard('nist-csf-2-0')
    expect(renamed?.id).toBe(old.id)
    expect(renamed?.shortName).toBe(old.shortName)
    expect(renamed?.previousSlugs?.map((row) => row.slug).sort()).toEqual(['nist-csf-2', 'nist-cybersecurity-framework'])
    expect(await standard('nist-csf-2')).toBeUndefined()
    // The old page, the new one, and the index the site's redirects are read from.
    expect(refreshed).toHaveLength(1)
    expect(refreshed[0]).toEqual(expect.arrayContaining(['standard:nist-csf-2', 'standard:nist-csf-2-0', TAGS.standardsIndex]))

    expect((await run(file, { dryRun: true })).counts).toMatchObject({ update: 0, unchanged: 1, reject: 0 })
    const clash = await run({ format: 'versus/1', standards: [{ slug: 'nist-csf-2-0', renameFrom: 'iso-27001' }] }, { dryRun: true })
    expect(rejects(clash)).toEqual([
      'standards[0] (nist-csf-2-0).renameFrom: both "iso-27001" and "nist-csf-2-0" exist: rename one of them by hand, or leave out renameFrom',
    ])
  })

  it('brings a record that lacks only required facts in as a draft, listed by Completeness', async () => {
    const record = {
      slug: 'iso-42001',
      shortName: 'ISO/IEC 42001',
      officialTitle: 'ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system',
      editionYear: 2023,
      category: 'ai-governance',
    }
    const published = await run({ format: 'versus/1', standards: [record] }, { dryRun: true })
    expect(rejects(published)).toContain('standards[0] (iso-42001).tagline: This field is required.')

    const wrong = await run(
      { format: 'versus/1', standards: [{ ...record, status: 'draft', implementationMonths: { min: 9, max: 3 } }] },
      { dryRun: true },
    )
    expect(rejects(wrong)).toEqual(['standards[0] (iso-42001).implementationMonths.max: The maximum must be at least the minimum (9 months).'])

    const draft = await run({ format: 'versus/1', standards: [{ ...record, status: 'draft' }] })
    expect(rejects(draft)).toEqual([])
    const line = draft.lines[0]
    expect(line).toMatchObject({ action: 'create', key: 'iso-42001' })
    expect(line?.missing).toEqual(expect.arrayContaining(['tagline', 'legalNature', 'keyFeatures']))
    expect(line?.text).toMatch(/^create {4}standards {3}iso-42001 \(saved as a draft, missing .*tagline/)

    const stored = await standard('iso-42001')
    expect(stored?._status).toBe('draft')
    const visible = await payload.find({ collection: 'standards', where: { slug: { equals: 'iso-42001' } }, draft: false })
    expect(visible.docs.filter((doc) => doc._status === 'published')).toEqual([])
    const req = await createLocalReq({}, payload)
    const listed = (await loadCompleteness(req)).find((item) => item.slug === 'iso-42001')
    expect(listed).toBeDefined()
    expect(listed?.score).toBeLessThan(100)

    // A later merge fills facts in and keeps the record a draft until a record says otherwise.
    const filled = await run({ format: 'versus/1', standards: [{ slug: 'iso-42001', tagline: 'Requirements for an AI management system.' }] })
    expect(rejects(filled)).toEqual([])
    expect((await standard('iso-42001'))?._status).toBe('draft')
    expect((await standard('iso-42001'))?.tagline).toBe('Requirements for an AI management system.')
  })
})
