import { expect, test } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// Seeded demo content: ISO 27032 vs ISO 27701 is published, canonical order iso-27032 first.
const canonical = '/compare/iso-27032-vs-iso-27701'

test('a comparison page shows every section of the page anatomy', async ({ page }) => {
  const response = await page.goto(canonical)
  expect(response?.status()).toBe(200)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ISO 27032 vs ISO 27701/)
  const main = page.getByRole('main')
  for (const text of [
    /Quick verdict/i,
    /Key differences/i,
    /What it is/i,
    /Key components/i,
    /Why organisations use it/i,
    /Implementation overview/i,
    /Frequently asked questions|FAQ/i,
  ]) {
    await expect(main.getByText(text).first()).toBeVisible()
  }
  // Both heroes carry obligation and edition badges taken from the standard records.
  await expect(main.getByText('2023').first()).toBeVisible()
  await expect(main.getByText('2025').first()).toBeVisible()
  await expect(main.getByText(/Voluntary/).first()).toBeVisible()
  // The differences table has the seeded aspects as rows.
  const table = main.getByRole('table').first()
  for (const aspect of ['Scope', 'Industry', 'Nature', 'Testing', 'Penalties']) {
    await expect(table.getByRole('rowheader', { name: aspect })).toBeVisible()
  }
  // No raw markdown leaks into the page.
  const text = await main.innerText()
  expect(text).not.toMatch(/\*\*|__|^#+ /m)
  expect(text).not.toContain('undefined')

  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  const types = jsonLd.flatMap((raw) => {
    const parsed: unknown = JSON.parse(raw)
    return (Array.isArray(parsed) ? parsed : [parsed]).map((item) => (item as { '@type'?: string })['@type'])
  })
  expect(types).toEqual(expect.arrayContaining(['FAQPage', 'BreadcrumbList']))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${canonical}$`))

  await page.screenshot({ path: artifactPath('comparison-page.png'), fullPage: true })
})

test('the reversed pair answers a permanent redirect to the canonical URL', async ({ request, page }) => {
  const response = await request.get('/compare/iso-27701-vs-iso-27032', { maxRedirects: 0 })
  expect([301, 308]).toContain(response.status())
  expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(canonical)

  await page.goto('/compare/iso-27701-vs-iso-27032')
  await expect(page).toHaveURL(new RegExp(`${canonical}$`))
})

test('self-pairs, unknown and malformed pairs are 404s, never 500s', async ({ request }) => {
  for (const path of [
    '/compare/iso-27032-vs-iso-27032',
    '/compare/iso-27032-vs-no-such-standard',
    '/compare/iso-27032',
    '/compare/ISO-27032-vs-ISO-27701',
    '/compare/iso-27032-vs-',
    '/compare/%E0%A4%A',
    '/compare/a-vs-b-vs-c-vs-d-vs-e',
    '/standards/no-such-standard',
    '/standards/..%2F..%2Fetc%2Fpasswd',
    '/no/such/page',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
  }
})

test('home, standards index and a standard page render the seeded content', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: /ISO 27032 vs ISO 27701/ }).first()).toBeVisible()
  await page.screenshot({ path: artifactPath('home.png'), fullPage: true })

  await page.goto('/standards')
  await expect(page.getByRole('link', { name: /NIS2/ }).first()).toBeVisible()

  await page.goto('/standards/nis2')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('NIS2')
  await expect(page.getByRole('main')).toContainText('Directive')
  await expect(page.getByRole('main')).toContainText('2022/2555')
})
