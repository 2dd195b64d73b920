import { NextResponse, type NextRequest } from 'next/server'
import { parseSelection } from '@versus/engine'
import { getAliasIndex, namesUnknownSlug, redirectFor } from '@/lib/cms/redirects'
import { surrogateKeysOnly, withSurrogateKeys } from '@/lib/front/surrogate-keys'
import { answerDuringOutage } from '@/lib/unavailable'
import { jsonError } from '@/lib/api-errors'
import { withSecurityHeaders } from '@/lib/security-headers.mjs'
import { DRAFT_PATH_HEADER, DRAFT_SESSION_COOKIE, NEXT_DRAFT_COOKIES, verifyDraftSession } from '@/lib/cms/draft-session'
import { isPreviewEnded } from '@/lib/cms/preview-revocations'

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
 *   not-found page (404, no JavaScript, app/not-found-page; lib/cms/redirects.ts).
 * - Visitors get these pages, the home page and the article list as static HTML with no JavaScript
 *   (route handlers, src/static-pages). A request carrying our valid, unexpired preview session, not
 *   ended by an exit (lib/cms/preview-revocations.ts),
 *   (lib/cms/draft-session.ts: an editor's preview) goes to the App Router page under /draft
 *   instead, which shows drafts, is never cached and keeps the live-preview refresh. A forged or
 *   ended session, and Next's draft-mode cookies (the site never turns draft mode on, so its preview
 *   id never leaves the server), are stripped from the request and cleared in the browser: Next
 *   serves the published page from its cache as for any visitor.
 * - Headers a client has no business sending (Next's own: x-prerender-revalidate*, which forces a
 *   re-render when it carries the preview id, x-nextjs-*, x-middleware-*, x-invoke-*) are removed
 *   from the request before Next's router reads them.
 * - While the CMS is down, a page that cannot be rendered answers 503, not 500 (lib/unavailable.ts).
 * None of this waits on the CMS: the alias index and the CMS's health are read from memory and
 * refreshed in the background (only a server's very first request may wait, at most 2 s, for the
 * index).
 */

/** The not-found page with no JavaScript (app/not-found-page); the missing address follows it. */
const NOT_FOUND_PATH = '/not-found-page'
/** The App Router pages that render an editor's preview (app/draft). */
const DRAFT_PREFIX = '/draft'

/** A requirement page, of the current edition or of one edition, or an edition diff. */
const CROSSWALK_PAGE = /^\/standards\/[^/]+\/(?:requirements\/[^/]+|editions\/[^/]+(?:\/requirements\/[^/]+)?)$/

/**
 * The home page, the article list, a standard, an article, a pair or matrix (not /compare/go, the
 * picker's route), or a standard's requirement or edition-diff page.
 */
export function isContentPage(path: string): boolean {
  if (path === '/' || path === '/articles') return true
  if (CROSSWALK_PAGE.test(path)) return true
  const match = /^\/(standards|articles|compare)\/([^/]+)$/.exec(path)
  return match?.[1] === 'compare' ? parseSelection(match[2] ?? '') !== null : match !== null
}

/**
 * A rewrite inside this server. Next treats a rewrite as internal only when its origin is the one
 * it gave the request (`nextUrl`); a rewrite to any other origin is proxied as a new request that
 * comes through here again. (So the site must not be started with `next start -H 127.0.0.1`: Next
 * 16.4 then names its own origin 127.0.0.1 but gives the proxy `localhost`, and every rewrite
 * leaves the server; docs/deploy.md.)
 */
function internalRewrite(request: NextRequest, pathname: string, search = ''): NextResponse {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  url.search = search
  return cleaned(request, (init) => NextResponse.rewrite(url, init))
}

/** Lets the request through to the router, cleaned (see `cleanHeaders`). */
function passThrough(request: NextRequest): NextResponse {
  return cleaned(request, (init) => NextResponse.next(init))
}

