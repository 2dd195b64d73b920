import { expect, test } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// Seeded demo content: GDPR, ISO 27701 and NIS2 are published; GDPR vs ISO 27701 and GDPR vs NIS2
// have comparison pages, ISO 27701 vs NIS2 has none. A matrix needs no comparison document.
const canonical = '/compare/gdpr-vs-iso-27701-vs-nis2'

test('a matrix of three standards shows one column each and marks the differences', async ({ page }) => {
  const response = await page.goto(canonical)
  expect(response?.status()).toBe(200)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GDPR vs ISO 27701 vs NIS2')
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)

  const table = page.getByRole('main').getByRole('table')
  const columns = table.locator('thead th[scope="col"]')
  await expect(columns).toHaveText(['Fact', 'GDPR', 'ISO 27701', 'NIS2'])
  // Obligation differs (ISO 27701 is voluntary): said in words, not by colour alone.
  const obligation = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: /Obligation/ }) })
  await expect(obligation.getByRole('rowheader')).toContainText('Differs')
  await expect(obligation.getByRole('cell')).toHaveText(['Mandatory', 'Voluntary', 'Mandatory'])
  expect(await table.locator('tbody tr.is-different').count()).toBeGreaterThan(3)
  for (const aspect of ['Scope', 'Penalties']) await expect(table.getByRole('rowheader', { name: new RegExp(aspect) })).toBeVisible()

  // Every pair has a page: reviewed pairs are plain links, a generated one is nofollow and says so.
  const pairs = page.locator('#pairs')
  await expect(pairs.getByRole('link', { name: 'GDPR vs ISO 27701' })).toHaveAttribute('href', '/compare/gdpr-vs-iso-27701')
  await expect(pairs.getByRole('link', { name: 'GDPR vs NIS2' })).toHaveAttribute('href', '/compare/gdpr-vs-nis2')
  await expect(pairs.getByRole('link', { name: 'GDPR vs NIS2' })).not.toHaveAttribute('rel', 'nofollow')
  const generated = pairs.getByRole('link', { name: 'ISO 27701 vs NIS2' })
  await expect(generated).toHaveAttribute('href', '/compare/iso-27701-vs-nis2')
  await expect(generated).toHaveAttribute('rel', 'nofollow')
  await expect(pairs.getByRole('listitem').filter({ hasText: 'ISO 27701 vs NIS2' })).toContainText('not yet reviewed by an editor')

  await expect(page.locator('nav[aria-label="Breadcrumb"], nav[aria-label="Breadcrumbs"]').first()).toContainText('GDPR vs ISO 27701 vs NIS2')
  const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((raw) => {
    const parsed: unknown = JSON.parse(raw)
    return (Array.isArray(parsed) ? parsed : [parsed]).map((item) => (item as { '@type'?: string })['@type'])
  })
  expect(types).toContain('BreadcrumbList')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/compare\/gdpr-vs-iso-27701-vs-nis2$/)

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: artifactPath('matrix-1280.png'), fullPage: true })

  // On a phone the page never scrolls sideways: the rows stack, each value labelled with its standard.
  await page.setViewportSize({ width: 390, height: 844 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  const cell = obligation.getByRole('cell').nth(1)
  expect(await cell.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el, '::before').content])).toEqual(['block', '"ISO 27701"'])
  await page.screenshot({ path: artifactPath('matrix-390.png'), fullPage: true })
})

test('another order answers one permanent redirect to the canonical order', async ({ request }) => {
  const response = await request.get('/compare/nis2-vs-gdpr-vs-iso-27701', { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
  expect(locations).toHaveLength(1)
  expect(new URL(locations[0]!.value, 'http://x').pathname).toBe(canonical)
})

test('five standards, a repeated standard or an unknown one is not found', async ({ request }) => {
  for (const path of [
    '/compare/gdpr-vs-iso-27001-vs-iso-27701-vs-nis2-vs-popia',
    '/compare/gdpr-vs-nis2-vs-gdpr',
    '/compare/gdpr-vs-iso-27701-vs-no-such-standard',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
  }
})

test('a pair page says what each standard adds to the other', async ({ page }) => {
  const response = await page.goto('/compare/iso-27001-vs-iso-27701')
  expect(response?.status()).toBe(200)
  const section = page.locator('#what-it-adds')
  await expect(section.getByRole('heading', { name: 'Already comply with ISO 27001? What ISO 27701 adds' })).toBeVisible()
  await expect(section.getByRole('heading', { name: 'Already comply with ISO 27701? What ISO 27001 adds' })).toBeVisible()
  // Only real additions: "complements" is a relation, not something one standard adds to the other (issue 12).
  await expect(section.getByText(/complements/)).toHaveCount(0)
  await expect(section.getByText(/not stated|offers no certification of its own/)).toHaveCount(0)
})
