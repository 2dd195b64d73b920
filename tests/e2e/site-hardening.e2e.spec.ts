import { createHmac, randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { expect, test, type APIResponse } from '@playwright/test'

// Issue 14, the site's half, on the built server: generated addresses naming nothing answer 404 and
// leave no entry in Next's cache; the security headers (COOP and CORP included) on errors too; an
// editor's preview needs our own signed, expiring session besides Next's fixed-id cookie; headers
// only Next may set change nothing when a client sends them. Reads seeded content only.

const siteURL = process.env.SITE_URL ?? 'http://localhost:3100'
/** The site's build folder (scripts/versus.mjs builds the browser tests' site into .next-e2e). */
const cacheDir = path.resolve(import.meta.dirname, '../../apps/web', process.env.NEXT_DIST_DIR || '.next-e2e', 'server/app')

/** Every file under `dir`, as paths relative to it ([] when it does not exist). */
async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  } catch {
    return []
  }
}

test('junk addresses under every content page and generated route answer 404 and leave nothing in the cache', async ({ request }) => {
  // A token no real document has, so any cache file named after it can only come from these requests.
  const token = `zz${randomBytes(4).toString('hex')}`
  const N = 8
  const junk = Array.from({ length: N }, (_, i) => `${token}${i}`).flatMap((j) => [
    `/compare/gdpr-vs-${j}/opengraph-image`,
    `/compare/${j}-vs-nis2/opengraph-image`,
    `/compare/gdpr-vs-${j}/checklist/gdpr.csv`,
    `/compare/gdpr-vs-nis2/checklist/${j}.csv`,
    `/standards/${j}/requirements/a-5-1`,
    `/standards/iso-27001/requirements/${j.toUpperCase()}.1`,
    `/standards/${j}/editions/iso-27001-2013--iso-27001-2022`,
    `/standards/iso-27001/editions/${j}`,
    `/api/compare/gdpr-vs-${j}`,
    `/api/crosswalk/${j}/iso-27001`,
    // The content pages themselves, a compare address that is no pair included.
    `/compare/${j}`,
    `/compare/gdpr-vs-${j}`,
    `/standards/${j}`,
    `/articles/${j}`,
  ])
  const before = await filesUnder(cacheDir)
  expect(before.length, `the site's cache folder ${cacheDir}`).toBeGreaterThan(0)
  for (const address of junk) {
    const response = await request.get(`${siteURL}${address}`, { maxRedirects: 0 })
    expect(response.status(), address).toBe(404)
    if (address.startsWith('/api/')) expect(await response.json(), address).toEqual({ error: expect.any(String) })
    else expect(await response.text(), address).toContain('</html>')
  }
  const after = await filesUnder(cacheDir)
  expect(after.filter((file) => file.toLowerCase().includes(token))).toEqual([])
  // Other specs may add real pages meanwhile; none of these requests may add one per junk address.
  expect(after.length - before.length).toBeLessThan(junk.length / 4)
  // The real ones still answer.
  expect((await request.get(`${siteURL}/compare/gdpr-vs-nis2/opengraph-image`)).status()).toBe(200)
  expect((await request.get(`${siteURL}/standards/iso-27001/requirements/a-5-1`)).status()).toBe(200)
})

const SECURITY = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
}

function expectSecurityHeaders(what: string, response: APIResponse, corp = 'same-origin'): void {
  const headers = response.headers()
  for (const [name, value] of Object.entries(SECURITY)) expect(headers[name], `${what}: ${name}`).toBe(value)
  expect(headers['cross-origin-resource-policy'], `${what}: CORP`).toBe(corp)
  expect(headers['content-security-policy'], `${what}: CSP`).toContain("frame-ancestors 'none'")
  expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toContain('camera=()')
}

test('every answer of the site carries the security headers, COOP and CORP, errors and redirects included', async ({ request }) => {
  const answers: [string, APIResponse, number, string?][] = [
    ['a page', await request.get(`${siteURL}/standards/gdpr`), 200],
    ['the home page', await request.get(`${siteURL}/`), 200],
    ['a static asset route', await request.get(`${siteURL}/robots.txt`), 200],
    ['an unknown standard (proxy rewrite)', await request.get(`${siteURL}/standards/no-such-standard`), 404],
    ['an unknown route (router 404)', await request.get(`${siteURL}/nope/deeper`), 404],
    ['a junk image (proxy rewrite)', await request.get(`${siteURL}/compare/gdpr-vs-junk/opengraph-image`), 404],
    ['a junk crosswalk API call (proxy JSON)', await request.get(`${siteURL}/api/crosswalk/junk/gdpr`), 404],
    ['a POST to a page (proxy 405)', await request.post(`${siteURL}/standards/gdpr`), 405],
    ['a GET of the revalidate webhook (route 405)', await request.get(`${siteURL}/api/revalidate`), 405],
    ['a reversed pair (proxy 308)', await request.get(`${siteURL}/compare/popia-vs-gdpr`, { maxRedirects: 0 }), 308],
    ['the partner API', await request.get(`${siteURL}/api/compare/gdpr-vs-popia`), 200, 'cross-origin'],
    ['the partner API, unknown pair', await request.get(`${siteURL}/api/compare/gdpr-vs-junk`), 404, 'cross-origin'],
    ['a POST to the partner API (proxy 405)', await request.post(`${siteURL}/api/compare/gdpr-vs-popia`), 405, 'cross-origin'],
  ]
  for (const [what, response, status, corp] of answers) {
    expect(response.status(), what).toBe(status)
    expectSecurityHeaders(what, response, corp)
  }
  expect((await request.get(`${siteURL}/api/compare/gdpr-vs-popia`)).headers()['access-control-allow-origin']).toBe('*')
})

