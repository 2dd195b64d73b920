/**
 * The security headers every answer of the site carries, errors included. next.config.ts sends them
 * with what the router serves; the proxy (src/proxy.ts) sets them itself on the answers it makes
 * (its 405s, the APIs' 404s, redirects, the outage 503), which next.config's headers may not reach.
 * Plain JavaScript because next.config.ts imports it (Next's config loader resolves no .ts import).
 */

/** Only directives that need no per-request nonce, so pages stay static. */
export const BASE_CSP = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"

/** The partner API, which any origin may read (`Access-Control-Allow-Origin: *`). */
export const PARTNER_API = '/api/compare/:pair'

/**
 * The set for a site served at `siteUrl` (SITE_URL): HSTS only over HTTPS, since browsers honour it
 * nowhere else and a local run over plain HTTP must not send it. COOP keeps other windows from
 * holding a handle on ours; CORP keeps other origins from embedding what we serve (the partner API
 * overrides it with `cross-origin`, see `crossOriginResource`).
 *
 * @param {string | undefined} siteUrl
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(siteUrl) {
  return [
    ...((siteUrl ?? '').startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Content-Security-Policy', value: BASE_CSP },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ]
}

/**
 * CORP for a path: the partner API is meant to be read from other origins.
 * @param {string} pathname
 */
export function crossOriginResource(pathname) {
  return /^\/api\/compare\/[^/]+$/.test(pathname) ? 'cross-origin' : 'same-origin'
}

/**
 * Sets the whole set on an answer the proxy makes itself (not on one it lets through or rewrites:
 * next.config's headers, which differ per page, apply to those); headers the answer has win.
 * @template {Response} R
 * @param {string} pathname
 * @param {R} response
 * @param {string | undefined} [siteUrl]
 * @returns {R}
 */
export function withSecurityHeaders(pathname, response, siteUrl = process.env.SITE_URL) {
  for (const { key, value } of securityHeaders(siteUrl)) {
    if (!response.headers.has(key)) response.headers.set(key, value)
  }
  response.headers.set('Cross-Origin-Resource-Policy', crossOriginResource(pathname))
  return response
}
