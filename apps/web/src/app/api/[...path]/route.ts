import { jsonError } from '@/lib/api-errors'

/**
 * Any /api/… address no route serves: a JSON 404 (docs/api.md) rather than the HTML page a
 * person gets, for every method.
 */
function notFound(): Response {
  return jsonError(404, 'No such API route. The partner API is GET /api/compare/<pair> (docs/api.md).')
}

export const GET = notFound
export const HEAD = notFound
export const POST = notFound
export const PUT = notFound
export const PATCH = notFound
export const DELETE = notFound
