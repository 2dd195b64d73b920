import { comparisonSlugs } from '@versus/content'
import { suggestComparisons } from '@versus/engine'
import type { ComparisonSuggestion } from '@versus/engine'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Comparison } from '../payload-types'
import { loadMappingSetFacts } from '../crosswalk/editorial-facts'
import { loadEditorialCatalog } from '../lib/engine-records'
import { errorResponse, refuseUnlessEditor } from './guard'

export interface SuggestionItem extends ComparisonSuggestion {
  /** Database ids of the two standards, in the pair's canonical order. */
  ids: [string, string]
}

/** The pairs not yet compared (no comparison in any status), most related first; mapping sets (drafts too) count. */
export async function loadSuggestions(req: PayloadRequest, limit?: number): Promise<SuggestionItem[]> {
  const catalog = await loadEditorialCatalog(req)
  const [mappingSets, comparisons] = await Promise.all([
    loadMappingSetFacts(req, catalog.lookups.standardSlugs),
    req.payload.find({
      collection: 'comparisons',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { standardA: true, standardB: true, _status: true },
      req,
    }),
  ])
  const existing: [string, string][] = []
  const published: [string, string][] = []
  for (const doc of comparisons.docs as Pick<Comparison, 'standardA' | 'standardB' | '_status'>[]) {
    const slugs = comparisonSlugs(doc, catalog.lookups)
    if (!slugs) continue
    existing.push(slugs)
    if (doc._status === 'published') published.push(slugs)
  }
  return suggestComparisons({ standards: [...catalog.standards.values()], existing, published, limit, mappingSets }).flatMap(
    (suggestion) => {
      const [a, b] = suggestion.pair.standards.map((slug) => catalog.standardIds.get(slug))
      return a && b ? [{ ...suggestion, ids: [a, b] as [string, string] }] : []
    },
  )
}

/** GET /api/editorial/suggestions[?limit=30] */
export const suggestionsEndpoint: Endpoint = {
  path: '/editorial/suggestions',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const given = req.searchParams.get('limit')
    const limit = given === null ? undefined : Number(given)
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
      return errorResponse(400, 'limit must be a whole number, 1 or more (at most 200 are listed).')
    }
    const suggestions = await loadSuggestions(req, limit === undefined ? undefined : Math.min(limit, 200))
    return Response.json({ suggestions })
  },
}
