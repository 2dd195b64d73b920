import { APIError, NotFound } from 'payload'
import type { Collection, CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { anonymousReadProblem } from '../lib/anonymous-limits'
import { isDocumentId, pagingProblem } from '../lib/query-check'
import { whereProblem } from '../lib/query-schema'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Paging, population depth and the shape of the document sent: the checks globals share. */
function refuseMalformedArgs(given: Record<string, unknown>, operation: string, req: PayloadRequest) {
  const paging = pagingProblem(given)
  if (paging) throw new APIError(paging, 400, null, true)
  // A visitor's own read over REST or GraphQL: not the Local API (the CMS's own code), nor the finds
  // Payload runs to populate relationships (currentDepth ≥ 1, bounded by the request's depth).
  const fromVisitor = !req.user && req.payloadAPI !== 'local' && given.overrideAccess !== true && !given.currentDepth
  const tooMuch = fromVisitor && (operation === 'read' || operation === 'findVersions') ? anonymousReadProblem(given) : null
  if (tooMuch) throw new APIError(tooMuch, 400, null, true)
  if ((operation === 'create' || operation === 'update') && 'data' in given && !isPlainObject(given.data)) {
    throw new APIError('Send the document as a JSON object, with Content-Type: application/json.', 400, null, true)
  }
}

/**
 * Whether the id in the request's path is the one being looked up, in a shape Payload bent into a
 * valid one: on SQLite it reads "/api/standards/1'abc" as id 1 (parseFloat).
 */
function bentRouteId(req: PayloadRequest, id: unknown): boolean {
  const raw = req.routeParams?.id
  return typeof raw === 'string' && typeof id === 'number' && parseFloat(raw) === id && !isDocumentId(raw, req.payload.db.defaultIDType)
}

/**
 * Refuses a read, write or delete whose arguments the database cannot run, before it reaches the
 * database: an id of the wrong shape answers 404 like an unknown one (on SQLite "not-an-id" used
 * to fail the query with a 500), a bad `where`, `depth`, `limit`, `page` or body answers 400 naming
 * the problem. For REST, GraphQL and the Local API alike.
 */
export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { payload } = req
  const idType = payload.db.defaultIDType
  const given = args as Record<string, unknown>

  if ((typeof given.id === 'string' || typeof given.id === 'number') && (!isDocumentId(given.id, idType) || bentRouteId(req, given.id))) {
    throw new NotFound(req.t)
  }
  refuseMalformedArgs(given, operation, req)
  if (given.where !== undefined) {
    const problem = whereProblem(given.where, {
      fields: collection.flattenedFields,
      fieldsOf: (slug) => (payload.collections as Record<string, Collection | undefined>)[slug]?.config.flattenedFields,
      idType,
    })
    if (problem) throw new APIError(problem, 400, null, true)
  }
  return args
}

/** The same for a global: its population depth and the body of an update. */
export const refuseMalformedGlobalQuery: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (isPlainObject(args)) refuseMalformedArgs(args, operation, req)
  return args
}
