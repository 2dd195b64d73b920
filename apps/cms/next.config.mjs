import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests build into their own folder so a running `npm start` is left alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The engine is an internal TypeScript package without a build step.
  transpilePackages: ['@versus/content', '@versus/engine'],
  poweredByHeader: false,
  // Browsers ask for /favicon.ico whatever the page links; the admin's icon is public/icon.svg.
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }]
  },
  // Next fixes these headers at build time; src/proxy.ts sets them again from the URLs the server
  // runs with on everything but the static files (defaults as in src/lib/env.ts).
  async headers() {
    const headers = securityHeaders({
      cmsURL: process.env.CMS_URL || 'http://localhost:3001',
      siteURL: process.env.SITE_URL || 'http://localhost:3000',
      dev: process.env.NODE_ENV === 'development',
    })
    return [{ source: '/:path*', headers }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
