import { NextResponse, type NextRequest } from 'next/server'
import { getAliasIndex, namesUnknownSlug, redirectFor } from '@/lib/cms/redirects'
import { surrogateKeysOnly, withSurrogateKeys } from '@/lib/front/surrogate-keys'
import { answerDuringOutage } from '@/lib/unavailable'

/**
 * Jobs that must happen before the router:
 * - A page asked with another method than GET or HEAD answers 405 with `Allow`.
 * - Old and non-canonical URLs get one 308 to the current, canonical one: a pair written in the
 *   non-canonical order ("/compare/iso-27701-vs-iso-27032"), and any standard, article or pair
 *   named by a slug the document had before a rename (lib/cms/redirects.ts). Answering these from
 *   the ISR page made Next 16.4 send the Location header twice on a cache miss; here it is one
 *   header, and no page render. The alias index is kept in memory (lib/cms/redirects.ts).
 * - A dynamic segment with broken percent-encoding ("/compare/%E0%A4%A") makes Next's router fail
 *   with a bare 500 before any page code runs. Such URLs can name nothing we publish, so they get
 *   the site's 404 page instead.
 * - A standard, article or pair naming a slug the in-memory index does not know goes to the site's
 *   prerendered not-found page (404), which reads without JavaScript (lib/cms/redirects.ts).
 * - While the CMS is down, a page that cannot be rendered answers 503, not 500 (lib/unavailable.ts).
 * None of this waits on the CMS: the alias index and the CMS's health are read from memory and
 * refreshed in the background (only a server's very first request may wait, at most 2 s, for the
 * index).
 */

/** No route answers this path, so Next serves the site's prerendered not-found page with a 404. */
const NOT_FOUND_PATH = '/_not-found-page'

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Pages are read, never written: Next would render a dynamic page for a DELETE as for a GET.
  if (request.method !== 'GET' && request.method !== 'HEAD' && !pathname.startsWith('/api/')) {
    return new NextResponse('This page can only be read (GET or HEAD).\n', {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
    // A NUL names nothing either, and Next would try to file the 404 under that name in its cache.
    if (decoded.includes('\0')) throw new URIError('NUL in the path')
  } catch {
    // The partner API answers in JSON; elsewhere no route matches this path, so the app's
    // not-found page answers, with a 404.
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: 'no such comparison: the address is not valid percent-encoding' }, { status: 404 })
    }
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
  }
  // Lists and the partner API are here only for their surrogate keys (lib/front/surrogate-keys.ts).
  if (surrogateKeysOnly(pathname)) return withSurrogateKeys(pathname, NextResponse.next())
  const index = await getAliasIndex()
  const target = redirectFor(decoded, index)
  if (target) {
    const url = request.nextUrl.clone()
    url.pathname = target
    return withSurrogateKeys(pathname, NextResponse.redirect(url, 308))
  }
  if (namesUnknownSlug(decoded, index)) return withSurrogateKeys(pathname, NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url)))
  return withSurrogateKeys(pathname, (await answerDuringOutage(request)) ?? NextResponse.next())
}

export const config = {
  matcher: [
    '/(compare|standards|articles)/:slug(.*%.*)',
    '/api/compare/:pair(.*%.*)',
    '/compare/:pair',
    '/standards/:slug',
    '/articles/:slug',
    // Only for their surrogate keys (keep in step with SURROGATE_KEYS_ONLY in lib/front/surrogate-keys.ts).
    '/',
    '/standards',
    '/compare',
    '/articles',
    '/api/compare/:pair',
    '/compare/:pair/:image(opengraph-image.*)',
  ],
}
