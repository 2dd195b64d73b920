/**
 * HTTP security headers for every CMS response: the admin's pages, REST and GraphQL.
 * Plain JavaScript because next.config.mjs imports it (unit-tested in security-headers.test.ts).
 *
 * The Payload admin is a Next app whose pages inline their bootstrap scripts and styles, so the CMS
 * allows 'unsafe-inline' for both (the public site, which has no such need, is far stricter). Every
 * other source is the CMS itself, except frames: the live-preview panel shows the site.
 */

/**
 * @param {{ cmsURL: string, siteURL: string, dev?: boolean }} options `dev`: `next dev`, whose
 *   fast refresh evaluates code and talks over a websocket.
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ cmsURL, siteURL, dev = false }) {
  const https = new URL(cmsURL).protocol === 'https:'
  const site = new URL(siteURL).origin
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    `frame-src 'self' ${site}`,
    // Nothing but the admin itself may frame the admin (clickjacking).
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return [
    { key: 'Content-Security-Policy', value: policy.join('; ') },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    // No other origin's window keeps a handle on the admin (window.opener, tab-nabbing, XS-Leaks),
    // and no other origin may embed the CMS's answers (<script src>, <img src> of /api/…).
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    // Only a CMS served over HTTPS can promise HTTPS: over plain http this would be ignored at best.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}
