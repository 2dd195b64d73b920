import type { Endpoint, PayloadRequest } from 'payload'

import type { Standard } from '../payload-types'
import { pairCoverage } from '../crosswalk/pair-coverage'
import type { PairCoverage } from '../crosswalk/pair-coverage'
import { readBundle } from '../crosswalk/read-bundle'
import { isDocumentId } from '../lib/query-check'
import { errorResponse, refuseUnlessEditor } from './guard'

async function slugOf(req: PayloadRequest, id: string): Promise<string | null> {
  if (!isDocumentId(id, req.payload.db.defaultIDType)) return null
  const doc = (await req.payload.findByID({ collection: 'standards', id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })) as Standard | null
  return doc?.slug ?? null
}

/** The crosswalk coverage of two standards, drafts included, as the comparison edit view shows it. */
export async function loadPairCoverage(req: PayloadRequest, ids: { a: string; b: string }): Promise<PairCoverage | null> {
  const [a, b] = await Promise.all([slugOf(req, ids.a), slugOf(req, ids.b)])
  if (!a || !b) return null
  const read = await readBundle(req, [a, b], { draft: true })
  if ('unknown' in read) return null
  return pairCoverage(read.bundle, a, b)
}

/** GET /api/comparisons/coverage?a=<id>&b=<id>: requirement coverage both ways from the mapping sets linking the two. */
export const pairCoverageEndpoint: Endpoint = {
  path: '/coverage',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const a = req.searchParams.get('a')?.trim()
    const b = req.searchParams.get('b')?.trim()
    if (!a || !b) return errorResponse(400, 'Pass both standards: ?a=<id>&b=<id>.')
    if (a === b) return errorResponse(400, 'Coverage needs two different standards.')
    const coverage = await loadPairCoverage(req, { a, b })
    if (!coverage) return errorResponse(404, `No standard with id ${a.slice(0, 40)} and ${b.slice(0, 40)} found.`)
    return Response.json(coverage, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
