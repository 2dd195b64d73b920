import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { installWorld } from '@/test/fixtures'
import { GET, POST } from './route'

beforeEach(() => {
  installWorld(CROSSWALK_BUNDLE)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const call = (from: string, to: string, query = '') =>
  GET(new Request(`https://versus.example/api/crosswalk/${from}/${to}${query}`), { params: Promise.resolve({ from, to }) })

describe('GET /api/crosswalk/<from>/<to>', () => {
  it('answers the sets between two standards as JSON, with rows and provenance', async () => {
    const response = await call('iso-27001', 'nis2')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ version: 1, from: 'iso-27001', to: 'nis2' })
    expect(body.sets).toHaveLength(1)
    expect(body.sets[0]).toMatchObject({ id: 'nis2-2022--iso-27001-2022', publisher: 'Versus editorial', licence: 'CC-BY-4.0', method: 'set-theory' })
    expect(body.sets[0].mappings[0]).toEqual({
      sources: ['Art. 21(2)(a)'],
      targets: ['A.5.1'],
      relationship: 'superset',
      rationale: 'semantic',
      strength: 7,
    })
  })

  it('answers CSV, one line per row', async () => {
    const response = await call('nis2', 'iso-27001', '?format=csv')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('"set","source edition","sources","relationship","target edition","targets","strength","rationale","gap note","method","publisher","licence"')
    expect(lines).toHaveLength(5)
    expect(lines[4]).toContain('"Art. 23(4)(a)","not-related","iso-27001-2022",""')
  })

  it('400 for an unknown format, 404 for an unknown standard or a pair with no set', async () => {
    const bad = await call('iso-27001', 'nis2', '?format=xml')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/Unknown format; use one of: json, csv, oscal/)
    expect((await call('iso-27001', 'nope')).status).toBe(404)
    expect((await call('iso-27001', '<script>')).status).toBe(404)
    const none = await call('iso-27001', 'iso-27002')
    expect(none.status).toBe(404)
    expect((await none.json()).error).toMatch(/No published mapping set/)
  })

  it('answers one set as an OSCAL 1.2 mapping-collection, stable from one call to the next', async () => {
    const response = await call('iso-27001', 'nis2', '?format=oscal')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="nis2-2022--iso-27001-2022.oscal.json"')
    const text = await response.text()
    const body = JSON.parse(text)
    const collection = body['mapping-collection']
    expect(collection.metadata['oscal-version']).toMatch(/^1\.2/)
    expect(collection.provenance.status).toBe('complete')
    const [mapping] = collection.mappings
    expect(mapping.maps[0]).toMatchObject({
      // OSCAL's word for our superset (NIST IR 8477 "superset of").
      relationship: 'superset-of',
      sources: [{ type: 'control', 'id-ref': 'Art. 21(2)(a)' }],
      targets: [{ type: 'control', 'id-ref': 'A.5.1' }],
    })
    expect(await (await call('iso-27001', 'nis2', '?format=oscal')).text()).toBe(text)
  })

  it('keeps one set with ?set=, and answers 404 for a set that does not link the two', async () => {
    const one = await call('iso-27001', 'nis2', '?set=nis2-2022--iso-27001-2022')
    expect((await one.json()).sets.map((s: { id: string }) => s.id)).toEqual(['nis2-2022--iso-27001-2022'])
    const other = await call('iso-27001', 'nis2', '?set=nope')
    expect(other.status).toBe(404)
    expect((await other.json()).error).toMatch(/No published mapping set "nope"/)
  })

  it('takes GET only', async () => {
    expect(POST().status).toBe(405)
  })
})
