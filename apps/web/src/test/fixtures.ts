/** REST documents shaped like Payload's answers, for data-layer tests. */

type Id = number | string

export function rawCategory(id: Id, slug: string, name: string) {
  return { id, slug, name, description: null, createdAt: '2026-01-01T00:00:00.000Z' }
}

export function rawAspect(id: Id, slug: string, name: string, order: number) {
  return { id, slug, name, order }
}

const lexical = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }] },
})

export function rawStandard(
  id: Id,
  slug: string,
  shortName: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    slug,
    shortName,
    officialTitle: `${shortName}:2022 Official title`,
    editionYear: 2022,
    legalNature: 'certifiable-standard',
    obligation: 'voluntary',
    jurisdiction: 'International',
    publisher: 'ISO/IEC',
    category: null,
    tagline: `${shortName} in one line`,
    costBand: 2,
    complexity: 'medium',
    implementationMonths: { min: 6, max: 12 },
    keyFeatures: [{ id: 'k1', text: 'Feature one' }, { id: 'k2', text: 'Feature two' }, { id: 'k3', text: 'Feature three' }],
    whatItIs: lexical(`${shortName} is a standard.`),
    keyComponents: [{ id: 'c1', text: 'Component' }],
    whyOrganizationsUseIt: lexical('Because.'),
    implementationOverview: lexical('Gap analysis, then controls.'),
    aspectValues: [],
    faq: [],
    sources: [{ id: 's1', label: 'Publisher page', url: 'https://example.org' }],
    related: [],
    _status: 'published',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  }
}

export function rawComparison(id: Id, a: unknown, b: unknown, overrides: Record<string, unknown> = {}) {
  return { id, standardA: a, standardB: b, pairKey: null, summary: 'A one-liner.', featured: false, _status: 'published', ...overrides }
}

export function rawArticle(id: Id, slug: string, standards: unknown[], overrides: Record<string, unknown> = {}) {
  return { id, slug, title: `Article ${slug}`, summary: 'About things.', standards, publishedAt: '2026-01-03T00:00:00.000Z', ...overrides }
}

export const list = (docs: unknown[]) => ({ docs, totalDocs: docs.length, hasNextPage: false, page: 1 })
