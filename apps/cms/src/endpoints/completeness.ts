import { assessCompleteness } from '@versus/engine'
import type { CompletenessReport } from '@versus/engine'
import type { Endpoint, PayloadRequest } from 'payload'

import { loadCrosswalkGaps } from '../crosswalk/editorial-facts'
import { loadEditorialCatalog } from '../lib/engine-records'
import { isDocumentId } from '../lib/query-check'
import { errorResponse, refuseUnlessEditor } from './guard'

export interface CompletenessItem extends CompletenessReport {
  /** Database id of the standard. */
  id: string
}

/** Completeness of every standard (latest versions, drafts included), lowest score first. */
export async function loadCompleteness(req: PayloadRequest, standardId?: string): Promise<CompletenessItem[]> {
  const catalog = await loadEditorialCatalog(req, standardId === undefined ? {} : { standardIds: [standardId] })
  return [...catalog.standards]
    .map(([id, standard]) => ({ id, ...assessCompleteness(standard, catalog.aspects) }))
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name, 'en') || x.slug.localeCompare(y.slug, 'en'))
}

/** GET /api/editorial/completeness[?standard=<id>]: without a standard, the crosswalk gaps too (`crosswalks`). */
export const completenessEndpoint: Endpoint = {
  path: '/editorial/completeness',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const standard = req.searchParams.get('standard')?.trim()
    const missing = () => errorResponse(404, `No standard with id ${JSON.stringify(standard?.slice(0, 40))}.`)
    if (standard && !isDocumentId(standard, req.payload.db.defaultIDType)) return missing()
    const reports = await loadCompleteness(req, standard || undefined)
    if (standard && reports.length === 0) return missing()
    return Response.json(standard ? { report: reports[0] } : { reports, crosswalks: await loadCrosswalkGaps(req) })
  },
}