/** Request headers only Next itself may set; a client's are dropped. */
const INTERNAL_HEADER = /^(?:x-prerender-revalidate(?:-if-generated)?|x-nextjs-.*|x-middleware-.*|x-invoke-.*|x-versus-draft-path)$/

/** Per request, whether it carries a preview session that opens the preview (`checkPreview`). */
const previewing = new WeakMap<NextRequest, boolean>()

/** Whether the request's preview session is valid, unexpired and not ended by an exit (lib/cms/preview-revocations.ts). */
async function checkPreview(request: NextRequest): Promise<boolean> {
  const session = verifyDraftSession(request.cookies.get(DRAFT_SESSION_COOKIE)?.value, process.env.PREVIEW_SECRET || null)
  return session !== null && !(await isPreviewEnded(session))
}

/** Whether the request carries our valid, unexpired, unended preview session (checked once, in `proxy`). */
function hasDraftSession(request: NextRequest): boolean {
  return previewing.get(request) ?? false
}

/**
 * The cookies a request must lose before Next sees it: Next's draft-mode cookies, which the site
 * never sets (lib/cms/draft-session.ts), and a preview session that is forged, expired or signed
 * with another key.
 */
function unwantedCookies(request: NextRequest): string[] {
  const names: string[] = NEXT_DRAFT_COOKIES.filter((name) => request.cookies.has(name))
  if (request.cookies.has(DRAFT_SESSION_COOKIE) && !hasDraftSession(request)) names.push(DRAFT_SESSION_COOKIE)
  return names
}

