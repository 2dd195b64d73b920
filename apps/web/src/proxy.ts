import { NextResponse, type NextRequest } from 'next/server'

/**
 * A dynamic segment with broken percent-encoding ("/compare/%E0%A4%A") makes
 * Next's router fail with a bare 500 before any page code runs. Such URLs can
 * name nothing we publish, so they get the site's 404 page instead. The
 * matcher only lets URLs containing "%" through, so ordinary page requests
 * never pay for this.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return NextResponse.next()
  } catch {
    // No route matches this path, so the app's not-found page answers, with a 404.
    return NextResponse.rewrite(new URL('/_malformed-url', request.url))
  }
}

export const config = {
  matcher: ['/(compare|standards|articles)/:slug(.*%.*)'],
}
