import { expect, test, type Page } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// The content pages are static HTML with no JavaScript (apps/web/src/static-pages): no script loads,
// the only <script> elements are JSON-LD data, and their Content-Security-Policy forbids inline
// scripts. The interactive pages (/standards filters, the /compare picker) keep Next's runtime.
// Seeded demo content.
const CONTENT = [
  { path: '/', status: 200, heading: /Compliance standards, compared side by side/ },
  { path: '/articles', status: 200, heading: /Articles/ },
  { path: '/methodology', status: 200, heading: /How we compare standards/ },
  { path: '/compare/iso-27032-vs-iso-27701', status: 200, heading: /ISO 27032 vs ISO 27701/ },
  { path: '/compare/gdpr-vs-iso-27701-vs-nis2', status: 200, heading: /GDPR vs ISO 27701 vs NIS2/ },
  { path: '/standards/gdpr', status: 200, heading: /GDPR/ },
  { path: '/articles/why-nis2-matters-for-cyber-resilience', status: 200, heading: /Why NIS2 matters/ },
  { path: '/standards/iso-2700', status: 404, heading: /We could not find that page/ },
  { path: '/compare/iso-27001-vs-no-such-standard', status: 404, heading: /We could not find that page/ },
]

/** Records CSP violations the page reports, from before its first byte. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))]
}

for (const { path, status, heading } of CONTENT) {
  test(`${path} loads no script, and its CSP allows no inline script`, async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    const violations = await watchViolations(page)
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(status)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    // Styled by the site's stylesheet, served under a content-hashed name for ever.
    const stylesheet = await page.locator('link[rel="stylesheet"]').getAttribute('href')
    expect(stylesheet).toMatch(/^\/assets\/site-[0-9a-f]{16}\.css$/)
    expect(await page.locator('header.v-site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).not.toBe('none')

    expect(scripts).toEqual([])
    const types = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('type')))
    expect(types.every((type) => type === 'application/ld+json'), types.join()).toBe(true)
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(await violations()).toEqual([])
  })
}

test('the pair page reads the same with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/compare/iso-27032-vs-iso-27701')
  await expect(page.getByRole('heading', { name: 'Key differences' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/compare\/iso-27032-vs-iso-27701$/)
  await page.screenshot({ path: artifactPath('light-pair.png') })
  await context.close()
})

test('the stylesheet is cached for ever; any other asset name is a 404', async ({ page, request }) => {
  await page.goto('/standards/gdpr')
  const href = (await page.locator('link[rel="stylesheet"]').getAttribute('href')) ?? ''
  const css = await request.get(href)
  expect(css.status()).toBe(200)
  expect(css.headers()['content-type']).toMatch(/^text\/css/)
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(await css.text()).toContain('.v-container')
  expect((await request.get('/assets/site-0000000000000000.css')).status()).toBe(404)
})

test('/standards and /compare keep their JavaScript: filters and the picker still work', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto('/standards')
  const list = page.locator('#standards-list')
  await page.getByLabel('Search by name').fill('popia')
  await expect(list.getByRole('link', { name: 'GDPR', exact: true })).toBeHidden()
  await expect(list.getByRole('link', { name: 'POPIA', exact: true })).toBeVisible()
  expect(scripts.length).toBeGreaterThan(0)

  await page.goto('/compare')
  await page.getByRole('checkbox', { name: /POPIA/ }).check()
  await page.getByRole('checkbox', { name: /^GDPR/ }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(/\/compare\/gdpr-vs-popia$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/GDPR vs POPIA/)
})
