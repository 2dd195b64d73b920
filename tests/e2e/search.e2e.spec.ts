import { expect, test, type Page } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// Seeded demo content: 15 standards (GDPR, POPIA, ISO 27701 under "Privacy & data protection"; DORA,
// "Regulation (EU) 2022/2554 on digital operational resilience …"), GDPR vs POPIA, three articles,
// and the crosswalk catalogs (ISO/IEC 27001:2022 A.5.1 "Policies for information security").
// The examples are issue 12's "Must show". Every page here is read with JavaScript off.

test.use({ javaScriptEnabled: false })

const standardsList = (page: Page) => page.locator('#standards-list')

test('/standards?q=privacy lists GDPR, POPIA and ISO 27701; ?q=iso27001 lists ISO 27001', async ({ page }) => {
  await page.goto('/standards?q=privacy')
  const list = standardsList(page)
  for (const name of ['GDPR', 'POPIA', 'ISO 27701']) await expect(list.getByRole('link', { name, exact: true })).toBeVisible()
  await expect(list.getByRole('link', { name: 'ISO 9001', exact: true })).toBeHidden()

  await page.goto('/standards?q=iso27001')
  await expect(list.getByRole('link', { name: 'ISO 27001', exact: true })).toBeVisible()
  // Not its neighbours by a one-digit "typo".
  await expect(list.getByRole('link', { name: 'ISO 27701', exact: true })).toBeHidden()
  await expect(list.getByRole('link', { name: 'ISO 27002', exact: true })).toBeHidden()
  // Other specs add standards of their own while this one runs: the total is not fixed.
  await expect(page.getByRole('status')).toHaveText(/^Showing 1 of \d+ standards\.$/)
})

test('/search finds what people type, grouped and ranked', async ({ page }) => {
  const firstIn = (group: string) => page.locator(`[data-search-group="${group}"] > li > a`).first()

  await page.goto(`/search?${new URLSearchParams({ q: 'ISO 27001:2022' })}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “ISO 27001:2022”')
  await expect(firstIn('standard')).toHaveText('ISO 27001')
  await expect(firstIn('standard')).toHaveAttribute('href', '/standards/iso-27001')

  await page.goto(`/search?${new URLSearchParams({ q: 'Digital Operational Resilience' })}`)
  await expect(firstIn('standard')).toHaveText('DORA')

  await page.goto('/search?q=privacy')
  // Ranked by the index (ISO 27001's official title says "privacy protection" too): membership, not order.
  expect(await page.locator('[data-search-group="standard"] > li > a').allInnerTexts()).toEqual(expect.arrayContaining(['GDPR', 'ISO 27701', 'POPIA']))

  // Comparisons, articles and requirements are searched too.
  await page.goto('/search?q=gdpr')
  await expect(page.locator('[data-search-group="comparison"] > li > a', { hasText: 'GDPR vs POPIA' })).toHaveAttribute('href', '/compare/gdpr-vs-popia')
  await page.goto('/search?q=nis2')
  await expect(page.locator('[data-search-group="article"] > li > a', { hasText: 'Why NIS2 matters' })).toBeVisible()
  await page.goto('/search?q=A.5.1')
  await expect(firstIn('requirement')).toHaveText('ISO 27001 A.5.1: Policies for information security')
  await expect(firstIn('requirement')).toHaveAttribute('href', '/standards/iso-27001/requirements/a-5-1')

  await page.goto('/search?q=iso27001')
  await page.screenshot({ path: artifactPath('search-iso27001.png'), fullPage: true })
  await page.goto('/search?q=privacy')
  await page.screenshot({ path: artifactPath('search-privacy.png'), fullPage: true })
})

test('the header and the home page lead to search; the form works without JavaScript', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Search standards, comparisons, articles and requirements').fill('popia')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/search\?q=popia$/)
  await expect(page.locator('[data-search-group="standard"] > li > a').first()).toHaveText('POPIA')

  await page.goto('/standards')
  await page.getByRole('navigation').getByRole('link', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/search$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
})

test('an empty, junk, hostile or over-long query answers a page, never an error', async ({ page, request }) => {
  for (const q of ['', '   ', '!!!', 'the of', 'xqzvwkj', '<script>alert(1)</script>', '%', 'a'.repeat(5000)]) {
    const response = await request.get(`/search?${new URLSearchParams({ q })}`)
    expect(response.status(), q.slice(0, 20)).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)</script>')
  }
  const repeated = await request.get('/search?q=gdpr&q=popia')
  expect(repeated.status()).toBe(200)

  await page.goto(`/search?${new URLSearchParams({ q: '<script>alert(1)</script>' })}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “<script>alert(1)</script>”')
  await page.goto('/search?q=xqzvwkj')
  await expect(page.getByRole('status')).toHaveText(/Nothing matches “xqzvwkj”/)
  await page.goto(`/search?${new URLSearchParams({ q: 'x'.repeat(5000) })}`)
  // The query is capped: the heading quotes at most 100 characters of it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Search results for “${'x'.repeat(100)}”`)
  const robots = await request.get('/search?q=gdpr')
  expect(await robots.text()).toMatch(/<meta name="robots" content="noindex/)
})
