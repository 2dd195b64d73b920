import { expect, test } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// Seeded demo content: 15 standards (gdpr, popia, iso-27001, iso-27002, …) and a published GDPR vs POPIA.

test('the picker works without JavaScript: GDPR + POPIA lands on the canonical comparison', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/compare')
  await page.getByRole('checkbox', { name: /POPIA/ }).check()
  await page.getByRole('checkbox', { name: /^GDPR/ }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(/\/compare\/gdpr-vs-popia$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/GDPR vs POPIA/)

  // One standard is not a comparison: back to the picker with the reason, the choice kept.
  await page.goto('/compare')
  await page.getByRole('checkbox', { name: /^GDPR/ }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(/\/compare\?error=too-few&s=gdpr$/)
  await expect(page.getByRole('alert')).toHaveText(/at least 2 standards/)
  await expect(page.getByRole('checkbox', { name: /^GDPR/ })).toBeChecked()
  await context.close()
})

test('the picker route answers 303 to the canonical order', async ({ request }) => {
  const response = await request.get('/compare/go?s=popia&s=gdpr', { maxRedirects: 0 })
  expect(response.status()).toBe(303)
  expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe('/compare/gdpr-vs-popia')
  const tooMany = await request.get('/compare/go?s=gdpr&s=popia&s=nis2&s=iso-27001&s=iso-27002', { maxRedirects: 0 })
  expect(tooMany.status()).toBe(303)
  expect(tooMany.headers()['location']).toContain('error=too-many')
})

test('/standards filters on the server without JavaScript, and instantly with it', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const noJs = await context.newPage()
  await noJs.goto('/standards?q=iso')
  const list = noJs.locator('#standards-list')
  await expect(list.getByRole('link', { name: 'ISO 27001', exact: true })).toBeVisible()
  await expect(list.getByRole('link', { name: 'GDPR', exact: true })).toBeHidden()
  await expect(noJs.getByRole('status')).toHaveText(/Showing \d+ of 15 standards/)
  await expect(noJs.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/standards$/)
  await context.close()

  await page.goto('/standards')
  await page.screenshot({ path: artifactPath('standards-index.png'), fullPage: true })
  const all = page.locator('#standards-list')
  await expect(all.getByRole('link', { name: 'GDPR', exact: true })).toBeVisible()
  await page.getByLabel('Search by name').fill('popia')
  await expect(all.getByRole('link', { name: 'GDPR', exact: true })).toBeHidden()
  await expect(all.getByRole('link', { name: 'POPIA', exact: true })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 15 standards.')
  await page.getByLabel('Search by name').fill('')
  await page.getByLabel('Obligation').selectOption('mandatory')
  await expect(all.getByRole('link', { name: 'ISO 27001', exact: true })).toBeHidden()
  await expect(all.getByRole('link', { name: 'GDPR', exact: true })).toBeVisible()
})

test('/compare shows the picker above the published comparisons', async ({ page }) => {
  await page.goto('/compare')
  await expect(page.getByRole('heading', { name: 'Compare standards' })).toBeVisible()
  await expect(page.locator('fieldset.v-picker__group').first()).toBeVisible()
  await expect(page.getByRole('checkbox')).toHaveCount(15)
  await expect(page.getByRole('heading', { name: 'Published comparisons' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'GDPR vs POPIA' })).toBeVisible()
  await page.screenshot({ path: artifactPath('compare-picker.png'), fullPage: true })
})

test('the sitemap lists comparisons with lastmod; robots points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entry = /<url>\s*<loc>[^<]*\/compare\/gdpr-vs-popia<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/.exec(sitemap)
  expect(entry, sitemap.slice(0, 500)).not.toBeNull()
  expect(Number.isNaN(Date.parse(entry?.[1] ?? ''))).toBe(false)
  for (const path of ['/standards/gdpr', '/compare', '/standards']) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`))
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/)
})

test('the partner API redirects a reversed pair and answers the model as JSON', async ({ request }) => {
  const reversed = await request.get('/api/compare/popia-vs-gdpr', { maxRedirects: 0 })
  expect(reversed.status()).toBe(308)
  expect(reversed.headers()['location']).toBe('/api/compare/gdpr-vs-popia')
  const response = await request.get('/api/compare/popia-vs-gdpr')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  const body = (await response.json()) as { version: number; title: string; pair: { slug: string }; differences: unknown[] }
  expect(body.version).toBe(1)
  expect(body.title).toBe('GDPR vs POPIA')
  expect(body.pair.slug).toBe('gdpr-vs-popia')
  expect(body.differences.length).toBeGreaterThan(0)
  for (const path of ['/api/compare/gdpr-vs-gdpr', '/api/compare/gdpr-vs-nope', '/api/compare/not%20a%20pair']) {
    const miss = await request.get(path, { maxRedirects: 0 })
    expect(miss.status(), path).toBe(404)
    expect(((await miss.json()) as { error?: string }).error).toBeTruthy()
  }
})

test('a comparison page has Article JSON-LD and a generated Open Graph image', async ({ page, request }) => {
  await page.goto('/compare/gdpr-vs-popia')
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((raw) => {
    const parsed: unknown = JSON.parse(raw)
    return (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[]
  })
  const article = jsonLd.find((item) => item['@type'] === 'Article')
  expect(article?.headline).toBe(await page.getByRole('heading', { level: 1 }).innerText())
  expect(article?.dateModified).toBeTruthy()
  const image = await page.locator('meta[property="og:image"]').first().getAttribute('content')
  expect(image).toMatch(/\/compare\/gdpr-vs-popia\/opengraph-image/)
  const png = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search)
  expect(png.status()).toBe(200)
  expect(png.headers()['content-type']).toBe('image/png')
  const bytes = await png.body()
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')
})

test('a 404 suggests standards that resemble the address', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    // Chromium reports the document's own 404 status as a console error; anything else is a problem.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  const response = await page.goto('/standards/iso-2700')
  expect(response?.status()).toBe(404)
  const suggestions = page.getByRole('region', { name: 'Did you mean' })
  await expect(suggestions.getByRole('link', { name: 'ISO 27001' })).toBeVisible()
  await expect(suggestions.getByRole('link', { name: 'ISO 27002' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'Browse standards' })).toHaveAttribute('href', '/standards')
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible()
  // The page is static HTML with its suggestions drawn on the server: nothing to hydrate, no errors.
  expect(problems).toEqual([])
})

test('a 404 for an address no page was ever rendered at reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  // Each section renders its pages on demand; Next's own answer here is an empty shell drawn by
  // JavaScript, which the edge replaces with the site's not-found page.
  for (const path of ['/standards/no-such-standard', '/articles/no-such-article', '/compare/gdpr-vs-no-such-standard']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    expect(await response?.text(), path).not.toContain('__next_error__')
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('We could not find that page')
    await expect(page.getByRole('main').getByRole('link', { name: 'Compare standards' }), path).toBeVisible()
  }
  await context.close()
})
