import { describe, expect, it } from 'vitest'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { list, searchWorld } from '@/test/fixtures'
import { indexCrosswalk } from '@/lib/crosswalk/crosswalk-index'
import { buildIndex, engineCatalog } from '@/lib/cms/site-index'
import { listComparisons } from '@/lib/cms/views'
import { buildSearchDocs } from './search-docs'
import { GROUP_LIMIT, cleanQuery, createSearchIndex, searchSite, type SearchKind, type SearchResults } from './search-index'
import { MAX_SEARCH_QUERY, compactForms, processSearchTerm, synonymPhrases } from './terms'

function siteSearch() {
  const w = searchWorld()
  const index = buildIndex({
    standards: list(w.standards.filter((s) => s._status === 'published')),
    categories: list(w.categories),
    comparisons: list(w.comparisons.filter((c) => c._status === 'published')),
    articles: list(w.articles),
    withCards: true,
  })
  const names = new Map(index.standards.map((s) => [s.slug, s.shortName]))
  const docs = buildSearchDocs({
    standards: index.standards,
    comparisons: listComparisons(engineCatalog(index)),
    articles: index.articles,
    crosswalk: indexCrosswalk(CROSSWALK_BUNDLE, names),
  })
  return createSearchIndex(docs)
}

const search = siteSearch()
const labels = (results: SearchResults, kind: SearchKind) => results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.label) ?? []
const standards = (query: string) => labels(searchSite(search, query), 'standard')

describe('terms', () => {
  it('folds case and accents, keeps letters and digits, drops stop words', () => {
    expect(processSearchTerm('Protección')).toBe('proteccion')
    expect(processSearchTerm('27001:')).toBe('27001')
    expect(processSearchTerm('the')).toBeNull()
    expect(processSearchTerm('—')).toBeNull()
  })

  it('writes names as one word, whole and in runs', () => {
    expect(compactForms('ISO 27001')).toEqual(['iso27001'])
    expect(compactForms('NIST SP 800-53')).toEqual(expect.arrayContaining(['nistsp80053', 'sp80053', '80053', 'nistsp']))
    expect(compactForms('GDPR')).toEqual(['gdpr'])
  })

  it('offers the other phrasings of a synonym', () => {
    expect(synonymPhrases('Privacy')).toEqual(['data protection', 'personal data'])
    expect(synonymPhrases('data protection law')).toEqual(['privacy law', 'personal data law'])
    expect(synonymPhrases('iso 27001')).toEqual([])
  })
})

