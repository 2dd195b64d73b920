import { expect, test } from '@playwright/test'

import { cmsURL, editorToken } from '../support/admin'
import { rawRequest, type RawResponse } from '../support/raw-http'
import { knownIssues, malformedCases, type MalformedCase } from './malformed'

// Every case in tests/e2e/malformed against the running site and CMS, over raw HTTP so paths reach
// the servers unnormalized. A case passes when the answer is what its `expect` says (never a 5xx),
// with a message: a JSON error from an API, the site's own 404 page for a page.
const siteURL = process.env.SITE_URL ?? 'http://localhost:3100'
const CONCURRENCY = 6

function errorMessage(text: string): string | null {
  try {
    // Payload: `errors[].message`; the site's API: `error`; the import endpoint: its report's `summary`.
    const body = JSON.parse(text) as { errors?: { message?: unknown }[]; error?: unknown; message?: unknown; summary?: unknown }
    const message = body.errors?.[0]?.message ?? body.error ?? body.message ?? body.summary
    return typeof message === 'string' && message.trim() !== '' ? message : null
  } catch {
    return null
  }
}

function graphqlErrors(text: string): { errors: unknown[]; data: unknown } | null {
  try {
    const body = JSON.parse(text) as { errors?: unknown; data?: unknown }
    return Array.isArray(body.errors) && body.errors.length > 0 ? { errors: body.errors, data: body.data } : null
  } catch {
    return null
  }
}

/** The CMS's security headers (apps/cms/src/lib/security-headers.mjs), each with a part of its value. */
const CMS_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

const STATUS_RANGES: Record<MalformedCase['expect'], (status: number) => boolean> = {
  'not-found': (s) => s === 404,
  'client-error': (s) => s >= 400 && s < 500,
  redirect: (s) => s >= 300 && s < 400,
  ok: (s) => s === 200,
  'too-large': (s) => s === 413 || s === 414 || s === 431,
  'graphql-errors': (s) => s === 200 || (s >= 400 && s < 500),
}

