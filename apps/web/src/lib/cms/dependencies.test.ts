import { beforeEach, describe, expect, it } from 'vitest'
import type { FakeCms } from '@/test/fake-cms'
import { installWorld } from '@/test/fixtures'
import { getArticle, getArticleList } from './articles'
import { getComparisonList, getComparisonPage } from './comparisons'
import { getHomePage, getSitemapEntries } from './site'
import { getStandardPage, getStandardsIndex } from './standards'

// Each page's cache tags are the union of the tags of the CMS requests it makes. They must name
// its true dependencies: what the CMS sends for a change (apps/cms/src/lib/revalidate-hooks.ts)
// refreshes a page exactly when the page shows what changed.
let cms: FakeCms

beforeEach(() => {
  cms = installWorld()
})

async function tagsOf(render: () => Promise<unknown>): Promise<string[]> {
  cms.reset()
  await render()
  return [...cms.tags()].sort()
}

const INDEX = ['categories', 'site', 'standards', 'standards-index']
const COMPARISONS = ['comparisons', 'comparisons-index']

describe('page dependencies', () => {
  it('a comparison page: its two standards, its pair, the aspects, the slim indexes and the two standards’ crosswalk data', async () => {
    expect(await tagsOf(() => getComparisonPage('iso-27001-vs-iso-27002'))).toEqual(
      [
        ...INDEX,
        ...COMPARISONS,
        'articles',
        'articles-index',
        'aspects',
        'comparison:1:2',
        'crosswalk:iso-27001',
        'crosswalk:iso-27002',
        'standard:iso-27001',
        'standard:iso-27002',
      ].sort(),
    )
  })

  it('a generated pair: the same minus the pair document, and the comparisons index, so publishing the pair replaces it', async () => {
    // The CMS sends `comparisons-index` when a comparison is first published (revalidate-hooks.ts).
    expect(await tagsOf(() => getComparisonPage('iso-27002-vs-iso-27032'))).toEqual(
      [
        ...INDEX,
        ...COMPARISONS,
        'articles',
        'articles-index',
        'aspects',
        'crosswalk:iso-27002',
        'crosswalk:iso-27032',
        'standard:iso-27002',
        'standard:iso-27032',
      ].sort(),
    )
  })

  it('a standard page: its own record, the standards and comparisons indexes', async () => {
    expect(await tagsOf(() => getStandardPage('iso-27001'))).toEqual([...INDEX, ...COMPARISONS, 'standard:iso-27001'].sort())
  })

  it('an article page: its own document, the cards of the standards, the comparisons index', async () => {
    expect(await tagsOf(() => getArticle('isms'))).toEqual(
      ['article:isms', 'articles', 'categories', 'site', 'standards', 'standards-list', ...COMPARISONS].sort(),
    )
  })

  it('the index pages and the sitemap', async () => {
    expect(await tagsOf(() => getStandardsIndex())).toEqual(['categories', 'site', 'standards', 'standards-list'])
    expect(await tagsOf(() => getHomePage())).toEqual([...INDEX, ...COMPARISONS].sort())
    expect(await tagsOf(() => getComparisonList())).toEqual([...INDEX, ...COMPARISONS].sort())
    expect(await tagsOf(() => getArticleList())).toEqual(['articles', 'articles-index', 'site'])
    expect(await tagsOf(() => getSitemapEntries())).toEqual(['articles', 'comparisons', 'sitemap', 'standards'])
  })

  it('a malformed or impossible slug asks the CMS nothing', async () => {
    expect(await tagsOf(() => getComparisonPage('iso-27001-vs-iso-27001'))).toEqual([])
    expect(await tagsOf(() => getStandardPage('Not A Slug'))).toEqual([])
    expect(await tagsOf(() => getArticle('-vs-'))).toEqual([])
  })
})

describe('what a change refreshes', () => {
  // The tags the CMS sends (apps/cms/src/lib/revalidate-hooks.test.ts has the other half).
  const taglineOfIso27001 = ['standard:iso-27001', 'sitemap', 'standards-list']
  const shortNameOfIso27001 = [...taglineOfIso27001, 'standards-index']
  const verdictOfNis2Pair = ['comparison:1:5', 'sitemap']

  const pages: Record<string, () => Promise<unknown>> = {
    '/compare/iso-27001-vs-iso-27002': () => getComparisonPage('iso-27001-vs-iso-27002'),
    '/compare/iso-27032-vs-iso-27701': () => getComparisonPage('iso-27032-vs-iso-27701'),
    '/compare/iso-27001-vs-nis2': () => getComparisonPage('iso-27001-vs-nis2'),
    '/standards/iso-27001': () => getStandardPage('iso-27001'),
    '/standards/nis2': () => getStandardPage('nis2'),
    '/standards': () => getStandardsIndex(),
    '/': () => getHomePage(),
    '/compare': () => getComparisonList(),
    '/articles': () => getArticleList(),
    '/articles/isms': () => getArticle('isms'),
    '/sitemap.xml': () => getSitemapEntries(),
  }

  async function refreshed(sent: string[]): Promise<string[]> {
    const out: string[] = []
    for (const [path, render] of Object.entries(pages)) {
      const tags = await tagsOf(render)
      if (sent.some((tag) => tags.includes(tag))) out.push(path)
    }
    return out
  }

  it('a new tagline refreshes the pages showing the standard and the lists of cards, not other comparisons', async () => {
    expect(await refreshed(taglineOfIso27001)).toEqual([
      '/compare/iso-27001-vs-iso-27002',
      '/compare/iso-27001-vs-nis2',
      '/standards/iso-27001',
      '/standards',
      '/articles/isms',
      '/sitemap.xml',
    ])
  })

  it('a new short name refreshes every page that names or ranks standards', async () => {
    expect(await refreshed(shortNameOfIso27001)).toEqual(Object.keys(pages).filter((p) => p !== '/articles'))
  })

  it('an editor verdict refreshes only its pair page and the sitemap', async () => {
    expect(await refreshed(verdictOfNis2Pair)).toEqual(['/compare/iso-27001-vs-nis2', '/sitemap.xml'])
  })
})
