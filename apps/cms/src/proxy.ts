import { NextResponse, type NextRequest } from 'next/server'

import { graphqlRefusal } from './graphql/precheck'

function refuse(status: number, message: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ errors: [{ message }] }, { status, headers })
}

/**
 * What must be refused before Payload's routes run:
 * - an address with broken percent-encoding ("/api/standards/%E0%A4%A"): Next fails to decode the
 *   route's parameters and answers a bare 500 before any Payload code;
 * - GraphQL requests that would cost the CMS minutes or its memory before Payload's validation
 *   could refuse them (graphql/precheck.ts), and GET, which the GraphQL route does not take.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return refuse(400, 'The address holds malformed percent-encoding.')
  }
  if (pathname === '/api/graphql') {
    if (request.method === 'GET') return refuse(405, 'Send GraphQL queries with POST.', { allow: 'POST, OPTIONS' })
    if (request.method === 'POST') {
      const refusal = graphqlRefusal(await request.text())
      if (refusal) return refuse(refusal.status, refusal.message)
    }
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/api/graphql', '/:path(.*%.*)'],
}