describe('searchSite: the examples of issue 12', () => {
  it('"privacy" finds GDPR, POPIA and ISO 27701 (their category), nothing else', () => {
    expect(standards('privacy').sort()).toEqual(['GDPR', 'ISO 27701', 'POPIA'])
  })

  it('"iso27001", "iso 27001", "ISO27001" and "ISO 27001:2022" find ISO 27001 first, and not its neighbours by typo', () => {
    for (const query of ['iso27001', 'iso 27001', 'ISO27001', 'ISO 27001:2022', 'ISO/IEC 27001']) {
      expect(standards(query)[0], query).toBe('ISO 27001')
    }
    expect(standards('iso27001')).toEqual(['ISO 27001'])
    expect(standards('ISO 27001:2022')).toEqual(['ISO 27001'])
    expect(standards('iso27701')).toEqual(['ISO 27701'])
  })

  it('"Digital Operational Resilience" (and the Act) finds DORA by its full title', () => {
    expect(standards('Digital Operational Resilience')).toEqual(['DORA'])
    expect(standards('digital operational resilience act')).toEqual(['DORA'])
    expect(labels(searchSite(search, 'Digital Operational Resilience'), 'article')).toEqual(['DORA explained for banks'])
  })

  it('matches prefixes and forgives a typo in a word, never in a number', () => {
    expect(standards('iso 2700').sort()).toEqual(['ISO 27001', 'ISO 27002'])
    expect(standards('Regulaton')).toEqual(expect.arrayContaining(['GDPR', 'DORA']))
    expect(standards('popi')).toEqual(['POPIA'])
    expect(standards('27011')).toEqual([])
  })

  it('finds by synonym: "data protection" reaches ISO 27701, whose record only says Privacy', () => {
    expect(standards('data protection')).toEqual(expect.arrayContaining(['GDPR', 'ISO 27701', 'POPIA']))
  })

  it('searches comparisons, articles and requirements, grouped in that order', () => {
    const results = searchSite(search, 'gdpr')
    expect(results.groups.map((g) => g.kind)).toEqual(['standard', 'comparison'])
    expect(labels(results, 'comparison')).toEqual(['GDPR vs POPIA'])
    expect(labels(searchSite(search, 'gdpr vs popia'), 'comparison')).toEqual(['GDPR vs POPIA'])
    expect(labels(searchSite(search, 'ISMS'), 'article')).toEqual(['Article isms'])
    const logging = searchSite(search, 'logging')
    expect(logging.groups.find((g) => g.kind === 'requirement')?.hits.map((h) => [h.label, h.path])).toEqual([
      ['ISO 27001 A.8.15: Logging', '/standards/iso-27001/requirements/a-8-15'],
      // The 2013 edition's control, at its own address (its snippet names the edition).
      ['ISO 27001 A.12.4.1: Event logging', '/standards/iso-27001/requirements/a-12-4-1'],
    ])
  })

  it('finds a requirement by its id, typed with or without its dots', () => {
    for (const query of ['A.5.1', 'a51', 'ISO 27001 A.5.1']) {
      expect(labels(searchSite(search, query), 'requirement')[0], query).toBe('ISO 27001 A.5.1: Policies for information security')
    }
    expect(labels(searchSite(search, 'Art. 21(2)(a)'), 'requirement')[0]).toBe('NIS2 Art. 21(2)(a): Risk analysis and information system security policies')
  })

  it('leaves out requirements whose address belongs to the current edition (a superseded refId with the same segment)', () => {
    const paths = searchSite(search, 'context organization').groups.find((g) => g.kind === 'requirement')?.hits.map((h) => h.path) ?? []
    expect(paths).toEqual([...new Set(paths)])
    expect(paths).toContain('/standards/iso-27001/requirements/4-1')
  })

  it('ranks: the standard named by the query first, then those that only mention it', () => {
    const results = searchSite(search, 'nis2')
    expect(labels(results, 'standard')[0]).toBe('NIS2')
    const hits = results.groups.flatMap((g) => g.hits)
    for (const group of results.groups) {
      const scores = group.hits.map((h) => h.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
    expect(hits.length).toBeGreaterThan(1)
  })

  it('falls back to any word when no document has them all, and says so', () => {
    const results = searchSite(search, 'GDPR zzzzqqq')
    expect(results.partial).toBe(true)
    expect(labels(results, 'standard')).toEqual(['GDPR'])
    expect(searchSite(search, 'gdpr').partial).toBe(false)
  })

  it('answers an empty, junk or over-long query without throwing', () => {
    for (const query of ['', '   ', '!!!', 'the of', '<script>alert(1)</script>', undefined, 42, ['a', 'b'], '\u0000'.repeat(500)]) {
      const results = searchSite(search, query)
      expect(results.query.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY)
      expect(Array.isArray(results.groups)).toBe(true)
    }
    expect(searchSite(search, '').total).toBe(0)
    expect(searchSite(search, 'xqzv wvvkj').total).toBe(0)
    expect(cleanQuery(`  ${'gdpr '.repeat(50)}`).length).toBeLessThanOrEqual(MAX_SEARCH_QUERY)
    expect(cleanQuery(['  iso ', 'x'])).toBe('iso')
  })

  it('keeps to the kinds asked for, and caps each group', () => {
    expect(searchSite(search, 'iso', ['standard']).groups.map((g) => g.kind)).toEqual(['standard'])
    const capped = searchSite(search, 'iso', undefined, 2)
    for (const group of capped.groups) expect(group.hits.length).toBeLessThanOrEqual(2)
    expect(capped.groups[0]!.total).toBeGreaterThan(2)
    expect(GROUP_LIMIT).toBeGreaterThan(0)
  })
})
