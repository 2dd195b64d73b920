import { describe, expect, it, vi } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { installFakeCms } from '@/test/fake-cms'
import { searchWorld } from '@/test/fixtures'
import { buildSearchDocs } from '@/lib/search/search-docs'
import { getSearchPage, searchIndexFor, searchStandardSlugs } from './search'

const install = (crosswalk = CROSSWALK_BUNDLE) => installFakeCms(searchWorld(), undefined, crosswalk)
const labels = (results: Awaited<ReturnType<typeof getSearchPage>>['results'], kind: string) =>
  results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.label) ?? []

describe('getSearchPage', () => {
  it('answers the examples from the cached index requests and the crosswalk data', async () => {
    const cms = install()
    const { results } = await getSearchPage('privacy')
    expect(labels(results, 'standard').sort()).toEqual(['GDPR', 'ISO 27701', 'POPIA'])
    expect(labels((await getSearchPage('iso27001')).results, 'standard')).toEqual(['ISO 27001'])
    expect(labels((await getSearchPage('Digital Operational Resilience')).results, 'standard')).toEqual(['DORA'])
    expect(labels((await getSearchPage('A.5.1')).results, 'requirement')[0]).toBe('ISO 27001 A.5.1: Policies for information security')
    // Only the tagged list requests every page reads, and the crosswalk data.
    const paths = cms.requests.map((r) => r.path.split('?')[0])
    expect(new Set(paths)).toEqual(new Set(['/api/standards', '/api/categories', '/api/comparisons', '/api/articles', '/api/globals/site', '/api/crosswalk-data']))
  })

  it('never finds a draft', async () => {
    install()
    expect((await getSearchPage('Draft Only')).results.total).toBe(0)
  })

  it('searches without requirements when the crosswalk data fails, and says so in the log', async () => {
    install()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) =>
      String(input).includes('/api/crosswalk-data') ? new Response('{}', { status: 500 }) : realFetch(input, init),
    )
    const { results } = await getSearchPage('iso 27001')
    expect(labels(results, 'standard')[0]).toBe('ISO 27001')
    expect(labels(results, 'requirement')).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search without requirements/))
    warn.mockRestore()
    vi.unstubAllGlobals()
  })
})

describe('searchStandardSlugs (/standards?q=)', () => {
  it('gives the matching slugs, or null when the query has nothing to look for', async () => {
    install()
    expect(await searchStandardSlugs('privacy')).toEqual(new Set(['gdpr', 'iso-27701', 'popia']))
    expect(await searchStandardSlugs('iso27001')).toEqual(new Set(['iso-27001']))
    expect(await searchStandardSlugs('xqzvw')).toEqual(new Set())
    expect(await searchStandardSlugs('')).toBeNull()
    expect(await searchStandardSlugs('?!')).toBeNull()
  })
})

describe('searchIndexFor', () => {
  it('keeps the index while the documents are the same, and builds a new one when they change', () => {
    const docs = buildSearchDocs({ standards: [], comparisons: [], articles: [], crosswalk: null })
    const first = searchIndexFor('test', docs)
    expect(searchIndexFor('test', [...docs])).toBe(first)
    const changed = [{ id: 'x', kind: 'standard' as const, label: 'X', path: '/standards/x', snippet: '', name: 'X', fullTitle: '', topic: '', text: '', compact: [] }]
    expect(searchIndexFor('test', changed)).not.toBe(first)
    expect(searchIndexFor('other', docs)).not.toBe(searchIndexFor('test', changed))
  })
})