/** The request's headers without Next's internal ones and `unwanted` cookies; null when nothing had to go. */
function cleanHeaders(request: NextRequest, unwanted: string[]): Headers | null {
  const internal = [...request.headers.keys()].filter((name) => INTERNAL_HEADER.test(name))
  if (unwanted.length === 0 && internal.length === 0) return null
  const headers = new Headers(request.headers)
  for (const name of internal) headers.delete(name)
  if (unwanted.length > 0) {
    const kept = request.cookies.getAll().filter((c) => !unwanted.includes(c.name))
    if (kept.length > 0) headers.set('cookie', kept.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; '))
    else headers.delete('cookie')
  }
  return headers
}

/** A pass-through or rewrite with the cleaned request; the unwanted cookies are cleared in the browser too. */
function cleaned(request: NextRequest, make: (init?: { request: { headers: Headers } }) => NextResponse): NextResponse {
  const unwanted = unwantedCookies(request)
  const headers = cleanHeaders(request, unwanted)
  const response = make(headers ? { request: { headers } } : undefined)
  for (const name of unwanted) response.cookies.set(name, '', { path: '/', maxAge: 0 })
  return response
}

/** An editor's preview (our valid session) of a content page. */
function isDraftOfContentPage(request: NextRequest, decoded: string): boolean {
  return isContentPage(decoded) && hasDraftSession(request)
}

/** The App Router page under /draft that renders the preview (never cached, no surrogate keys). */
function draftRewrite(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl
  const url = request.nextUrl.clone()
  url.pathname = `${DRAFT_PREFIX}${pathname === '/' ? '' : pathname}`
  url.search = search
  return cleaned(request, (init) => {
    // The address previewed, for a preview that has ended to return to (lib/cms/draft.ts, endPreview).
    const headers = new Headers(init?.request.headers ?? request.headers)
    headers.set(DRAFT_PATH_HEADER, `${pathname}${search}`)
    return NextResponse.rewrite(url, { request: { headers } })
  })
}

/**
 * The generated addresses below a standard or a pair (its image and checklist, a requirement page,
 * an edition diff) and the partner and crosswalk APIs: Next files whatever they answer in its cache
 * on first request, so one naming a document we do not publish must not reach them.
 */
function isGeneratedBelow(path: string): boolean {
  return /^\/(?:standards|compare)\/[^/]+\/|^\/api\/(?:compare|crosswalk)\//.test(path)
}

/**
 * An address naming nothing we publish: the APIs answer a JSON 404, pages the not-found page (which
 * renders per request and files nothing in the cache).
 */
function notFound(request: NextRequest, pathname: string): Response {
  if (pathname.startsWith('/api/')) return jsonError(404, 'No such standard, comparison or mapping set.')
  return withSurrogateKeys(pathname, internalRewrite(request, `${NOT_FOUND_PATH}${pathname}`))
}

async function route(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl
  // Pages and the partner API are read, never written: Next would render a dynamic page for a DELETE
  // as for a GET, and a cached route handler may export no other method, so Next's own 405 (no body,
  // no `Allow`) would answer for the API.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (pathname.startsWith('/api/')) return jsonError(405, 'This address takes GET, HEAD only.', { allow: 'GET, HEAD' })
    return new NextResponse('This page can only be read (GET or HEAD).\n', {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  // The preview pages have no address of their own: only the rewrite below reaches them.
  if (pathname === DRAFT_PREFIX || pathname.startsWith(`${DRAFT_PREFIX}/`)) {
    return internalRewrite(request, NOT_FOUND_PATH)
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
    return internalRewrite(request, NOT_FOUND_PATH)
  }
  // Lists and the partner API are here only for their surrogate keys (lib/front/surrogate-keys.ts),
  // and the home page and the article list for an editor's preview.
  if (surrogateKeysOnly(pathname) && !isGeneratedBelow(decoded)) {
    if (isDraftOfContentPage(request, decoded)) return draftRewrite(request)
    return withSurrogateKeys(pathname, passThrough(request))
  }
  const index = await getAliasIndex()
  if (isGeneratedBelow(decoded)) {
    if (namesUnknownSlug(decoded, index)) return notFound(request, pathname)
    // An editor's preview of a requirement page or an edition diff (app/draft).
    if (isDraftOfContentPage(request, decoded)) return draftRewrite(request)
    return withSurrogateKeys(pathname, passThrough(request))
  }
  // A name nobody ever gave a document is a 404 at once, never first a redirect to another order.
  if (namesUnknownSlug(decoded, index)) return notFound(request, pathname)
  const target = redirectFor(decoded, index)
  if (target) {
    const url = request.nextUrl.clone()
    url.pathname = target
    return withSurrogateKeys(pathname, NextResponse.redirect(url, 308))
  }
  if (isDraftOfContentPage(request, decoded)) return draftRewrite(request)
  return withSurrogateKeys(pathname, (await answerDuringOutage(request)) ?? passThrough(request))
}

/**
 * Answers the proxy makes itself (405, the APIs' 404, redirects, the outage 503) get the site's
 * security headers here: next.config's headers are for what the router serves, which is what a
 * request the proxy lets through or rewrites gets.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // Only an editor's requests carry the session: visitors' never wait on this.
  if (request.cookies.has(DRAFT_SESSION_COOKIE)) previewing.set(request, await checkPreview(request))
  const response = await route(request)
  if (response.headers.has('x-middleware-next') || response.headers.has('x-middleware-rewrite')) return response
  return withSecurityHeaders(request.nextUrl.pathname, response)
}

export const config = {
  matcher: [
    '/(compare|standards|articles)/:slug(.*%.*)',
    '/api/compare/:pair(.*%.*)',
    '/compare/:pair',
    '/standards/:slug',
    '/articles/:slug',
    '/draft/:path*',
    // For their surrogate keys (keep in step with SURROGATE_KEYS_ONLY in lib/front/surrogate-keys.ts),
    // and '/' and '/articles' for an editor's preview too.
    '/',
    '/standards',
    '/compare',
    '/articles',
    '/methodology',
    '/about',
    '/contact',
    '/suggest',
    '/suggest/thanks',
    '/api/compare/:pair',
    '/compare/:pair/:image(opengraph-image.*)',
    '/standards/:slug/requirements/:segment',
    '/standards/:slug/editions/:diff',
    '/standards/:slug/editions/:edition/requirements/:segment',
    '/compare/:pair/checklist/:file',
    '/api/crosswalk/:from/:to',
  ],
}