/** What is wrong with the answer to one case; empty when it is right. */
function problemsWith(c: MalformedCase, res: RawResponse): string[] {
  const text = res.body.toString('utf8')
  const problems: string[] = []
  if (res.status >= 500) return [`answered ${res.status}: ${text.slice(0, 160)}`]
  if (!STATUS_RANGES[c.expect](res.status)) problems.push(`answered ${res.status}, expected ${c.expect}`)
  if (c.status !== undefined && res.status !== c.status) problems.push(`answered ${res.status}, expected ${c.status}`)

  const isPage = c.app === 'site' && !c.path.startsWith('/api/') && !c.path.startsWith('/_next/')
  if (res.status >= 400 && c.expect !== 'too-large' && c.method !== 'HEAD') {
    if (res.status === 405 && !res.headers.allow && !errorMessage(text)) problems.push('405 without an Allow header or a message')
    else if (res.status === 404 && isPage && (c.method ?? 'GET') === 'GET') {
      if (!text.includes('We could not find that page')) problems.push("404 without the site's 404 page")
    } else if (!isPage && res.status !== 405 && !errorMessage(text) && !(c.app === 'site' && c.path.startsWith('/_next/'))) {
      problems.push(`no JSON error message: ${text.slice(0, 120)}`)
    }
  }
  if (c.expect === 'graphql-errors' || (c.path === '/api/graphql' && c.expect === 'client-error')) {
    const result = graphqlErrors(text)
    if (!result) problems.push(`no GraphQL errors array: ${text.slice(0, 120)}`)
    else if (result.data !== undefined && result.data !== null && c.expect === 'graphql-errors') {
      const values = Object.values(result.data as Record<string, unknown>)
      if (values.some((value) => value !== null)) problems.push(`returned data with its errors: ${JSON.stringify(result.data).slice(0, 120)}`)
    }
  }
  if (c.expect === 'redirect' && STATUS_RANGES.redirect(res.status)) {
    const location = String(res.headers.location ?? '')
    const target = new URL(location, c.app === 'site' ? siteURL : cmsURL)
    if (!location) problems.push('redirect without a Location')
    else if (target.origin !== new URL(c.app === 'site' ? siteURL : cmsURL).origin) problems.push(`redirects off the site: ${location}`)
  }
  for (const absent of c.absent ?? []) if (text.includes(absent)) problems.push(`the answer contains ${JSON.stringify(absent)}`)
  if (c.mentions && !text.includes(c.mentions)) problems.push(`the answer does not mention ${c.mentions}: ${text.slice(0, 160)}`)
  if (/node_modules\/|\/work\/|\n\s+at [\w$.<>]+ \(/.test(text)) problems.push('the answer leaks a stack trace or a server path')
  // Every answer of the CMS carries its security headers, refusals and errors included. Not the
  // too-large ones: Node's HTTP parser answers those before any of our code (the front engine adds them).
  if (c.app === 'cms' && c.expect !== 'too-large') {
    for (const [name, value] of Object.entries(CMS_SECURITY_HEADERS)) {
      const got = res.headers[name]
      if (got === undefined || !String(got).includes(value)) problems.push(`${name}: ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`)
    }
  }
  return problems
}

async function runCase(c: MalformedCase, token: string): Promise<string[]> {
  const origin = c.app === 'site' ? siteURL : cmsURL
  try {
    const res = await rawRequest(origin, {
      method: c.method,
      path: c.path,
      headers: { ...(c.signedIn ? { authorization: `JWT ${token}` } : {}), ...c.headers },
      body: typeof c.body === 'function' ? c.body() : c.body,
    })
    return problemsWith(c, res)
  } catch (error) {
    // A server refusing an oversized request, or answering before it read a large body (a 401 for a
    // webhook without its secret), may close the connection while the client is still sending, and
    // the reset can overtake its answer. The server must still be up: the spec checks that after.
    const code = (error as { code?: string }).code
    const bodyBytes = typeof c.body === 'function' ? c.body().length : Buffer.byteLength(c.body ?? '')
    const refusedEarly = c.expect === 'too-large' || bodyBytes >= 1024 * 1024
    if (refusedEarly && (code === 'ECONNRESET' || code === 'EPIPE')) return []
    return [`no answer: ${error instanceof Error ? error.message : String(error)}`]
  }
}

test('the corpus is large and its case names are unique', () => {
  expect(malformedCases.length).toBeGreaterThanOrEqual(200)
  const names = malformedCases.map((c) => c.name)
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  for (const name of Object.keys(knownIssues)) expect(names, `known issue "${name}" names a case`).toContain(name)
})

test('malformed requests get a 4xx with a message, never a 5xx, and both servers stay up', async ({ page }) => {
  const token = await editorToken(page)
  const results = new Map<string, string[]>()
  const queue = [...malformedCases]
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) results.set(c.name, await runCase(c, token))
    }),
  )

  const failures: string[] = []
  const stillKnown: string[] = []
  const fixed: string[] = []
  for (const [name, problems] of results) {
    const known = knownIssues[name]
    if (known && problems.length > 0) stillKnown.push(`${name}: ${problems.join('; ')} — ${known}`)
    else if (known) fixed.push(name)
    else if (problems.length > 0) failures.push(`${name}: ${problems.join('; ')}`)
  }
  for (const description of stillKnown) test.info().annotations.push({ type: 'known issue', description })
  console.info(
    `[malformed] ${results.size} cases: ${results.size - failures.length - stillKnown.length} as expected, ` +
      `${stillKnown.length} known issues, ${failures.length} failures`,
  )
  for (const line of stillKnown) console.info(`[malformed] known issue: ${line}`)
  for (const line of failures) console.info(`[malformed] FAILED ${line}`)

  // Both servers still answer, and still answer real requests correctly.
  const site = await rawRequest(siteURL, { path: '/compare/gdpr-vs-popia' })
  expect(site.status, 'the site after the corpus').toBe(200)
  const cms = await rawRequest(cmsURL, { path: '/api/standards?where[slug][equals]=gdpr&depth=0' })
  expect(cms.status, 'the CMS after the corpus').toBe(200)
  expect((JSON.parse(cms.body.toString('utf8')) as { totalDocs: number }).totalDocs).toBe(1)

  expect(failures).toEqual([])
  expect(fixed, 'known issues that now pass: take them off the list').toEqual([])
})
