import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { installWorld } from '@/test/fixtures'
import { GET } from './route'

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const call = (pair: string) => GET(new Request(`https://versus.example/api/compare/${pair}`), { params: Promise.resolve({ pair }) })

describe('GET /api/compare/<pair> coverage', () => {
  it('has one coverage entry per direction, as computeCoverage summarises it', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const body = await (await call('iso-27001-vs-nis2')).json()
    expect(body.coverage).toHaveLength(2)
    expect(body.coverage[0]).toEqual({
      from: 'iso-27001-2022',
      to: 'nis2-2022',
      full: 1,
      partial: 2,
      related: 0,
      none: 1,
      unknown: 1,
      total: 5,
      score: expect.any(Number),
      sets: [{ id: 'nis2-2022--iso-27001-2022', publisher: 'Versus editorial', method: 'set-theory', licence: 'CC-BY-4.0', comprehensive: false }],
    })
    expect(body.coverage[1]).toMatchObject({ from: 'nis2-2022', to: 'iso-27001-2022' })
  })

  it('is an empty list when the CMS has no crosswalk data', async () => {
    installWorld()
    const response = await call('iso-27001-vs-nis2')
    expect(response.status).toBe(200)
    expect((await response.json()).coverage).toEqual([])
  })
})

describe('GET /api/compare/<pair> reviewed', () => {
  it('answers a reviewed pair with "reviewed": true and a generated pair with "reviewed": false', async () => {
    installWorld()
    const reviewed = await call('iso-27001-vs-iso-27002')
    expect(reviewed.status).toBe(200)
    expect((await reviewed.json()).reviewed).toBe(true)
    const generated = await call('iso-27002-vs-iso-27032')
    expect(generated.status).toBe(200)
    const body = await generated.json()
    expect(body.reviewed).toBe(false)
    expect(body.pair.slug).toBe('iso-27002-vs-iso-27032')
    expect(body.verdict.generated).toBe(true)
  })

  it('redirects a generated pair in the other order and stays 404 for an unpublished standard', async () => {
    installWorld()
    const reversed = await call('iso-27032-vs-iso-27002')
    expect(reversed.status).toBe(308)
    expect(reversed.headers.get('location')).toBe('/api/compare/iso-27002-vs-iso-27032')
    expect((await call('draft-only-vs-nis2')).status).toBe(404)
    expect((await call('iso-27032-vs-nope')).status).toBe(404)
  })
})
