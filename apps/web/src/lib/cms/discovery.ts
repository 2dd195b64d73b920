/**
 * Data for finding things: the filterable standards list, the comparison
 * picker, the picker's redirect check, the 404 page's suggestions. Every
 * request is one of the cached, tagged index requests (requests.ts).
 */
import type { StandardHeader } from '@versus/engine'
import { legalNatureLabel, obligationLabel } from '@versus/engine'
import { unstable_rethrow } from 'next/navigation'
import type { FilterFields } from '@/lib/discovery/filters'
import { compactForms } from '@/lib/search/terms'
import type { PickerCatalog } from '@/lib/discovery/picker'
import type { SuggestionCandidate } from '@/lib/discovery/suggest'
import type { SiteContent } from './site-content'
import { engineCatalog, getIndex, type SiteIndex } from './site-index'
import { getSite } from './site'
import { groupStandards, listComparisons, type ComparisonSummary } from './views'

export interface DiscoveryItem {
  header: StandardHeader
  filter: FilterFields
}

export interface DiscoveryGroup {
  key: string
  name: string
  description?: string
  items: DiscoveryItem[]
}

export interface FacetOption {
  value: string
  label: string
}

export interface DiscoveryFacets {
  categories: FacetOption[]
  obligations: FacetOption[]
  jurisdictions: FacetOption[]
  natures: FacetOption[]
}

export interface DiscoveryCatalog {
  site: SiteContent
  groups: DiscoveryGroup[]
  facets: DiscoveryFacets
  total: number
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'en')

function options(values: Iterable<[string, string]>): FacetOption[] {
  return [...new Map(values)].map(([value, label]) => ({ value, label })).sort(byLabel)
}

/** Pure: the index (with card fields) as filterable groups plus the filter choices that occur. */
export function buildDiscovery(index: Pick<SiteIndex, 'standards' | 'categories'>): Omit<DiscoveryCatalog, 'site'> {
  const records = new Map(index.standards.map((s) => [s.slug, s]))
  const groups = groupStandards(index).map((group): DiscoveryGroup => ({
    key: group.category?.slug ?? 'other',
    name: group.category?.name ?? 'Other standards',
    ...(group.category?.description ? { description: group.category.description } : {}),
    items: group.standards.map((header) => ({
      header,
      filter: {
        // What the browser's instant filter looks in while the visitor types; a submitted query goes
        // through the site's search instead (lib/search). Category and the name as one word ("iso27001") keep the two close.
        text: [
          header.shortName,
          ...compactForms(header.shortName),
          header.slug,
          header.tagline,
          header.publisher,
          header.jurisdiction,
          records.get(header.slug)?.officialTitle,
          group.category?.name,
        ]
          .filter(Boolean)
          .join(' '),
        category: group.category?.slug ?? 'other',
        obligation: header.obligation,
        jurisdiction: header.jurisdiction,
        nature: header.legalNature,
      },
    })),
  }))
  const items = groups.flatMap((g) => g.items)
  return {
    groups,
    total: items.length,
    facets: {
      categories: groups.map((g) => ({ value: g.key, label: g.name })),
      obligations: options(items.map((i) => [i.header.obligation, obligationLabel(i.header.obligation)])),
      jurisdictions: options(items.flatMap((i) => (i.header.jurisdiction ? [[i.header.jurisdiction, i.header.jurisdiction] as [string, string]] : []))),
      natures: options(items.map((i) => [i.header.legalNature, legalNatureLabel(i.header.legalNature)])),
    },
  }
}

/** /standards: every published standard with its card fields, filterable. */
export async function getStandardsCatalog(): Promise<DiscoveryCatalog> {
  const [index, site] = await Promise.all([getIndex({ cards: true }), getSite()])
  return { site, ...buildDiscovery(index) }
}

/** /compare: the picker's standards and the published comparisons listed below it. */
export async function getComparePicker(): Promise<DiscoveryCatalog & { comparisons: ComparisonSummary[] }> {
  const [index, site] = await Promise.all([getIndex({ cards: true, comparisons: true }), getSite()])
  return { site, ...buildDiscovery(index), comparisons: listComparisons(engineCatalog(index)) }
}

/** Pure: what the picker's redirect checks a choice against (published standards: every pair of them has a page). */
export function buildPickerCatalog(index: Pick<SiteIndex, 'standards' | 'orders'>): PickerCatalog {
  return { standards: new Set(index.standards.map((s) => s.slug)), orders: index.orders }
}

export async function getPickerCatalog(): Promise<PickerCatalog> {
  return buildPickerCatalog(await getIndex({ comparisons: true }))
}

/**
 * Standards the 404 page may suggest. The not-found page must render when the
 * CMS is down, so a failure here means no suggestions rather than an error.
 */
export async function getSuggestionCandidates(): Promise<SuggestionCandidate[]> {
  try {
    const index = await getIndex()
    return index.standards.map((s) => ({ slug: s.slug, name: s.shortName }))
  } catch (error) {
    unstable_rethrow(error)
    console.warn(`[cms] no 404 suggestions: ${error instanceof Error ? error.message : error}`)
    return []
  }
}
