import { createHash } from 'node:crypto'

import { TAGS } from '@versus/content'
import { getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { seed } from '../src/seed/seed'
import { aspects as seededAspects } from '../src/seed/content'
import { exportContent, serializeFile } from '../src/transfer/export'
import type { TransferFile } from '../src/transfer/format'
import { importFile } from '../src/transfer/import'
import type { ImportReport } from '../src/transfer/report'
import { adapters, incomplete, shutdown } from './helpers'
import type { AdapterCase } from './helpers'

const contentHash = (file: TransferFile) => createHash('sha256').update(serializeFile(file)).digest('hex')

/** Boots Payload under a known cache key, so the REST handler below reaches this same instance. */
async function boot(adapter: AdapterCase, label: string) {
  const key = `${label}-${adapter.name}-${Math.random().toString(36).slice(2)}`
  const config: Promise<SanitizedConfig> = createConfig({ databaseURI: adapter.databaseURI(label) })
  const payload = await getPayload({ config, key })
  return { payload, config, key }
}

const scope = seededAspects.find((aspect) => aspect.slug === 'scope')
if (!scope) throw new Error('the seed has no "scope" aspect')

const iso22301 = {
  slug: 'iso-22301',
  shortName: 'ISO 22301',
  officialTitle: 'ISO 22301:2019 Security and resilience — Business continuity management systems — Requirements',
  editionYear: 2019,
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO',
  category: 'resilience',
  tagline: 'The requirements standard for a business continuity management system, and the basis for its certification.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 6, max: 12 },
  keyFeatures: ['Business impact analysis and risk assessment', 'Business continuity strategies and plans', 'Exercises and tests'],
  whatItIs: [
    'ISO 22301:2019 specifies requirements to plan, run and improve a business continuity management system.',
    { list: ['Context and scope', 'Business impact analysis', 'Exercising'], ordered: true },
  ],
  aspectValues: [{ aspect: 'scope', value: 'Continuity of critical activities through disruption' }],
  related: [{ standard: 'iso-27001', relation: 'complements' }],
}

/** One record of each action once applied: a new category and standard, a comparison with a seeded standard, an edit, a no-op. */
const newContent = (): TransferFile =>
  ({
    format: 'versus/1',
    categories: [
      { slug: 'resilience', name: 'Resilience', description: 'Business continuity and operational resilience.' },
      { slug: 'cybersecurity', name: 'Cybersecurity', description: 'Protecting networks, systems and services.' },
    ],
    aspects: [{ slug: scope.slug, name: scope.name, order: scope.order, description: scope.description }],
    standards: [iso22301],
    comparisons: [{ standards: ['iso-27001', 'iso-22301'], summary: 'Information security against business continuity.' }],
  }) as TransferFile

const summary = (report: ImportReport) => report.lines.map((line) => `${line.action} ${line.collection} ${line.key}`)
const rejects = (report: ImportReport) => report.lines.filter((line) => line.action === 'reject').map((line) => line.text)

describe.each(adapters())('bulk import and export on $name', (adapter) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let key: string
  let editorToken: string
  const exportHash = async () => contentHash((await exportContent(payload)).file)
  const versionCount = async () =>
    (await payload.countVersions({ collection: 'standards' })).totalDocs +
    (await payload.countVersions({ collection: 'comparisons' })).totalDocs

  beforeAll(async () => {
    ;({ payload, config, key } = await boot(adapter, 'transfer'))
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.test', password: 'editor-password-1' },
    })
    editorToken = login.token ?? ''
    await seed(payload)
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('a dry run reports what would be created, updated or left alone, and changes nothing', async () => {
    const before = await exportHash()
    const versions = await versionCount()
    const report = await importFile(payload, newContent(), { dryRun: true })
    expect(rejects(report)).toEqual([])
    expect(summary(report)).toEqual([
      'create categories resilience',
      'update categories cybersecurity',
      'unchanged aspects scope',
      'create standards iso-22301',
      'create comparisons iso-27001 vs iso-22301',
    ])
    expect(report.counts).toEqual({ create: 3, update: 1, unchanged: 1, reject: 0 })
    // SQLite always; MongoDB when the server is a replica set (the adapter turns transactions off otherwise).
    const transactions = adapter.name === 'sqlite' || Boolean((payload.db as { transactionOptions?: unknown }).transactionOptions)
    expect(report.transactional).toBe(transactions)
    expect(report.applied).toBe(false)
    expect(await exportHash()).toBe(before)
    expect(await versionCount()).toBe(versions)
  })

  it('a real run writes every record and asks the site to refresh once', async () => {
    const refreshed: string[][] = []
    const report = await importFile(payload, newContent(), { onChanged: (tags) => void refreshed.push(tags) })
    expect(rejects(report)).toEqual([])
    expect(report.applied).toBe(true)
    expect(report.counts).toEqual({ create: 3, update: 1, unchanged: 1, reject: 0 })

    const { docs } = await payload.find({ collection: 'standards', where: { slug: { equals: 'iso-22301' } }, depth: 1 })
    const standard = docs[0]
    expect(standard?._status).toBe('published')
    expect(typeof standard?.category === 'object' && standard.category?.slug).toBe('resilience')
    expect(standard?.related?.map((row) => typeof row.standard === 'object' && row.standard.slug)).toEqual(['iso-27001'])
    const list = (standard?.whatItIs?.root.children ?? [])[1]
    expect(list).toMatchObject({ type: 'list', listType: 'number' })

    const comparisons = await payload.find({ collection: 'comparisons', where: { title: { equals: 'ISO 27001 vs ISO 22301' } } })
    expect(comparisons.docs).toHaveLength(1)
    const pairKey = comparisons.docs[0]?.pairKey
    expect(refreshed).toHaveLength(1)
    // The tags the collections' own hooks would send, once, after the commit.
    expect(refreshed[0]).toEqual(
      expect.arrayContaining([
        TAGS.categories,
        'standard:iso-22301',
        TAGS.standardsIndex,
        `comparison:${pairKey}`,
        TAGS.comparisonsIndex,
      ]),
    )
  })

  it('importing the same file again changes nothing and adds no versions', async () => {
    const before = await exportHash()
    const versions = await versionCount()
    const report = await importFile(payload, newContent())
    expect(report.counts).toEqual({ create: 0, update: 0, unchanged: 5, reject: 0 })
    expect(report.applied).toBe(true)
    expect(await exportHash()).toBe(before)
    expect(await versionCount()).toBe(versions)
  })

  it('refuses a file with another format tag', async () => {
    const report = await importFile(payload, { format: 'versus/2', standards: [] })
    expect(rejects(report)).toEqual(['format: must be "versus/1" (got "versus/2")'])
    expect((await importFile(payload, [])).lines.map((line) => line.text)).toEqual([
      '(file): must be a JSON object with "format": "versus/1"',
    ])
  })

  it('names the record, the field and the reason for every problem in a bad file, and writes nothing', async () => {
    const before = await exportHash()
    const bad = {
      format: 'versus/1',
      widgets: [],
      standards: [
        { ...iso22301, slug: 'iso-22302', colour: 'blue', editionYear: '2019', legalNature: 'treaty' },
        { ...iso22301, slug: 'iso-22303', category: 'nope', related: [{ standard: 'iso-99999', relation: 'extends' }] },
        { ...iso22301, slug: 'iso-22303' },
      ],
      comparisons: [
        { standards: ['iso-27001', 'iso-27001'] },
        { standards: ['iso-27002', 'iso-27001'] },
        { standards: ['iso-9001', 'gdpr'], aspectOverrides: [{ aspect: 'scope', standard: 'nis2', value: 'x' }] },
      ],
      articles: [{ slug: 'dated', title: 'Dated', summary: 'S', publishedAt: 'yesterday', body: [{ items: [] }] }],
    }
    const report = await importFile(payload, bad)
    expect(rejects(report).sort()).toEqual(
      [
        'widgets: unknown field (expected one of format, categories, aspects, standards, comparisons, articles, site)',
        'standards[0] (iso-22302).colour: unknown field (expected one of slug, shortName, officialTitle, editionYear, legalNature, obligation, jurisdiction, publisher, category, tagline, costBand, complexity, implementationMonths, keyFeatures, whatItIs, keyComponents, whyOrganizationsUseIt, implementationOverview, aspectValues, faq, sources, related, previousSlugs, renameFrom, status, createdAt, updatedAt, versions, live)',
        'standards[0] (iso-22302).editionYear: must be a number (got "2019")',
        'standards[0] (iso-22302).legalNature: must be one of "regulation", "directive", "law", "certifiable-standard", "accreditation-standard", "guidance-standard", "framework", "industry-scheme" (got "treaty")',
        'standards[1] (iso-22303).category: unknown category "nope": not in this file or the database',
        'standards[1] (iso-22303).related[0].standard: unknown standard "iso-99999": not in this file or the database',
        'standards[2] (iso-22303).slug: the slug "iso-22303" is already used by standards[1] in this file',
        'comparisons[0] (iso-27001 vs iso-27001).standards: A comparison needs two different standards.',
        'comparisons[2] (iso-9001 vs gdpr).aspectOverrides[0].standard: must be one of the pair, "iso-9001" or "gdpr" (got "nis2")',
        'articles[0] (dated).body[0].list: is required',
        'articles[0] (dated).body[0].items: unknown field (expected one of list, ordered)',
        'articles[0] (dated).publishedAt: must be an ISO 8601 date ("2026-01-20") or date-time ("2026-01-20T09:00:00.000Z") (got "yesterday")',
      ].sort(),
    )
    // iso-27002 vs iso-27001 is a seeded pair (stored as iso-27001, iso-27002): an update, not a duplicate.
    expect(summary(report)).toContain('update comparisons iso-27002 vs iso-27001')
    expect(report.applied).toBe(false)
    expect(await exportHash()).toBe(before)
  })

  it('refuses the same pair twice in one file, in either order', async () => {
    const report = await importFile(payload, {
      format: 'versus/1',
      comparisons: [{ standards: ['nis2', 'gdpr'] }, { standards: ['gdpr', 'nis2'] }],
    })
    expect(rejects(report)).toEqual(['comparisons[1] (gdpr vs nis2).standards: the same pair as comparisons[0] (nis2 vs gdpr) in this file'])
  })

  it("judges records by the collections' own rules, every problem at once", async () => {
    const before = await exportHash()
    const report = await importFile(payload, {
      format: 'versus/1',
      standards: [
        { ...iso22301, slug: 'iso-22302', implementationMonths: { min: 6, max: 2 }, keyFeatures: ['one', 'two'] },
        { ...iso22301, slug: 'Not A Slug' },
      ],
      aspects: [{ slug: 'depth', name: 'Depth' }],
    })
    expect(rejects(report)).toEqual([
      'aspects[0] (depth).order: This field is required.',
      'standards[0] (iso-22302).keyFeatures: This field requires at least 3 Rows.',
      'standards[0] (iso-22302).implementationMonths.max: The maximum must be at least the minimum (6 months).',
      'standards[1] (Not A Slug).slug: must be lowercase letters and digits separated by single hyphens (got "Not A Slug")',
    ])
    expect(await exportHash()).toBe(before)
  })

  it('writes all or nothing: a file whose last record is invalid leaves the database unchanged', async () => {
    const before = await exportHash()
    const file = {
      format: 'versus/1',
      categories: [{ slug: 'cybersecurity', name: 'Cybersecurity', description: 'Changed by a file that fails.' }],
      standards: [{ ...iso22301, slug: 'iso-22316', shortName: 'ISO 22316', officialTitle: 'ISO 22316:2017 Organizational resilience' , editionYear: 2017 }],
      articles: [{ slug: 'no-summary', title: 'An article without its required summary' }],
    }
    const expected = ['articles[0] (no-summary).summary: This field is required.']

    const validated = await importFile(payload, file)
    expect(rejects(validated)).toEqual(expected)
    expect(await exportHash()).toBe(before)

    // Past the validation pass, the write itself fails: a transaction rolls back, or the writes are undone.
    const written = await importFile(payload, file, { skipValidationPass: true })
    expect(rejects(written)).toEqual(expected)
    expect(written.applied).toBe(false)
    expect(await exportHash()).toBe(before)
    const leftover = await payload.find({ collection: 'standards', where: { slug: { equals: 'iso-22316' } }, draft: true })
    expect(leftover.totalDocs).toBe(0)
  })

  it('serves the import to editors only, with clear errors', async () => {
    const post = (body: string, headers: Record<string, string> = {}, query = '?dryRun=1') =>
      handleEndpoints({
        config,
        payloadInstanceCacheKey: key,
        request: new Request(`http://localhost:3001/api/transfer/import${query}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body,
        }),
      })
    const auth = { Authorization: `JWT ${editorToken}` }
    const file = JSON.stringify(newContent())

    const anonymous = await post(file)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ errors: [{ message: 'Sign in as an editor or admin to import or export content.' }] })
    expect((await post(file, { Authorization: 'JWT not-a-token' })).status).toBe(401)

    const dry = await post(file, auth)
    expect(dry.status).toBe(200)
    const body = (await dry.json()) as ImportReport & { summary: string }
    expect(body.dryRun).toBe(true)
    expect(body.counts.unchanged).toBe(5)
    expect(body.summary).toContain('0 to create, 0 to update, 5 unchanged, 0 rejected. Dry run: nothing was changed.')

    const invalid = await post('{ "format": "versus/1", ', auth)
    expect(invalid.status).toBe(400)
    expect(((await invalid.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /^The file is not valid JSON: /,
    )

    const huge = await post(JSON.stringify({ format: 'versus/1', padding: 'x'.repeat(5 * 1024 * 1024) }), auth)
    expect(huge.status).toBe(413)

    const refused = await post(JSON.stringify({ format: 'versus/0' }), auth, '')
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as ImportReport).lines[0]?.text).toBe('format: must be "versus/1" (got "versus/0")')

    const exportAnonymous = await handleEndpoints({
      config,
      payloadInstanceCacheKey: key,
      request: new Request('http://localhost:3001/api/transfer/export'),
    })
    expect(exportAnonymous.status).toBe(401)
    const exported = await handleEndpoints({
      config,
      payloadInstanceCacheKey: key,
      request: new Request('http://localhost:3001/api/transfer/export', { headers: auth }),
    })
    expect(exported.status).toBe(200)
    expect(contentHash((await exported.json()) as TransferFile)).toBe(await exportHash())
  })

  it('round-trips: export, import into an empty database, export again gives the same content', async () => {
    // Drafts too: a new standard never published, and an article whose latest version is a draft.
    await payload.create({
      collection: 'standards',
      draft: true,
      data: incomplete({ shortName: 'Draft Standard', slug: 'draft-standard', _status: 'draft' }),
    })
    const article = await payload.find({ collection: 'articles', limit: 1, sort: 'slug' })
    const first = article.docs[0]
    if (!first) throw new Error('the seed has no article')
    await payload.update({ collection: 'articles', id: first.id, draft: true, data: { summary: 'A draft summary.', _status: 'draft' } })

    const source = (await exportContent(payload)).file
    expect(source.standards?.find((record) => record.slug === 'draft-standard')?.status).toBe('draft')
    expect(source.articles?.find((record) => record.slug === first.slug)).toMatchObject({ status: 'draft', summary: 'A draft summary.' })

    // Drizzle skips pushing a schema it pushed before in this process; the target is a new, empty file.
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    const target = await boot(adapter, 'transfer-target').finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
    try {
      const report = await importFile(target.payload, JSON.parse(serializeFile(source)))
      expect(rejects(report)).toEqual([])
      expect(report.counts.create).toBe(
        ['categories', 'aspects', 'standards', 'comparisons', 'articles'].reduce(
          (sum, name) => sum + (source[name as keyof TransferFile] as unknown[]).length,
          0,
        ),
      )
      const copy = (await exportContent(target.payload)).file
      expect(contentHash(copy)).toBe(contentHash(source))
      const again = await importFile(target.payload, source)
      expect(again.counts.create + again.counts.update + again.counts.reject).toBe(0)
    } finally {
      await shutdown(target.payload, adapter)
    }
  })
})
