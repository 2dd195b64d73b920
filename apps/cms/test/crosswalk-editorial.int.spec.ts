import type { CrosswalkBundle } from '@versus/content'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { CrosswalkGaps } from '../src/crosswalk/editorial-facts'
import type { PairCoverage } from '../src/crosswalk/pair-coverage'
import { writeBundle } from '../src/crosswalk/write-bundle'
import type { SuggestionItem } from '../src/endpoints/suggestions'
import { createBundleStandards, smallBundle } from './crosswalk-fixtures'
import { adapters, incomplete } from './helpers'
import { httpClient } from './http'
import type { HttpClient } from './http'

// The editors' side of crosswalks (issue 11): the coverage the comparison edit view shows, the
// crosswalk gaps Completeness lists, Suggestions ranked by mapping sets, and the REST calls the
// admin's mapping grid makes (bulk review, a target outside the set's edition refused).

/** The small real bundle plus our own GDPR fixture: two requirements and a draft, typed set to CSF 2.0. */
function bundle(): CrosswalkBundle {
  const b = smallBundle()
  b.editions.push({ id: 'gdpr-2016', standard: 'gdpr', label: 'GDPR (2016)', year: 2016, status: 'current', textLicence: 'full-text' })
  b.requirements.push(
    { edition: 'gdpr-2016', refId: 'Art. 5', title: 'Principles', assessable: true, order: 1 },
    { edition: 'gdpr-2016', refId: 'Art. 32', title: 'Security of processing', assessable: true, order: 2 },
  )
  b.sets.push({
    id: 'gdpr-2016--nist-csf-2-0',
    title: 'GDPR → CSF 2.0 (editorial draft)',
    sourceEdition: 'gdpr-2016',
    targetEdition: 'nist-csf-2-0',
    publisher: 'Versus editorial',
    method: 'set-theory',
    comprehensive: false,
    status: 'draft',
  })
  b.mappings.push({ set: 'gdpr-2016--nist-csf-2-0', sources: ['Art. 32'], targets: ['GV.PO-01'], relationship: 'equal', strength: 9 })
  return b
}

