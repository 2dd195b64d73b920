import { brotliDecompressSync } from 'node:zlib'
import http from 'node:http'

import { expect, test, type Page } from '@playwright/test'

// The site's edge (apps/web/edge): pages without interactive parts ship no JavaScript, every page's
// Content-Security-Policy allows no inline script it does not list by hash, and cached pages go out
// precompressed. Publishing through the edge is covered by editor-publishes.e2e.spec.ts.
const PAIR = '/compare/iso-27032-vs-iso-27701'
const STATIC_PAGES = ['/', PAIR, '/compare/gdpr-vs-iso-27701-vs-nis2', '/standards/gdpr', '/articles']
const INTERACTIVE_PAGES = ['/standards', '/compare']

/** Scripts the page loaded, and any Content-Security-Policy violation it reported. */
async function visit(page: Page, path: string) {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] }
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const response = await page.goto(path, { waitUntil: 'networkidle' })
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  return { response, scripts, violations }
}

function scriptSrc(policy: string | undefined): string {
  return (policy ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? ''
}

for (const path of STATIC_PAGES) {
  test(`${path} ships no JavaScript and still shows its content`, async ({ page }) => {
    const { response, scripts, violations } = await visit(page, path)
    expect(response?.status()).toBe(200)
    expect(scripts).toEqual([])
    expect(violations).toEqual([])
    expect(scriptSrc(response?.headers()['content-security-policy'])).toBe("script-src 'self'")
    await expect(page.locator('h1')).toBeVisible()
    await expect(page.locator('footer')).toBeVisible()
  })
}

for (const path of INTERACTIVE_PAGES) {
  test(`${path} keeps what its filter needs, with every inline script allowed by hash`, async ({ page }) => {
    const { response, scripts, violations } = await visit(page, path)
    expect(response?.status()).toBe(200)
    expect(scripts.length).toBeGreaterThan(0)
    expect(violations).toEqual([])
    const policy = scriptSrc(response?.headers()['content-security-policy'])
    expect(policy).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/)
    expect(policy).not.toContain('unsafe-inline')
    // The island works: typing filters the list at once.
    await page.getByLabel('Search by name').fill('popia')
    await expect(page.getByRole('status').first()).toHaveText(/Showing 1 of \d+ standards\./)
  })
}

test('a cached page goes out precompressed, identical to the plain page, and revalidates with 304', async ({ request, baseURL }) => {
  const plain = await request.get(PAIR, { headers: { 'accept-encoding': 'identity' } })
  const plainBody = await plain.body()
  // A raw request, so the brotli body arrives exactly as sent.
  const raw = await new Promise<{ headers: http.IncomingHttpHeaders; status?: number; body: Buffer }>((resolve, reject) => {
    http
      .get(new URL(PAIR, baseURL), { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ headers: res.headers, status: res.statusCode, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
  expect(raw.status).toBe(200)
  expect(raw.headers['content-encoding']).toBe('br')
  expect(raw.headers['x-edge-cache']).toBe('HIT')
  expect(brotliDecompressSync(raw.body).equals(plainBody)).toBe(true)
  expect(raw.body.length).toBeLessThan(20 * 1024)

  const etag = plain.headers()['etag']
  expect(etag).toBeTruthy()
  const again = await request.get(PAIR, { headers: { 'if-none-match': etag ?? '' } })
  expect(again.status()).toBe(304)
})
