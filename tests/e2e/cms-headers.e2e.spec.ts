import { expect, test, type APIResponse } from '@playwright/test'

import { cmsURL, signIn, watchCsp, withLivePreview } from '../support/admin'

// The CMS's security headers (apps/cms/src/lib/security-headers.mjs) on what it serves, and the admin
// working under its Content-Security-Policy: every view an editor uses, the live-preview panel that
// frames the site included, without a single violation. Reads seeded content only.

const siteURL = process.env.SITE_URL ?? 'http://localhost:3100'
/** Payload accepts its session cookie from a non-browser client only with an allowed Origin. */
const asAdmin = { headers: { origin: new URL(cmsURL).origin } }

test('the CMS sends its security headers with admin pages, REST and GraphQL', async ({ request }) => {
  const responses = {
    admin: await request.get(`${cmsURL}/admin/login`),
    rest: await request.get(`${cmsURL}/api/globals/site`),
    graphql: await request.post(`${cmsURL}/api/graphql`, { data: { query: '{ Site { siteName } }' } }),
    missing: await request.get(`${cmsURL}/api/no-such-route`),
  }
  for (const [what, response] of Object.entries(responses)) {
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, what).toContain("frame-ancestors 'self'")
    expect(csp, what).toContain("object-src 'none'")
    expect(csp, what).toContain(`frame-src 'self' ${new URL(siteURL).origin}`)
    expect(headers['x-frame-options'], what).toBe('SAMEORIGIN')
    expect(headers['x-content-type-options'], what).toBe('nosniff')
    expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], what).toContain('camera=()')
    expect(headers, what).not.toHaveProperty('x-powered-by')
    // Served over plain http here: HSTS would be meaningless (and is only sent over https).
    expect(headers, what).not.toHaveProperty('strict-transport-security')
  }
  expect(responses.admin.headers()['content-type']).toContain('text/html')
  expect(responses.rest.status()).toBe(200)
})

test('every CMS answer carries the full security header set, errors included: 404, 405, 400, 413', async ({ request }) => {
  const answers: Record<string, { response: APIResponse; status: number | number[] }> = {
    'unknown API route (404)': { response: await request.get(`${cmsURL}/api/no-such-collection/1`), status: 404 },
    // Payload's admin answers a visitor's unknown path with its sign-in page and a 200 (not a 404:
    // Payload's routing, a known gap); whatever it answers carries the headers.
    'unknown admin path': { response: await request.get(`${cmsURL}/admin/no/such/view`, { maxRedirects: 0 }), status: [200, 307, 404] },
    'unknown static file (404)': { response: await request.get(`${cmsURL}/_next/static/chunks/no-such-chunk.js`), status: 404 },
    'GraphQL by DELETE (405)': { response: await request.delete(`${cmsURL}/api/graphql`), status: 405 },
    'a method no route takes (405)': { response: await request.fetch(`${cmsURL}/api/standards`, { method: 'PROPFIND' }), status: 405 },
    'malformed where (400)': { response: await request.get(`${cmsURL}/api/standards?where[editionYear][like]=20`), status: 400 },
    'malformed depth (400)': { response: await request.get(`${cmsURL}/api/standards?depth=abc`), status: 400 },
    'oversized GraphQL (413)': {
      response: await request.post(`${cmsURL}/api/graphql`, { data: { query: `{ Standards { totalDocs } } #${'x'.repeat(200_000)}` } }),
      status: 413,
    },
  }
  for (const [what, { response, status }] of Object.entries(answers)) {
    expect([status].flat(), what).toContain(response.status())
    const headers = response.headers()
    expect(headers['content-security-policy'] ?? '', what).toContain("frame-ancestors 'self'")
    expect(headers['x-frame-options'], what).toBe('SAMEORIGIN')
    expect(headers['x-content-type-options'], what).toBe('nosniff')
    expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], what).toContain('camera=()')
    expect(headers['cross-origin-opener-policy'], what).toBe('same-origin')
    expect(headers['cross-origin-resource-policy'], what).toBe('same-origin')
  }
  expect(answers['GraphQL by DELETE (405)']!.response.headers()['allow']).toBe('POST, OPTIONS')
  expect(answers['a method no route takes (405)']!.response.headers()['allow']).toContain('GET')
})

test("the admin carries the site's icon, and /favicon.ico leads to it instead of a 404", async ({ request }) => {
  const login = await (await request.get(`${cmsURL}/admin/login`)).text()
  expect(login).toMatch(/<link rel="icon" href="\/icon\.svg" type="image\/svg\+xml"/)
  const favicon = await request.get(`${cmsURL}/favicon.ico`, { maxRedirects: 0 })
  expect(favicon.status()).toBe(308)
  expect(favicon.headers()['location']).toBe('/icon.svg')
  const icon = await request.get(`${cmsURL}/icon.svg`)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  expect(icon.headers()['x-content-type-options']).toBe('nosniff')
})

test('the admin runs under its CSP: every editor view and the live preview, no violation', async ({ page }) => {
  const violations = await watchCsp(page)
  await signIn(page)

  const firstId = async (collection: string) => {
    const response = await page.request.get(`${cmsURL}/api/${collection}?depth=0&limit=1&sort=id`, asAdmin)
    const { docs } = (await response.json()) as { docs: { id: number | string }[] }
    expect(docs[0], collection).toBeTruthy()
    return docs[0]!.id
  }
  const standard = await firstId('standards')
  const comparison = await firstId('comparisons')

  for (const path of [
    '/admin',
    '/admin/collections/standards',
    `/admin/collections/comparisons/${comparison}`,
    '/admin/collections/articles/create',
    '/admin/globals/site',
    '/admin/import',
    '/admin/completeness',
    '/admin/suggestions',
    '/admin/account',
  ]) {
    await page.goto(`${cmsURL}${path}`)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('.template-default, .template-minimal').first(), path).toBeVisible()
  }

  // The live-preview panel frames the site's signed preview link, which lands on the standard's page.
  await page.goto(`${cmsURL}/admin/collections/standards/${standard}`)
  await page.waitForLoadState('networkidle')
  await withLivePreview(page, 'standards', async () => {
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('complementary', { name: 'Preview' })).toContainText('Preview — draft content', { timeout: 30_000 })
  })

  expect(violations).toEqual([])

  // The watcher does see a violation when there is one: an image from a host the policy does not name.
  await page.evaluate(() => {
    const image = new Image()
    image.src = 'https://csp-probe.invalid/pixel.png'
    document.body.append(image)
  })
  await expect.poll(() => violations.join('\n')).toContain('img-src')
})

test('the admin opened at another local address lands on the configured one, and signing in works there', async ({ page }) => {
  const configured = new URL(cmsURL)
  test.skip(configured.hostname !== 'localhost', 'needs a CMS_URL on localhost')
  const other = `http://127.0.0.1:${configured.port}/admin/login`
  await page.goto(other)
  // The login page, or the first user's sign-up when nobody has signed up yet: at the configured origin.
  await expect(page).toHaveURL((url) => url.origin === configured.origin && url.pathname.startsWith('/admin'))
  await signIn(page)
  await page.goto(`${cmsURL}/admin/collections/standards`)
  await expect(page.getByRole('heading', { name: 'Standards' }).first()).toBeVisible()
})
