import { describe, expect, it } from 'vitest'

import { securityHeaders } from './security-headers.mjs'

function headers(options: Parameters<typeof securityHeaders>[0]) {
  const list = securityHeaders(options)
  expect(new Set(list.map(({ key }) => key.toLowerCase())).size).toBe(list.length)
  return Object.fromEntries(list.map(({ key, value }) => [key, value]))
}

function directives(policy: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values.join(' ')]
    }),
  )
}

const local = { cmsURL: 'http://localhost:3001', siteURL: 'http://localhost:3000' }
const production = { cmsURL: 'https://cms.example.org', siteURL: 'https://www.example.org/' }

describe('CMS security headers', () => {
  it('sends the same protections everywhere', () => {
    for (const options of [local, production]) {
      expect(headers(options)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'SAMEORIGIN',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Permissions-Policy': expect.stringContaining('camera=()') as unknown as string,
      })
    }
  })

  it('lets the admin run its inline scripts, frame only itself and the site, and be framed by nothing else', () => {
    const csp = directives(headers(production)['Content-Security-Policy'])
    expect(csp).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self' 'unsafe-inline'",
      'style-src': "'self' 'unsafe-inline'",
      'connect-src': "'self'",
      'frame-src': "'self' https://www.example.org",
      'frame-ancestors': "'self'",
      'form-action': "'self'",
      'base-uri': "'self'",
      'object-src': "'none'",
    })
    expect(csp['script-src']).not.toContain('unsafe-eval')
  })

  it('adds HSTS and upgrades requests only when the CMS is served over HTTPS', () => {
    expect(headers(production)['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    expect(directives(headers(production)['Content-Security-Policy'])).toHaveProperty('upgrade-insecure-requests')
    expect(headers(local)).not.toHaveProperty('Strict-Transport-Security')
    expect(directives(headers(local)['Content-Security-Policy'])).not.toHaveProperty('upgrade-insecure-requests')
    expect(directives(headers(local)['Content-Security-Policy'])['frame-src']).toBe("'self' http://localhost:3000")
  })

  it('allows eval and the fast-refresh websocket in development only', () => {
    const csp = directives(headers({ ...local, dev: true })['Content-Security-Policy'])
    expect(csp['script-src']).toBe("'self' 'unsafe-inline' 'unsafe-eval'")
    expect(csp['connect-src']).toBe("'self' ws: wss:")
  })
})