describe('crosswalks in the editorial tools (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('crosswalk-editorial') })
  let payload: Payload
  let http: HttpClient
  let token: string
  const ids = new Map<string, string>()

  beforeAll(async () => {
    payload = await getPayload({ config, key: `crosswalk-editorial-${Math.random().toString(36).slice(2)}` })
    http = httpClient(config)
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const login = await http.request('POST', '/api/users/login', { body: { email: 'editor@example.test', password: 'editor-password-1' } })
    token = (login.body as { token: string }).token
    await createBundleStandards(payload, ['iso-27001', 'nist-csf-2', 'gdpr', 'dora'])
    for (const doc of (await payload.find({ collection: 'standards', limit: 10, depth: 0 })).docs) ids.set(doc.slug, String(doc.id))
    const report = await writeBundle(payload, bundle())
    expect(report.problems).toEqual([])
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  const coverage = async (a: string, b: string) => {
    const response = await http.request('GET', `/api/comparisons/coverage?a=${ids.get(a)}&b=${ids.get(b)}`, { token })
    expect(response.status).toBe(200)
    return response.body as PairCoverage
  }

  it('gives a pair its coverage both ways, from the sets linking their editions', async () => {
    const result = await coverage('iso-27001', 'nist-csf-2')
    expect(result.standards).toEqual({ a: 'iso-27001', b: 'nist-csf-2' })
    expect(result.editions).toHaveLength(1)
    const [entry] = result.editions
    expect(entry!.a).toEqual({ id: 'iso-27001-2022', label: 'ISO/IEC 27001:2022' })
    expect(entry!.b).toEqual({ id: 'nist-csf-2-0', label: 'NIST CSF 2.0' })
    // NIST's crosswalk is untyped: every link is "related", never full or partial.
    expect(entry!.aToB).toMatchObject({ full: 0, partial: 0, related: 2, none: 0, unknown: 0, total: 2 })
    expect(entry!.bToA).toMatchObject({ full: 0, partial: 0, related: 2, none: 0, unknown: 0, total: 2 })
    expect(entry!.sets.map((set) => [set.id, set.publisher, set.status])).toEqual([['nist-csf-2-0--iso-27001-2022', 'NIST', 'complete']])
  })

  it('counts draft sets for the editor, in both directions', async () => {
    const [entry] = (await coverage('nist-csf-2', 'gdpr')).editions
    expect(entry!.sets.map((set) => [set.id, set.status])).toEqual([['gdpr-2016--nist-csf-2-0', 'draft']])
    // CSF 2.0 → GDPR: Art. 32 fully (equal, read inverted), Art. 5 unknown (the set is not comprehensive).
    expect(entry!.aToB).toMatchObject({ from: 'nist-csf-2-0', to: 'gdpr-2016', full: 1, unknown: 1, total: 2 })
    expect(entry!.bToA).toMatchObject({ from: 'gdpr-2016', to: 'nist-csf-2-0', full: 1, unknown: 1, total: 2 })
  })

  it('says when no mapping set links the two, and refuses bad requests', async () => {
    expect((await coverage('iso-27001', 'dora')).editions).toEqual([])
    expect((await http.request('GET', `/api/comparisons/coverage?a=${ids.get('gdpr')}&b=${ids.get('dora')}`)).status).toBe(401)
    expect((await http.request('GET', `/api/comparisons/coverage?a=${ids.get('gdpr')}`, { token })).status).toBe(400)
    expect((await http.request('GET', `/api/comparisons/coverage?a=${ids.get('gdpr')}&b=${ids.get('gdpr')}`, { token })).status).toBe(400)
    expect((await http.request('GET', `/api/comparisons/coverage?a=${ids.get('gdpr')}&b=99999`, { token })).status).toBe(404)
    expect((await http.request('GET', `/api/comparisons/coverage?a=${ids.get('gdpr')}&b=not-an-id`, { token })).status).toBe(404)
  })

  it('ranks pairs that mapping sets link higher in Suggestions, saying who maps what', async () => {
    const response = await http.request('GET', '/api/editorial/suggestions?limit=200', { token })
    expect(response.status).toBe(200)
    const { suggestions } = response.body as { suggestions: SuggestionItem[] }
    const bySlug = new Map(suggestions.map((s) => [s.pair.slug, s]))
    expect(bySlug.get('iso-27001-vs-nist-csf-2')?.reasons[0]).toBe('NIST maps NIST CSF 2.0 to ISO/IEC 27001:2022')
    expect(bySlug.get('gdpr-vs-nist-csf-2')?.reasons[0]).toBe('Versus editorial maps GDPR (2016) to NIST CSF 2.0')
    // GDPR and ISO 27001 share no set but both are mapped to CSF 2.0.
    expect(bySlug.get('gdpr-vs-iso-27001')?.reasons).toContain('Both are mapped to NIST-CSF-2: coverage can be inferred through it')
    const score = (slug: string) => bySlug.get(slug)!.score
    expect(score('iso-27001-vs-nist-csf-2')).toBeGreaterThan(score('gdpr-vs-iso-27001'))
    expect(score('gdpr-vs-iso-27001')).toBeGreaterThan(score('dora-vs-iso-27001'))
  })

  it('lists the crosswalk gaps in Completeness: no edition, no catalog, draft sets, stale rows', async () => {
    const read = async () => {
      const response = await http.request('GET', '/api/editorial/completeness', { token })
      expect(response.status).toBe(200)
      return (response.body as { crosswalks: CrosswalkGaps }).crosswalks
    }
    const before = await read()
    expect(before.standardsWithoutEdition.map((s) => s.name)).toEqual(['DORA'])
    expect(before.editionsWithoutCatalog).toEqual([])
    expect(before.draftSets.map((s) => [s.title, s.rows])).toEqual([
      ['GDPR → CSF 2.0 (editorial draft)', 1],
      ['ISO/IEC 27001:2013 → 2022', 1],
    ])
    expect(before.staleMappings).toEqual([])

    const art32 = (await payload.find({ collection: 'requirements', where: { refId: { equals: 'Art. 32' } }, depth: 0 })).docs[0]!
    await payload.update({ collection: 'requirements', id: art32.id, data: { title: 'Security of the processing' } })
    const after = await read()
    expect(after.staleMappings).toHaveLength(1)
    expect(after.staleMappings[0]!.set?.title).toBe('GDPR → CSF 2.0 (editorial draft)')
    expect(after.staleMappings[0]!.reason).toMatch(/Art\. 32/)
  })

  it('takes the mapping grid\'s REST calls: bulk review clears stale marks, a target from the wrong edition is refused', async () => {
    const set = (await payload.find({ collection: 'mapping-sets', where: { slug: { equals: 'gdpr-2016--nist-csf-2-0' } }, depth: 0 })).docs[0]!
    const req = (refId: string) => payload.find({ collection: 'requirements', where: { refId: { equals: refId } }, depth: 0 }).then((r) => r.docs[0]!.id)
    const created = await http.request('POST', '/api/mappings', {
      token,
      body: { set: set.id, sources: [await req('Art. 5')], targets: [await req('GV.PO-02')], relationship: 'intersect', strength: 4 },
    })
    expect(created.status).toBe(201)
    const rows = (await payload.find({ collection: 'mappings', where: { set: { equals: set.id } }, depth: 0 })).docs
    expect(rows).toHaveLength(2)
    const where = `where[and][0][set][equals]=${set.id}&where[and][1][id][in]=${rows.map((r) => r.id).join(',')}`
    const bulk = await http.request('PATCH', `/api/mappings?${where}&depth=1&limit=2`, { token, body: { reviewStatus: 'reviewed' } })
    expect(bulk.status).toBe(200)
    const docs = (bulk.body as { docs: { reviewStatus: string; stale: boolean; sources: { refId: string }[] }[] }).docs
    expect(docs.map((d) => [d.reviewStatus, d.stale])).toEqual([
      ['reviewed', false],
      ['reviewed', false],
    ])
    expect(docs.every((d) => typeof d.sources[0]?.refId === 'string')).toBe(true)

    const wrong = await http.request('POST', '/api/mappings', {
      token,
      body: { set: set.id, sources: [await req('Art. 5')], targets: [await req('Art. 32')], relationship: 'equal' },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain("Art. 32 is not in the set's target edition.")
  })
})
