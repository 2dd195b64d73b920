import { NextResponse, type NextRequest } from 'next/server'

import { graphqlRefusal } from './graphql/precheck'
import { canonicalAdminURL, misdirectedAdminAnswer } from './lib/canonical-host'
import { cmsURL, maxQueuedRequests, siteURL } from './lib/env'
import { createRequestGate } from './lib/request-gate'
import { withoutSiteDraftCookies } from './lib/site-draft-cookies'
import { securityHeaders } from './lib/security-headers.mjs'

/** One line for every request that costs the CMS work (lib/request-gate.ts). */
const gate = createRequestGate({ maxQueued: maxQueuedRequests() })

/**
 * The security headers from the URLs this server runs with (next.config.mjs sets them too, from the
 * URLs of the build, for the static files this proxy does not see).
 */
const protections = securityHeaders({ cmsURL: cmsURL(), siteURL: siteURL(), dev: process.env.NODE_ENV === 'development' })

/** The methods the CMS's routes take; Next answers any other with a bare 405 (no Allow, no message). */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

function protect(response: NextResponse): NextResponse {
  for (const { key, value } of protections) response.headers.set(key, value)
  return response
}

function refuse(status: number, message: string, headers: Record<string, string> = {}) {
  return protect(NextResponse.json({ errors: [{ message }] }, { status, headers }))
}

/**
 * What must be refused before Payload's routes run:
 * - an address with broken percent-encoding ("/api/standards/%E0%A4%A"): Next fails to decode the
 *   route's parameters and answers a bare 500 before any Payload code;
 * - a method no route takes (TRACE, PROPFIND…), and any but POST on the GraphQL route: Next would
 *   answer a bare 405 without Allow or a message;
 * - GraphQL requests that would cost the CMS minutes or its memory before Payload's validation
 *   could refuse them (graphql/precheck.ts).
 * - the admin opened at another local address than CMS_URL, where Payload would refuse the session
 *   after sign-in: sent to the configured origin (lib/canonical-host.ts).
 * Then every request waits its turn at the gate, goes on without the site's draft-mode cookies
 * (lib/site-draft-cookies.ts), and leaves with the security headers.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return refuse(400, 'The address holds malformed percent-encoding.')
  }
  const canonical = canonicalAdminURL({ method: request.method, url: request.url, host: request.headers.get('host'), cmsURL: cmsURL() })
  if (canonical) {
    const { status, headers, body } = misdirectedAdminAnswer(canonical)
    return protect(new NextResponse(body, { status, headers }))
  }
  if (!METHODS.has(request.method)) {
    return refuse(405, `The CMS does not take ${request.method.slice(0, 20)} requests.`, { allow: [...METHODS].join(', ') })
  }
  if (pathname === '/api/graphql') {
    if (request.method !== 'POST' && request.method !== 'OPTIONS') return refuse(405, 'Send GraphQL queries with POST.', { allow: 'POST, OPTIONS' })
    if (request.method === 'POST') {
      const refusal = graphqlRefusal(await request.text())
      if (refusal) return refuse(refusal.status, refusal.message)
    }
  }
  if (!(await gate.enter())) {
    return refuse(503, 'The CMS is busy; try again in a moment.', { 'retry-after': '1' })
  }
  // The site's draft cookie must not reach Next here, or it would answer by deleting it (lib/site-draft-cookies.ts).
  const cookies = withoutSiteDraftCookies(request.headers.get('cookie'))
  if (cookies === null) return protect(NextResponse.next())
  const headers = new Headers(request.headers)
  if (cookies) headers.set('cookie', cookies)
  else headers.delete('cookie')
  return protect(NextResponse.next({ request: { headers } }))
}

export const config = {
  // Everything but the build's static files and the favicon, which cost next to nothing.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
}
