import { MAX_CROSSWALK_STANDARDS } from '@versus/content'
import { isValidSlug } from '@versus/engine'
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { readBundle } from '../crosswalk/read-bundle'
import { previewGrant } from '../lib/preview-grant'
import { errorResponse } from './guard'

/** The standards named in `?standards=a,b`, or why the list cannot be read. */
export function parseStandardsParam(raw: string | null): { slugs: string[] } | { problem: string } {
  if (raw === null || raw.trim() === '') return { problem: 'Name the standards: ?standards=iso-27001,nist-csf-2.' }
  const slugs = [...new Set(raw.split(',').map((slug) => slug.trim()))]
  if (slugs.length > MAX_CROSSWALK_STANDARDS) return { problem: `At most ${MAX_CROSSWALK_STANDARDS} standards at a time (got ${slugs.length}).` }
  const bad = slugs.find((slug) => slug.length > 100 || !isValidSlug(slug))
  if (bad !== undefined) return { problem: `${JSON.stringify(bad.slice(0, 40))} is not a standard slug (lowercase letters and digits separated by hyphens).` }
  return { slugs }
}

/**
 * Who may read drafts: editors and admins, and the site in draft mode (a valid draft-read token of
 * an open session); `ended` when the token's editor has logged out.
 */
async function draftReader(req: PayloadRequest): Promise<'yes' | 'ended' | 'no'> {
  if (isEditorOrAdmin(req.user)) return 'yes'
  const grant = await previewGrant(req)
  return grant === 'drafts' ? 'yes' : grant === 'ended' ? 'ended' : 'no'
}

/**
 * GET /api/crosswalk-data?standards=<slug>[,<slug>…][&draft=true]: a CrosswalkBundle of those
 * standards' crosswalk content (crosswalk/read-bundle.ts). 400 for a missing or malformed list
 * or more than ten slugs, 404 naming the standards that do not exist (or are not published),
 * 401/403 for drafts asked by someone who may not read them.
 */
export const crosswalkDataEndpoint: Endpoint = {
  path: '/crosswalk-data',
  method: 'get',
  handler: async (req) => {
    const parsed = parseStandardsParam(req.searchParams.get('standards'))
    if ('problem' in parsed) return errorResponse(400, parsed.problem)
    const draftParam = req.searchParams.get('draft')
    if (draftParam !== null && draftParam !== 'true' && draftParam !== 'false') return errorResponse(400, 'draft is true or false.')
    const draft = draftParam === 'true'
    const reader = draft ? await draftReader(req) : 'yes'
    if (reader === 'ended') return errorResponse(403, 'The preview has ended: its editor signed out of the CMS.')
    if (reader === 'no') {
      return req.user
        ? errorResponse(403, 'Only editors and admins may read draft crosswalks.')
        : errorResponse(401, 'Sign in as an editor or admin to read draft crosswalks.')
    }
    const result = await readBundle(req, parsed.slugs, { draft })
    if ('unknown' in result) return errorResponse(404, `No standard ${result.unknown.map((slug) => JSON.stringify(slug)).join(', ')}.`)
    return Response.json(result.bundle, { headers: { 'Cache-Control': draft ? 'private, no-store' : 'no-cache' } })
  },
}
