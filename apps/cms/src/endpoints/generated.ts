import { relationId } from '@versus/content'
import { findStaleOverrides } from '@versus/engine'
import type { ComparisonModel, StaleOverride } from '@versus/engine'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Comparison } from '../payload-types'
import { comparePair, generatedCell } from '../lib/engine-records'
import type { PairModel, Side } from '../lib/engine-records'
import { isDocumentId } from '../lib/query-check'
import { errorResponse, refuseUnlessEditor } from './guard'

/** A stale override, located in the comparison document. */
export interface StaleOverrideRef extends StaleOverride {
  /** The `aspectOverrides` row id; null for the verdict. */
  rowId: string | null
  side: Side | null
}

export interface GeneratedComparison {
  model: ComparisonModel
  /** Where standardA (shown first) and standardB sit in the model's order. */
  sides: Record<Side, 0 | 1>
  /** The overrides of the comparison whose generated value changed since they were written. */
  stale: StaleOverrideRef[]
  /** Aspect id → slug, to find an override row's generated value in the model. */
  aspectSlugs: Record<string, string>
}

/** Stale overrides of a comparison document against the current model of its pair. */
export function staleOverrides(pair: PairModel, doc: Comparison | null | undefined): StaleOverrideRef[] {
  if (!doc) return []
  const stale: StaleOverrideRef[] = []
  if (doc.verdict?.trim()) {
    for (const item of findStaleOverrides(pair.model, { verdict: { basis: doc.verdictBasis ?? null } })) {
      stale.push({ ...item, rowId: null, side: null })
    }
  }
  for (const row of doc.aspectOverrides ?? []) {
    const aspect = pair.lookups.aspectSlugs.get(relationId(row.aspect) ?? '')
    if (!aspect || !row.value?.trim() || generatedCell(pair, row.aspect, row.side) === null) continue
    const standard = pair.model.pair.standards[pair.sides[row.side]]
    if (standard === undefined) continue
    for (const item of findStaleOverrides(pair.model, { aspects: [{ aspect, standard, basis: row.basis ?? null }] })) {
      stale.push({ ...item, rowId: row.id ?? null, side: row.side })
    }
  }
  return stale
}

async function respond(req: PayloadRequest, ids: Record<Side, string>, doc: Comparison | null) {
  if (ids.a === ids.b) return errorResponse(400, 'A comparison needs two different standards.')
  const idType = req.payload.db.defaultIDType
  const pair = isDocumentId(ids.a, idType) && isDocumentId(ids.b, idType) ? await comparePair(req, ids, doc) : null
  if (!pair) return errorResponse(404, `No standard with id ${ids.a} and ${ids.b} found.`)
  const body: GeneratedComparison = {
    model: pair.model,
    sides: pair.sides,
    stale: staleOverrides(pair, doc),
    aspectSlugs: Object.fromEntries(pair.lookups.aspectSlugs),
  }
  return Response.json(body)
}

/** GET /api/comparisons/:id/generated[?draft=true]: the pair's model as the comparison (latest draft) makes it. */
export const comparisonGenerated: Endpoint = {
  path: '/:id/generated',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return errorResponse(400, 'Missing comparison id.')
    const doc = await req.payload.findByID({
      collection: 'comparisons',
      id,
      depth: 0,
      draft: req.searchParams.get('draft') === 'true',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!doc) return errorResponse(404, `No comparison with id ${id}.`)
    const a = relationId(doc.standardA)
    const b = relationId(doc.standardB)
    if (a === null || b === null) return errorResponse(400, 'The comparison lacks one of its two standards.')
    return respond(req, { a, b }, doc)
  },
}

/** GET /api/comparisons/generated?a=<id>&b=<id>: the generated model of two standards, before any override. */
export const pairGenerated: Endpoint = {
  path: '/generated',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const a = req.searchParams.get('a')?.trim()
    const b = req.searchParams.get('b')?.trim()
    if (!a || !b) return errorResponse(400, 'Pass both standards: ?a=<id>&b=<id>.')
    return respond(req, { a, b }, null)
  },
}
