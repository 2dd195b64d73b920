import path from 'node:path'
import type { NextConfig } from 'next'
import { BASE_CSP, PARTNER_API, securityHeaders } from './src/lib/security-headers.mjs'

/**
 * The content pages are static HTML with no JavaScript (src/static-pages): no script may run on them,
 * inline or not, beyond this origin's own files. JSON-LD blocks are data, not scripts, and CSP leaves
 * them alone. The App Router pages (/standards and /compare with filters and the picker, an editor's
 * preview) keep BASE_CSP.
 */
const CONTENT_CSP = `${BASE_CSP}; script-src 'self'`
const CONTENT_PAGES = [
  '/',
  '/articles',
  '/methodology',
  '/about',
  '/contact',
  '/suggest',
  '/suggest/thanks',
  // The suggestion form's answer when it is refused: the form again, static HTML with no JavaScript.
  '/api/suggestions',
  '/compare/:pair',
  '/standards/:slug',
  '/standards/:slug/requirements/:segment',
  '/standards/:slug/editions/:diff',
  '/standards/:slug/editions/:edition/requirements/:segment',
  '/articles/:slug',
  '/not-found-page/:path*',
]

// Several site instances share Next's cache in Redis (cache-handler.mjs; docs/deploy.md,
// "Production topology"), so a refresh on one reaches all. Unset: Next's own cache on local disk.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.join(import.meta.dirname, 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {}

const nextConfig: NextConfig = {
  ...sharedCache,
  // The browser tests build into their own folder so a running `npm start` is left alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@versus/content', '@versus/engine', '@versus/ui'],
  poweredByHeader: false,
  compress: true,
  reactStrictMode: true,
  // /standards and /compare stay static; only a query (filters, the picker's redirect back) is
  // rendered per request, by a page the visitor never sees the address of.
  async rewrites() {
    const filtered = (source: string, keys: string[]) =>
      keys.map((key) => ({ source, has: [{ type: 'query' as const, key }], destination: `/filtered${source}` }))
    const filters = ['q', 'category', 'obligation', 'jurisdiction', 'nature']
    return {
      beforeFiles: [...filtered('/standards', filters), ...filtered('/compare', [...filters, 's', 'error'])],
      afterFiles: [],
      fallback: [],
    }
  },
  async headers() {
    return [
      // COOP, CORP and the rest, on every answer (src/lib/security-headers.ts); the proxy sets the same
      // set on the answers it makes itself.
      { source: '/:path*', headers: securityHeaders(process.env.SITE_URL) },
      // The partner API may be read from any origin (Access-Control-Allow-Origin: *).
      { source: PARTNER_API, headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
      ...CONTENT_PAGES.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: CONTENT_CSP }] })),
      // An editor's preview (our preview session, lib/cms/draft-session.ts; src/proxy.ts sends it to
      // the App Router pages under /draft) may be framed by the CMS's live-preview panel, and by
      // nothing else; a browser that sees frame-ancestors ignores X-Frame-Options. Listed last, so it
      // wins. (A forged cookie only lets the CMS frame that browser's own published page.)
      {
        source: '/:path*',
        has: [{ type: 'cookie', key: 'versus_draft' }],
        headers: [
          {
            key: 'Content-Security-Policy',
            value: `frame-ancestors ${new URL(process.env.CMS_URL || 'http://localhost:3001').origin}; base-uri 'self'; form-action 'self'; object-src 'none'`,
          },
        ],
      },
    ]
  },
}

export default nextConfig
