import { parsePair } from '@versus/engine'
import { NextResponse, type NextRequest } from 'next/server'

/**
 * Two jobs that must happen before the router:
 * - A pair written in the non-canonical order ("/compare/iso-27701-vs-iso-27032") is answered here
 *   with a 308 to the canonical URL. Answering it from the ISR page made Next 16.4 send the Location
 *   header twice on a cache miss; here it is one header, and no page render.
 * - A dynamic segment with broken percent-encoding ("/compare/%E0%A4%A") makes Next's router fail
 *   with a bare 500 before any page code runs. Such URLs can name nothing we publish, so they get
 *   the site's 404 page instead.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    // No route matches this path, so the app's not-found page answers, with a 404.
    return NextResponse.rewrite(new URL('/_malformed-url', request.url))
  }
  const match = /^\/compare\/([^/]+)$/.exec(decoded)
  const parsed = match?.[1] ? parsePair(match[1]) : null
  if (parsed && !parsed.isCanonical) {
    const target = request.nextUrl.clone()
    target.pathname = parsed.canonical.path
    return NextResponse.redirect(target, 308)
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/(compare|standards|articles)/:slug(.*%.*)', '/compare/:pair'],
}
