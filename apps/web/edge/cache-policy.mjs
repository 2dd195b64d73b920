// @ts-check
/**
 * What the edge may keep and for how long: the rules of a shared cache (RFC 9111) narrowed to what
 * this site needs. Only anonymous GETs of whole documents are shared; anything tied to a visitor
 * (draft mode, a session, a client-side navigation payload) goes straight to the site.
 */

/** Cookies that make a response personal: Next's draft mode and its preview data. */
const PERSONAL_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/** Headers of a client-side navigation (React Server Components payload) or a prefetch. */
const RSC_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']

/**
 * The key a request is shared under, or null when its answer must not be shared.
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} request
 * @returns {string | null}
 */
export function cacheKeyFor(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url ?? '/'
  if (!url.startsWith('/') || url.includes('_rsc=')) return null
  const { headers } = request
  if (headers.authorization) return null
  if (isPersonal(headers)) return null
  if (RSC_HEADERS.some((name) => headers[name] !== undefined)) return null
  return url
}

/** @param {import('node:http').IncomingHttpHeaders} headers */
export function isPersonal(headers) {
  const cookie = headers.cookie
  return typeof cookie === 'string' && PERSONAL_COOKIES.test(cookie)
}

/**
 * How many milliseconds a response may be served from the edge without asking the site again; 0 when
 * it must not be stored. Honours the site's own `s-maxage`/`max-age`, never longer than `capMs`, so
 * content changed outside the CMS's hooks is still picked up within the site's staleness bound.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {number} capMs
 */
export function freshnessFor(status, headers, capMs) {
  if (status !== 200) return 0
  if (headers['set-cookie']) return 0
  // Next marks a page it served stale while re-rendering in the background; the fresh one comes next.
  if (String(headers['x-nextjs-cache'] ?? '').toUpperCase() === 'STALE') return 0
  const vary = String(headers.vary ?? '').toLowerCase()
  if (vary.includes('cookie') || vary === '*') return 0
  const directives = parseCacheControl(String(headers['cache-control'] ?? ''))
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return 0
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0)
  if (!Number.isFinite(seconds) || seconds <= 0) return 0
  return Math.min(seconds * 1000, capMs)
}

/** @param {string} value */
export function parseCacheControl(value) {
  /** @type {Map<string, string>} */
  const directives = new Map()
  for (const part of value.split(',')) {
    const [name, arg] = part.trim().split('=', 2)
    if (name) directives.set(name.toLowerCase(), (arg ?? '').replace(/^"|"$/g, ''))
  }
  return directives
}
