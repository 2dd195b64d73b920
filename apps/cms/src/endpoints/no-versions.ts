import type { Endpoint } from 'payload'

import { errorResponse } from './guard'

/**
 * Payload routes `/versions` and `/versions/:id` for every collection and global, and on one that
 * keeps no versions those lookups failed with a 500. These answer 404 first (custom endpoints are
 * matched before the built-in ones).
 */
export function noVersionsEndpoints(label: string): Endpoint[] {
  const handler = () => errorResponse(404, `${label} keep no versions.`)
  return [
    { path: '/versions', method: 'get', handler },
    { path: '/versions/:id', method: 'get', handler },
    { path: '/versions/:id', method: 'post', handler },
  ]
}
