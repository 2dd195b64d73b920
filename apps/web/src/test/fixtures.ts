import type { CrosswalkBundle } from '@versus/content'
import { installFakeCms, type FakeCms } from './fake-cms'

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

const idOf = (value: unknown): string | null =>
  typeof value === 'number' || typeof value === 'string'
    ? String(value)
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

/** The pair key is computed as the CMS does: both ids as strings, sorted, joined by ":". */
export function rawComparison(id: Id, a: unknown, b: unknown, overrides: Record<string, unknown> = {}) {
  const ids = [idOf(a), idOf(b)]
  const pairKey = ids[0] && ids[1] ? [ids[0], ids[1]].sort().join(':') : null
  return { id, standardA: a, standardB: b, pairKey, summary: 'A one-liner.', featured: false, _status: 'published', ...overrides }
}

export function rawArticle(id: Id, slug: string, standards: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    id,
    slug,
    title: `Article ${slug}`,
    summary: 'About things.',
    standards,
    publishedAt: '2026-01-03T00:00:00.000Z',
    _status: 'published',
    ...overrides,
  }
}

export const list = (docs: unknown[]) => ({ docs, totalDocs: docs.length, hasNextPage: false, page: 1 })

/** A small published world, shaped as the CMS stores it (depth 0: relations are ids). */
export function world() {
  const security = rawCategory(1, 'security', 'Cybersecurity')
  const privacy = rawCategory(2, 'privacy', 'Privacy')
  const scope = rawAspect(1, 'scope', 'Scope', 1)
  return {
    categories: [security, privacy],
    aspects: [scope, rawAspect(2, 'penalties', 'Penalties', 2)],
    standards: [
      rawStandard(1, 'iso-27001', 'ISO 27001', {
        category: 1,
        aspectValues: [{ id: 'v1', aspect: 1, value: 'Information security' }],
        related: [{ id: 'r1', standard: 2, relation: 'complements' }],
        lastReviewedAt: '2026-11-30T00:00:00.000Z',
        reviewerName: 'Ann Editor',
      }),
      rawStandard(2, 'iso-27002', 'ISO 27002', { category: 1, aspectValues: [{ id: 'v2', aspect: 1, value: 'Controls' }] }),
      rawStandard(3, 'iso-27032', 'ISO 27032', {
        category: 1,
        aspectValues: [{ id: 'v3', aspect: 1, value: 'Internet security' }],
        lastReviewedAt: '2026-11-28T00:00:00.000Z',
      }),
      rawStandard(4, 'iso-27701', 'ISO 27701', {
        category: 2,
        aspectValues: [{ id: 'v4', aspect: 1, value: 'Privacy' }],
        related: [{ id: 'r4', standard: 1, relation: 'extends' }],
        previousSlugs: [{ id: 'p4', slug: 'iso-27552' }],
      }),
      rawStandard(5, 'nis2', 'NIS2', { category: 1, legalNature: 'directive', obligation: 'mandatory' }),
      rawStandard(6, 'draft-only', 'Draft Only', { _status: 'draft' }),
    ],
    comparisons: [
      rawComparison(11, 1, 2, { featured: true, lastReviewedAt: '2026-12-01T00:00:00.000Z', reviewerName: 'Ann Editor' }),
      // Stored in "reverse" order: the editor's order must not matter.
      rawComparison(12, 3, 4),
      rawComparison(13, 1, 5, { verdict: 'NIS2 is law; ISO 27001 is a choice.' }),
      rawComparison(14, 5, 6),
    ],
    articles: [
      rawArticle(21, 'isms', [1, 2], { body: lexical('An ISMS is a management system.') }),
      rawArticle(22, 'privacy-news', [4], { previousSlugs: [{ id: 'p22', slug: 'privacy-old' }] }),
    ],
  }
}

/** The fake CMS serving `world()`: what most data-module tests start from. */
export function installWorld(crosswalk?: CrosswalkBundle): FakeCms {
  return installFakeCms(world(), undefined, crosswalk)
}

/**
 * `world()` with the standards the search examples name (issue 12): GDPR and
 * POPIA under Privacy, DORA by its full title, and an article about DORA.
 */
export function searchWorld() {
  const base = world()
  return {
    ...base,
    standards: [
      ...base.standards,
      rawStandard(7, 'gdpr', 'GDPR', {
        category: 2,
        officialTitle: 'Regulation (EU) 2016/679 — General Data Protection Regulation',
        editionYear: 2016,
        legalNature: 'regulation',
        obligation: 'mandatory',
        jurisdiction: 'European Union',
        publisher: 'European Parliament and Council',
      }),
      rawStandard(8, 'popia', 'POPIA', {
        category: 2,
        officialTitle: 'Protection of Personal Information Act 4 of 2013',
        editionYear: 2013,
        legalNature: 'law',
        obligation: 'mandatory',
        jurisdiction: 'South Africa',
        publisher: 'Parliament of South Africa',
      }),
      rawStandard(9, 'dora', 'DORA', {
        category: 1,
        officialTitle: 'Regulation (EU) 2022/2554 on digital operational resilience for the financial sector',
        legalNature: 'regulation',
        obligation: 'mandatory',
        jurisdiction: 'European Union',
        publisher: 'European Parliament and Council',
      }),
    ],
    comparisons: [...base.comparisons, rawComparison(15, 7, 8, { summary: 'Two data protection laws side by side.' })],
    articles: [...base.articles, rawArticle(23, 'dora-explained', [9], { title: 'DORA explained for banks', summary: 'What the EU asks of financial entities.' })],
  }
}
