import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { installWorld } from '@/test/fixtures'
import { GET } from './route'

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const call = (pair: string, file: string) =>
  GET(new Request(`https://versus.example/compare/${pair}/checklist/${file}`), { params: Promise.resolve({ pair, file }) })

describe('GET /compare/<pair>/checklist/<b>.csv', () => {
  it('lists what B adds, one line per requirement in catalog order, with status, gap note and sources', async () => {
    installWorld(CROSSWALK_BUNDLE)
    const response = await call('iso-27001-vs-nis2', 'nis2.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="iso-27001-vs-nis2-what-nis2-adds.csv"')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('"refId","title","status","gap note","sources"')
    expect(lines.slice(1).map((l) => l.split('","')[0]?.slice(1))).toEqual(['Art. 21(2)(a)', 'Art. 21(2)(b)', 'Art. 21(2)(d)', 'Art. 21(2)(e)', 'Art. 23(4)(a)'])
    expect(lines[1]).toContain('"Partly covered","","A.5.1 (narrower than; Versus editorial)"')
    expect(lines[5]).toContain('"Not covered","ISO/IEC 27001 sets no deadline for reporting to an authority.",""')
    expect(lines[3]).toContain('"Not mapped"')
  })

  it('is a 404 without crosswalk data or for a standard outside the pair, and redirects a reversed pair', async () => {
    installWorld()
    expect((await call('iso-27001-vs-nis2', 'nis2.csv')).status).toBe(404)
    installWorld(CROSSWALK_BUNDLE)
    expect((await call('iso-27001-vs-nis2', 'gdpr.csv')).status).toBe(404)
    expect((await call('iso-27001-vs-nis2', 'nis2')).status).toBe(404)
    const reversed = await call('nis2-vs-iso-27001', 'nis2.csv')
    expect(reversed.status).toBe(308)
    expect(reversed.headers.get('location')).toBe('/compare/iso-27001-vs-nis2/checklist/nis2.csv')
  })
})
