import type { CrosswalkBundle } from '@versus/content'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { writeBundle } from '../src/crosswalk/write-bundle'
import { createBundleStandards, smallBundle } from './crosswalk-fixtures'
import { adapters, incomplete, standardData } from './helpers'
import { httpClient } from './http'
import type { HttpClient } from './http'

describe('GET /api/crosswalk-data (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('crosswalk-endpoint') })
  let payload: Payload
  let http: HttpClient
  let token: string

  beforeAll(async () => {
    payload = await getPayload({ config, key: `crosswalk-endpoint-${Math.random().toString(36).slice(2)}` })
    http = httpClient(config)
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const login = await http.request('POST', '/api/users/login', { body: { email: 'editor@example.test', password: 'editor-password-1' } })
    token = (login.body as { token: string }).token
    await createBundleStandards(payload, ['iso-27001', 'nist-csf-2', 'gdpr'])
    // A standard visitors cannot see yet.
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    await payload.create({
      collection: 'standards',
      draft: true,
      data: standardData({ shortName: 'Draft Std', slug: 'draft-std', category: category.id, _status: 'draft' }),
    })
    const bundle = smallBundle()
    bundle.editions.push({ id: 'gdpr-2016', standard: 'gdpr', label: 'GDPR', year: 2016, status: 'draft', textLicence: 'full-text' })
    // A current edition of the never-published standard, and a public set from it to ISO 27001.
    bundle.editions.push({ id: 'draft-std-1', standard: 'draft-std', label: 'Draft Std 1', year: 2026, status: 'current', textLicence: 'titles-and-ids' })
    bundle.requirements.push({ edition: 'draft-std-1', refId: 'D.1', parent: null, kind: 'control', assessable: true, title: 'Hidden', summary: null, text: null, order: 1 })
    bundle.sets.push({ ...bundle.sets[0]!, id: 'draft-std-1--iso-27001-2022', title: 'Draft Std 1 → ISO/IEC 27001:2022', sourceEdition: 'draft-std-1' })
    bundle.mappings.push({ set: 'draft-std-1--iso-27001-2022', sources: ['D.1'], targets: ['5.2'], relationship: 'related' } as CrosswalkBundle['mappings'][number])
    const report = await writeBundle(payload, bundle)
    expect(report.problems).toEqual([])
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('answers the published crosswalk content of the named standards as a bundle', async () => {
    const response = await http.request('GET', '/api/crosswalk-data?standards=nist-csf-2')
    expect(response.status).toBe(200)
    const bundle = response.body as CrosswalkBundle
    // CSF's edition, the one public set from it, and the ISO edition that set names.
    expect(bundle.editions.map((e) => e.id)).toEqual(['iso-27001-2022', 'nist-csf-2-0'])
    expect(bundle.editions[0]).toEqual({
      id: 'iso-27001-2022',
      standard: 'iso-27001',
      label: 'ISO/IEC 27001:2022',
      year: 2022,
      status: 'current',
      supersedes: null,
      transitionDeadline: '2025-10-31',
      amendments: ['Amd 1:2024 (climate action changes)'],
      textLicence: 'titles-and-ids',
    })
    expect(bundle.sets.map((s) => s.id)).toEqual(['nist-csf-2-0--iso-27001-2022'])
    expect(bundle.requirements.filter((r) => r.edition === 'nist-csf-2-0').map((r) => r.refId)).toEqual(['GV', 'GV.PO-01', 'GV.PO-02', 'GV.PO'])
    expect(bundle.requirements.find((r) => r.refId === 'A.5.1')).toMatchObject({ parent: 'A.5', title: 'Policies for information security', text: null })
    expect(bundle.mappings).toHaveLength(4)
    expect(bundle.mappings[0]).toEqual({
      set: 'nist-csf-2-0--iso-27001-2022',
      sources: ['GV.PO-01'],
      targets: ['5.2'],
      relationship: 'related',
      rationale: null,
      strength: null,
      gapNote: null,
    })
  })

  it('leaves out draft sets and editions for visitors, not for editors asking for drafts', async () => {
    const visitor = (await http.request('GET', '/api/crosswalk-data?standards=iso-27001,gdpr')).body as CrosswalkBundle
    expect(visitor.sets.map((s) => s.id)).toEqual(['nist-csf-2-0--iso-27001-2022'])
    expect(visitor.editions.map((e) => e.id)).toEqual(['iso-27001-2013', 'iso-27001-2022', 'nist-csf-2-0'])

    const editor = await http.request('GET', '/api/crosswalk-data?standards=iso-27001,gdpr&draft=true', { token })
    expect(editor.status).toBe(200)
    const drafts = editor.body as CrosswalkBundle
    expect(drafts.sets.map((s) => s.id)).toEqual(['draft-std-1--iso-27001-2022', 'iso-27001-2013--iso-27001-2022', 'nist-csf-2-0--iso-27001-2022'])
    expect(drafts.editions.map((e) => e.id)).toContain('gdpr-2016')
    expect(drafts.mappings).toHaveLength(6)

    expect((await http.request('GET', '/api/crosswalk-data?standards=iso-27001&draft=true')).status).toBe(401)
  })

  it('leaves out, for visitors, the editions of a standard never published and the sets that name them', async () => {
    const visitor = (await http.request('GET', '/api/crosswalk-data?standards=iso-27001')).body as CrosswalkBundle
    expect(visitor.editions.map((e) => e.id)).not.toContain('draft-std-1')
    expect(visitor.sets.map((s) => s.id)).not.toContain('draft-std-1--iso-27001-2022')
    expect(visitor.requirements.map((r) => r.refId)).not.toContain('D.1')
    expect(JSON.stringify(visitor)).not.toContain('draft-std')
    const editor = (await http.request('GET', '/api/crosswalk-data?standards=iso-27001&draft=true', { token })).body as CrosswalkBundle
    expect(editor.sets.map((s) => s.id)).toContain('draft-std-1--iso-27001-2022')
    expect(editor.editions.map((e) => e.id)).toContain('draft-std-1')
  })

  it('answers 400 for a missing, malformed or too long list and 404 for an unknown standard', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/crosswalk-data', 400, /Name the standards/],
      ['/api/crosswalk-data?standards=', 400, /Name the standards/],
      ['/api/crosswalk-data?standards=ISO 27001', 400, /is not a standard slug/],
      ['/api/crosswalk-data?standards=iso-27001,,gdpr', 400, /is not a standard slug/],
      [`/api/crosswalk-data?standards=${Array.from({ length: 11 }, (_, i) => `s${i}`).join(',')}`, 400, /At most 10 standards/],
      ['/api/crosswalk-data?standards=iso-27001&draft=yes', 400, /draft is true or false/],
      ['/api/crosswalk-data?standards=iso-27001,no-such-standard', 404, /No standard "no-such-standard"/],
      ['/api/crosswalk-data?standards=draft-std', 404, /No standard "draft-std"/],
    ]
    for (const [path, status, message] of cases) {
      const response = await http.request('GET', path)
      expect(response.status, path).toBe(status)
      expect((response.body as { errors: { message: string }[] }).errors[0]!.message, path).toMatch(message)
    }
    // An editor sees the draft standard.
    expect((await http.request('GET', '/api/crosswalk-data?standards=draft-std&draft=true', { token })).status).toBe(200)
  })

  it('keeps the collections themselves to the same rules over REST and GraphQL', async () => {
    const restSlugs = async (collection: string, auth?: string) =>
      ((await http.request('GET', `/api/${collection}?limit=100&depth=0`, { token: auth })).body as { docs: { slug: string }[] }).docs
        .map((doc) => doc.slug)
        .sort()
    expect(await restSlugs('mapping-sets')).toEqual(['nist-csf-2-0--iso-27001-2022'])
    expect(await restSlugs('mapping-sets', token)).toEqual(['draft-std-1--iso-27001-2022', 'iso-27001-2013--iso-27001-2022', 'nist-csf-2-0--iso-27001-2022'])
    expect(await restSlugs('editions')).not.toContain('gdpr-2016')
    const rows = await http.request('GET', '/api/mappings?limit=100&depth=0')
    expect((rows.body as { totalDocs: number }).totalDocs).toBe(4)

    for (const [collection, body] of [
      ['editions', { standard: 1, slug: 'x-2020', label: 'X', year: 2020, status: 'current', textLicence: 'ids-only' }],
      ['requirements', { edition: 1, refId: 'X.1', assessable: true }],
      ['mapping-sets', { slug: 'a--b', title: 'A', sourceEdition: 1, targetEdition: 2, publisher: 'P', method: 'crosswalk', status: 'draft' }],
      ['mappings', { set: 1, sources: [1], targets: [2], relationship: 'related' }],
    ] as const) {
      expect((await http.request('POST', `/api/${collection}`, { body })).status, collection).toBe(403)
    }

    const graphql = await http.graphql('{ MappingSets(limit: 50) { docs { slug } } Mappings(limit: 50) { totalDocs } }')
    expect(graphql.errors).toEqual([])
    expect(graphql.data).toEqual({ MappingSets: { docs: [{ slug: 'nist-csf-2-0--iso-27001-2022' }] }, Mappings: { totalDocs: 4 } })
  })

  it('reads back what the writer wrote: the bundle round-trips', async () => {
    const response = await http.request('GET', '/api/crosswalk-data?standards=nist-csf-2,iso-27001&draft=true', { token })
    const again = await writeBundle(payload, response.body as CrosswalkBundle, { dryRun: true })
    expect(again.problems).toEqual([])
    for (const kind of ['editions', 'requirements', 'sets', 'mappings'] as const) {
      expect(again.counts[kind], kind).toMatchObject({ created: 0, updated: 0, deleted: 0 })
    }
  })
})
