import { describe, expect, it } from 'vitest'
import { buildSitemap, latest } from './site'

const list = (docs: unknown[]) => ({ docs, totalDocs: docs.length })

describe('buildSitemap', () => {
  const entries = buildSitemap(
    {
      standards: list([
        { id: 1, slug: 'gdpr', updatedAt: '2026-01-02T00:00:00.000Z' },
        { id: 2, slug: 'popia', updatedAt: '2026-03-04T00:00:00.000Z' },
      ]),
      comparisons: list([{ id: 7, standardA: 2, standardB: 1, updatedAt: '2026-02-03T00:00:00.000Z' }]),
      articles: list([{ id: 9, slug: 'privacy-laws', publishedAt: '2025-12-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }]),
    },
    'https://versus.example',
  )

  it('lists every published page once, comparisons under the address of their editor’s order (standardA first), dated by updatedAt', () => {
    expect(entries).toEqual([
      { url: 'https://versus.example/', lastModified: '2026-03-04T00:00:00.000Z' },
      { url: 'https://versus.example/standards', lastModified: '2026-03-04T00:00:00.000Z' },
      { url: 'https://versus.example/compare', lastModified: '2026-03-04T00:00:00.000Z' },
      { url: 'https://versus.example/articles', lastModified: '2025-12-01T00:00:00.000Z' },
      { url: 'https://versus.example/standards/gdpr', lastModified: '2026-01-02T00:00:00.000Z' },
      { url: 'https://versus.example/standards/popia', lastModified: '2026-03-04T00:00:00.000Z' },
      { url: 'https://versus.example/compare/popia-vs-gdpr', lastModified: '2026-02-03T00:00:00.000Z' },
      { url: 'https://versus.example/articles/privacy-laws', lastModified: '2025-12-01T00:00:00.000Z' },
    ])
  })

  it('lists reviewed pairs only: two standards without a comparison document have a generated page, not an entry', () => {
    const three = buildSitemap(
      {
        standards: list([
          { id: 1, slug: 'gdpr', updatedAt: '2026-01-02T00:00:00.000Z' },
          { id: 2, slug: 'popia', updatedAt: '2026-03-04T00:00:00.000Z' },
          { id: 3, slug: 'nis2', updatedAt: '2026-03-05T00:00:00.000Z' },
        ]),
        comparisons: list([{ id: 7, standardA: 2, standardB: 1, updatedAt: '2026-02-03T00:00:00.000Z' }]),
        articles: list([]),
      },
      'https://versus.example',
    )
    expect(three.map((e) => e.url).filter((url) => url.includes('/compare/'))).toEqual(['https://versus.example/compare/popia-vs-gdpr'])
  })

  it('leaves an index undated when nothing it lists has a date', () => {
    const bare = buildSitemap({ standards: list([]), comparisons: list([]), articles: list([]) }, 'https://x.example')
    expect(bare).toEqual(['/', '/standards', '/compare', '/articles'].map((p) => ({ url: `https://x.example${p}` })))
  })

  it('compares dates by time, not by text', () => {
    expect(latest(['2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z', undefined, 'nonsense'])).toBe('2026-01-01T09:00:00Z')
    expect(latest([])).toBeNull()
  })
})
