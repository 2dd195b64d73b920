import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getArticle, getArticleList } from '@/lib/cms/articles'
import { getComparisonList, getComparisonPage } from '@/lib/cms/comparisons'
import { getEditionDiffPage, getRequirementPage, getStandardCatalog } from '@/lib/cms/crosswalk'
import { getMatrixPage } from '@/lib/cms/matrix'
import { getHomePage, getSite } from '@/lib/cms/site'
import { getStandardPage, getStandardsIndex } from '@/lib/cms/standards'
import type { FakeCms } from '@/test/fake-cms'
import { installWorld } from '@/test/fixtures'
import { SURROGATE_KEYS_ONLY, SURROGATE_KEY_HEADER, surrogateKeysFor, surrogateKeysOnly, withSurrogateKeys } from './surrogate-keys'

let cms: FakeCms
beforeEach(() => {
  cms = installWorld()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

// The fixture world's pair keys (database ids) and the pages they belong to.
const PAIRS: Record<string, string> = { 'comparison:1:2': 'pair:iso-27001-vs-iso-27002', 'comparison:1:5': 'pair:iso-27001-vs-nis2' }

/** The tags a page's render really carried, with the pair's id-based tag written as its path key. */
async function renderedTags(render: () => Promise<unknown>): Promise<string[]> {
  cms.reset()
  await render()
  return [...cms.tags()].map((tag) => PAIRS[tag] ?? tag).sort()
}

describe('surrogate keys from the path alone', () => {
  // Every key the render used must be on the page (or a purge would miss it), and no other
  // document-level key (or a purge would drop a page that does not show the change).
  it.each([
    ['/', () => getHomePage()],
    ['/compare', () => getComparisonList()],
    ['/standards', () => getStandardsIndex()],
    ['/articles', () => getArticleList()],
    ['/methodology', () => getSite()],
    // The page reads the standard and its requirement catalog (content-pages/standard.tsx).
    ['/standards/iso-27001', () => Promise.all([getStandardPage('iso-27001'), getStandardCatalog('iso-27001')])],
    ['/articles/isms', () => getArticle('isms')],
    ['/compare/iso-27001-vs-iso-27002', () => getComparisonPage('iso-27001-vs-iso-27002')],
    ['/api/compare/iso-27001-vs-nis2', () => getComparisonPage('iso-27001-vs-nis2')],
    ['/compare/iso-27001-vs-iso-27002/opengraph-image', () => getComparisonPage('iso-27001-vs-iso-27002')],
    ['/compare/iso-27001-vs-nis2/checklist/nis2.csv', () => getComparisonPage('iso-27001-vs-nis2')],
    ['/standards/nis2/requirements/art-21-2-a', () => getRequirementPage('nis2', 'art-21-2-a')],
    ['/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022', () => getEditionDiffPage('iso-27001', 'iso-27001-2013--iso-27001-2022')],
    ['/standards/iso-27001/editions/iso-27001-2013/requirements/4-1', () => getRequirementPage('iso-27001', '4-1', 'iso-27001-2013')],
  ])('%s carries exactly the tags its render reads', async (path, render) => {
    expect([...(surrogateKeysFor(path) ?? [])].sort()).toEqual(await renderedTags(render))
  })

  it('a generated pair carries every tag its render reads, the comparisons index and its own pair key', async () => {
    // Publishing the pair's comparison sends `comparisons-index` and `comparison:<ids>` (purged as
    // `pair:<slug>`): either drops the generated page so the reviewed one replaces it.
    const keys = surrogateKeysFor('/compare/iso-27002-vs-iso-27032') ?? []
    const rendered = await renderedTags(() => getComparisonPage('iso-27002-vs-iso-27032'))
    expect(rendered).toContain('comparisons-index')
    for (const tag of rendered) expect(keys).toContain(tag)
    expect(keys).toEqual(expect.arrayContaining(['comparisons-index', 'pair:iso-27002-vs-iso-27032']))
  })

  it('a matrix page carries every tag its render reads and each of its standards', async () => {
    const keys = surrogateKeysFor('/compare/iso-27001-vs-iso-27002-vs-nis2') ?? []
    for (const tag of await renderedTags(() => getMatrixPage('iso-27001-vs-iso-27002-vs-nis2'))) expect(keys).toContain(tag)
    expect(keys).toEqual(expect.arrayContaining(['standard:iso-27001', 'standard:iso-27002', 'standard:nis2']))
  })

  it('a pair written in either order has one key, that of its canonical address', () => {
    expect(surrogateKeysFor('/compare/iso-27002-vs-iso-27001')).toContain('pair:iso-27001-vs-iso-27002')
  })

  it('a slug not yet published is keyed by the tag its publication will send', () => {
    expect(surrogateKeysFor('/standards/not-yet')).toContain('standard:not-yet')
    expect(surrogateKeysFor('/articles/soon/')).toContain('article:soon')
  })

  it('static files, other API routes and unknown paths carry no keys', () => {
    for (const path of ['/_next/static/chunks/a.js', '/api/revalidate', '/api/preview', '/compare/go', '/icon.svg', '/standards/a/b', '/standards/a/editions/b/requirements', '/standards/a/editions/b/clauses/c']) {
      expect(surrogateKeysFor(path)).toBeNull()
    }
  })

  it('the header lists each key once, separated by spaces; an undecodable path gets none', () => {
    const response = withSurrogateKeys('/standards/iso-27001', new Response(null))
    const keys = response.headers.get(SURROGATE_KEY_HEADER)?.split(' ') ?? []
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('standard:iso-27001')
    expect(withSurrogateKeys('/compare/%E0%A4%A', new Response(null)).headers.get(SURROGATE_KEY_HEADER)).toBeNull()
  })
})

describe('the proxy', () => {
  it('matches every path it keys only for its keys, and keys them', async () => {
    const { config, proxy } = await import('@/proxy')
    for (const path of SURROGATE_KEYS_ONLY) expect(config.matcher).toContain(path)
    for (const path of [
      '/',
      '/standards',
      '/compare',
      '/articles',
      '/api/compare/iso-27001-vs-nis2',
      '/compare/iso-27001-vs-nis2/opengraph-image',
      '/standards/iso-27001/editions/iso-27001-2013/requirements/4-1',
    ]) {
      expect(surrogateKeysOnly(path)).toBe(true)
      const response = await proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(response.headers.get(SURROGATE_KEY_HEADER)?.split(' ')).toEqual(surrogateKeysFor(path))
    }
  })

  it('keys a page it lets through', async () => {
    const { proxy } = await import('@/proxy')
    const response = await proxy(new NextRequest('http://localhost:3000/standards/iso-27001'))
    expect(response.headers.get(SURROGATE_KEY_HEADER)).toContain('standard:iso-27001')
  })
})