/** What /api/exit-preview and the CMS sign (apps/web/src/lib/cms/draft.ts, draft-session.ts), written out here. */
const secret = process.env.PREVIEW_SECRET ?? ''
const hmac = (message: string) => createHmac('sha256', secret).update(message).digest('hex')
const now = () => Math.floor(Date.now() / 1000)
function previewLink(path: string, expires = now() + 600): string {
  return `${siteURL}/api/preview?${new URLSearchParams({ path, expires: String(expires), sig: hmac(`versus-preview-link\n${path}\n${expires}`) })}`
}
function session(exp: number, key = secret): string {
  const payload = Buffer.from(JSON.stringify({ sub: '', jti: 'e2e', exp })).toString('base64url')
  return `${payload}.${createHmac('sha256', key).update(`versus-draft-session\n${payload}`).digest('hex')}`
}
/** name → value and the whole line, of the cookies an answer sets. */
function setCookies(response: Response): Map<string, { value: string; line: string }> {
  return new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at).trim(), { value: pair.slice(at + 1), line }]
    }),
  )
}
const EXPIRED = /Max-Age=0|Expires=Thu, 01 Jan 1970/i

test.describe("preview needs our signed, expiring session; Next's preview id never leaves the server", () => {
  test.skip(!secret, 'PREVIEW_SECRET is not set for this run, so no preview link can be signed')

  // Node's fetch keeps no cookies: each request sends exactly the cookies written here.
  test('an expired, forged, ended or missing session and Next\'s own cookies leave the visitor on the published page', async () => {
    const entered = await fetch(previewLink('/standards/gdpr'), { redirect: 'manual' })
    expect(entered.status).toBe(307)
    const cookies = setCookies(entered)
    // Our session only: Next's draft-mode cookie (the build's fixed preview id, which as
    // x-prerender-revalidate forces re-renders) is never handed out.
    expect([...cookies.keys()]).toEqual(['versus_draft'])
    const ours = cookies.get('versus_draft')
    expect(ours?.line).toMatch(/HttpOnly/i)
    expect(ours?.line).toMatch(/SameSite=Lax/i)
    expect(ours?.line).toMatch(/Path=\//)
    const maxAge = Number(/Max-Age=(\d+)/i.exec(ours?.line ?? '')?.[1])
    expect(maxAge).toBeGreaterThan(0)
    expect(maxAge).toBeLessThanOrEqual(3600)

    const page = async (cookie: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${siteURL}/standards/gdpr`, { headers: { cookie, ...headers }, redirect: 'manual' })
      expect(response.status, cookie).toBe(200)
      return { response, draft: (await response.text()).includes('data-draft-banner') }
    }
    // Our session: the preview.
    expect((await page(`versus_draft=${ours?.value}`)).draft).toBe(true)
    // A session that is forged, expired or signed with another key, with or without a Next cookie:
    // the published page, and the browser is told to drop what it sent.
    const cases: [string, string, string[]][] = [
      ["a Next draft-mode cookie alone", '__prerender_bypass=forged', ['__prerender_bypass']],
      ['a forged session', `versus_draft=${'a'.repeat(40)}.${'0'.repeat(64)}`, ['versus_draft']],
      ['an expired session', `versus_draft=${session(now() - 5)}`, ['versus_draft']],
      ['a session signed with another key', `versus_draft=${session(now() + 600, 'another-key')}`, ['versus_draft']],
      ['a Next cookie with a forged session', `__prerender_bypass=forged; versus_draft=${session(now() - 5)}`, ['__prerender_bypass', 'versus_draft']],
    ]
    for (const [what, cookie, cleared] of cases) {
      const { response, draft } = await page(cookie)
      expect(draft, what).toBe(false)
      for (const name of cleared) expect(setCookies(response).get(name)?.line ?? '', `${what}: ${name}`).toMatch(EXPIRED)
    }

    // Exit-preview tells the browser to drop the session…
    const exit = await fetch(`${siteURL}/api/exit-preview?path=/standards/gdpr`, {
      headers: { cookie: `versus_draft=${ours?.value}` },
      redirect: 'manual',
    })
    expect(exit.status).toBe(307)
    expect(setCookies(exit).get('versus_draft')?.line).toMatch(EXPIRED)
    // …and ends the session itself: a copy of the cookie, replayed, opens no preview any more.
    const replayed = await page(`versus_draft=${ours?.value}`)
    expect(replayed.draft).toBe(false)
    expect(setCookies(replayed.response).get('versus_draft')?.line).toMatch(EXPIRED)

    // Client-sent x-prerender-revalidate shows no draft and changes nothing.
    await page('')
    for (const header of ['x-prerender-revalidate', 'x-prerender-revalidate-if-generated']) {
      const { draft } = await page('', { [header]: 'forged' })
      expect(draft, header).toBe(false)
    }
  })
})
