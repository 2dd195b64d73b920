import { expect, test } from '@playwright/test'

import { chooseOption, cmsURL, publish, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// One editor's first session: create the first user, author a standard, compare it with a seeded one,
// publish, and read the page on the site. Runs against a fresh data folder (see scripts/versus.mjs).
test.describe.configure({ mode: 'serial' })

test('an editor signs in (creating the first user on a fresh database), authors a standard and a comparison, and sees it live', async ({
  page,
  request,
}) => {
  await signIn(page)
  await expect(page.getByText(/standards/i).first()).toBeVisible()
  await page.screenshot({ path: artifactPath('admin-dashboard.png'), fullPage: true })

  // A new standard, authored once.
  await page.goto(`${cmsURL}/admin/collections/standards/create`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-shortName').fill('CRA')
  await page
    .locator('#field-officialTitle')
    .fill('Regulation (EU) 2024/2847 — Cyber Resilience Act (2024)')
  await page.locator('#field-editionYear').fill('2024')
  await chooseOption(page, 'field-legalNature', 'Regulation')
  await chooseOption(page, 'field-obligation', 'Mandatory')
  await page.locator('#field-jurisdiction').fill('European Union')
  await page.locator('#field-publisher').fill('European Parliament and Council')
  await chooseOption(page, 'field-category', 'Cybersecurity')
  await page
    .locator('#field-tagline')
    .fill('EU cybersecurity requirements for products with digital elements, from design to the end of their support period')
  await page.locator('#field-costBand').fill('3')
  await chooseOption(page, 'field-complexity', 'High')
  await page.locator('#field-implementationMonths__min').fill('12')
  await page.locator('#field-implementationMonths__max').fill('24')
  const features = [
    'Essential cybersecurity requirements for hardware and software products',
    'Vulnerability handling and security updates throughout the support period',
    'Reporting of actively exploited vulnerabilities and severe incidents',
  ]
  for (const [index, feature] of features.entries()) {
    await page.getByRole('button', { name: /add key feature/i }).click()
    await page.locator(`#field-keyFeatures__${index}__text`).fill(feature)
  }
  await publish(page)
  await page.screenshot({ path: artifactPath('admin-standard.png'), fullPage: true })

  // Its comparison with a seeded standard, NIS2 first: not the canonical order, the editor's choice.
  await page.goto(`${cmsURL}/admin/collections/comparisons/create`)
  await page.waitForLoadState('networkidle')
  await chooseOption(page, 'field-standardA', 'NIS2', 'NIS2')
  await chooseOption(page, 'field-standardB', 'CRA', 'CRA')
  await page.locator('#field-summary').fill('Two EU cyber laws: one for the security of entities, one for the security of products.')
  await publish(page)

  // The page is live on the site at the address of the editor's order, derived from the records just written.
  await expect(async () => {
    const response = await request.get('/compare/nis2-vs-cra', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
  }).toPass({ timeout: 15_000 })
  await page.goto('/compare/nis2-vs-cra')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/NIS2 vs CRA/)
  await expect(page.getByRole('main')).toContainText('Regulation (EU) 2024/2847')
  await expect(page.getByRole('main')).toContainText('Directive (EU) 2022/2555')

  // The other order, canonical as it is, redirects there.
  const reversed = await request.get('/compare/cra-vs-nis2', { maxRedirects: 0 })
  expect(reversed.status()).toBe(308)
  expect(reversed.headers()['location']).toMatch(/\/compare\/nis2-vs-cra$/)

  // The index pages were refreshed by the publish webhook, not by a rebuild.
  await expect(async () => {
    await page.goto('/standards')
    await expect(page.getByRole('link', { name: /CRA/ }).first()).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
})

test('the same pair cannot be published twice, in either order', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin/collections/comparisons/create`)
  await page.waitForLoadState('networkidle')
  await chooseOption(page, 'field-standardA', 'CRA', 'CRA')
  await chooseOption(page, 'field-standardB', 'NIS2', 'NIS2')
  // The generated-comparison panel loads once both standards are chosen; save after it settles.
  // A click that lands while the admin rebuilds its form state is dropped, so click until answered.
  await page.waitForLoadState('networkidle')
  await expect(async () => {
    await page.locator('#action-save').click()
    await expect(page.getByText(/already exists/i).first()).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  // Refused, not saved: still on the create view.
  await expect(page).toHaveURL(/\/create$/)
})
