import { comparisonSlugs, relationId } from '@versus/content'
import { suggestComparisons } from '@versus/engine'
import type { ComparisonSuggestion } from '@versus/engine'
import type { Endpoint, PayloadRequest } from 'payload'

import { VISITOR_SUGGESTIONS } from '../collections/VisitorSuggestions'
import type { Comparison, Standard, VisitorSuggestion } from '../payload-types'
import { loadMappingSetFacts } from '../crosswalk/editorial-facts'
import { loadEditorialCatalog } from '../lib/engine-records'
import { errorResponse, refuseUnlessEditor } from './guard'

export interface SuggestionItem extends ComparisonSuggestion {
  /** Database ids of the two standards, in the pair's canonical order. */
  ids: [string, string]
}

/**
 * Standards ever published, of those given. Payload records no author on a standard or its versions, so
 * a draft cannot be told apart as the signed-in editor's own: every never-published draft (test
 * leftovers, work in progress) is kept out of suggestions. One that was published and later unpublished
 * stays in: it was real content.
 */
async function everPublished(req: PayloadRequest): Promise<Set<string>> {
  const latest = await req.payload.find({
    collection: 'standards',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { _status: true },
    req,
  })
  const published = new Set<string>()
  const drafts: (string | number)[] = []
  for (const doc of latest.docs as Pick<Standard, 'id' | '_status'>[]) {
    if (doc._status === 'published') published.add(String(doc.id))
    else drafts.push(doc.id)
  }
  if (drafts.length === 0) return published
  const versions = await req.payload.findVersions({
    collection: 'standards',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: { and: [{ parent: { in: drafts } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  for (const version of versions.docs) {
    const parent = relationId(version.parent)
    if (parent !== null) published.add(parent)
  }
  return published
}

/** Pairs visitors asked for (standard slugs, as picked on the site), one entry a request; declined ones do not count. */
async function loadRequests(req: PayloadRequest): Promise<[string, string][]> {
  const result = await req.payload.find({
    collection: VISITOR_SUGGESTIONS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: { status: { not_equals: 'declined' } },
    select: { standardA: true, standardB: true },
    req,
  })
  return (result.docs as Pick<VisitorSuggestion, 'standardA' | 'standardB'>[]).flatMap((doc) =>
    doc.standardA && doc.standardB ? [[doc.standardA, doc.standardB] as [string, string]] : [],
  )
}

/**
 * The pairs not yet compared (no comparison in any status), strongest signals first: shared category,
 * related-standard links, mapping sets (drafts too) and their typed links, visitors' requests; a shared
 * jurisdiction and few published comparisons only break ties. Standards never published are left out.
 */
export async function loadSuggestions(req: PayloadRequest, limit?: number): Promise<SuggestionItem[]> {
  const catalog = await loadEditorialCatalog(req)
  const [mappingSets, comparisons, published, requests] = await Promise.all([
    loadMappingSetFacts(req, catalog.lookups.standardSlugs),
    req.payload.find({
      collection: 'comparisons',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { standardA: true, standardB: true, _status: true },
      req,
    }),
    everPublished(req),
    loadRequests(req),
  ])
  const existing: [string, string][] = []
  const publishedPairs: [string, string][] = []
  for (const doc of comparisons.docs as Pick<Comparison, 'standardA' | 'standardB' | '_status'>[]) {
    const slugs = comparisonSlugs(doc, catalog.lookups)
    if (!slugs) continue
    existing.push(slugs)
    if (doc._status === 'published') publishedPairs.push(slugs)
  }
  const standards = [...catalog.standards].flatMap(([id, record]) => (published.has(id) ? [record] : []))
  return suggestComparisons({ standards, existing, published: publishedPairs, limit, mappingSets, requests }).flatMap((suggestion) => {
    const [a, b] = suggestion.pair.standards.map((slug) => catalog.standardIds.get(slug))
    return a && b ? [{ ...suggestion, ids: [a, b] as [string, string] }] : []
  })
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
