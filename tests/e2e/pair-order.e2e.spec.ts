import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { chooseOption, cmsURL, publish, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// An editor swaps the order of a comparison in the admin and publishes it: the page moves to the
// address of the new order, with the names in that order, the old address answers 308 to it, and
// the lists link the new address. Uses the seeded "ISO 27002 vs ISO 27032" pair, which no other
// browser test touches, and puts it back as it was.
test.describe.configure({ mode: 'serial' })

const asAdmin = { headers: { origin: new URL(cmsURL).origin } }
const SEEDED = '/compare/iso-27002-vs-iso-27032'
const SWAPPED = '/compare/iso-27032-vs-iso-27002'
const OVERRIDE = `Internet security, as this pair's editor words it (${Date.now().toString(36)})`

async function comparisonId(page: Page): Promise<string> {
  const response = await page.request.get(
    `${cmsURL}/api/comparisons?where[title][in]=ISO%2027002%20vs%20ISO%2027032,ISO%2027032%20vs%20ISO%2027002&depth=0&draft=true&limit=1`,
    asAdmin,
  )
  expect(response.ok()).toBe(true)
  const id = ((await response.json()) as { docs: { id: number | string }[] }).docs[0]?.id
  expect(id, 'the seeded ISO 27002 vs ISO 27032 comparison').toBeDefined()
  return String(id)
}

async function openComparison(page: Page, id: string) {
  await page.goto(`${cmsURL}/admin/collections/comparisons/${id}`)
  await page.waitForLoadState('networkidle')
}

/** Swaps the order with the admin's button and publishes; the panel then names `first` first. */
async function swapAndPublish(page: Page, first: string, second: string) {
  const order = page.getByTestId('pair-order')
  await order.getByRole('button', { name: `Swap order: ${first} first` }).click()
  await expect(order).toContainText(`Shown on the site as ${first} vs ${second}`)
  await publish(page)
  await expect(page.getByTestId('generated-panel').getByRole('heading', { name: `${first} vs ${second}` })).toBeVisible()
}

/** Waits until the site serves `path` itself and 308s the other order to it. */
async function expectAddress(request: APIRequestContext, path: string, other: string) {
  await expect(async () => {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200)
    const redirect = await request.get(other, { maxRedirects: 0 })
    expect(redirect.status(), other).toBe(308)
    expect(new URL(redirect.headers()['location'] ?? '', 'http://x').pathname).toBe(path)
  }).toPass({ timeout: 30_000 })
}

test('an editor swaps the order of a comparison: the page moves, the old address redirects, the admin speaks in names', async ({
  page,
  request,
}) => {
  await signIn(page)
  const id = await comparisonId(page)
  await expectAddress(request, SEEDED, SWAPPED)

  await openComparison(page, id)
  const order = page.getByTestId('pair-order')
  await expect(order).toContainText('Shown on the site as ISO 27002 vs ISO 27032')
  await expect(page.locator('#field-standardA')).toContainText('ISO 27002')
  // The pickers' labels ("Shown first *": the asterisk of a required field follows the name).
  await expect(page.getByText(/^Shown first/).first()).toBeVisible()
  const panel = page.getByTestId('generated-panel')
  await expect(panel.getByRole('columnheader').nth(1)).toHaveText('ISO 27002')
  await expect(panel.getByRole('columnheader').nth(2)).toHaveText('ISO 27032')

  // An override of ISO 27032's scope, its side chosen by name.
  await page.getByRole('button', { name: /add aspect override/i }).click()
  await chooseOption(page, 'field-aspectOverrides__0__side', 'ISO 27032')
  await chooseOption(page, 'field-aspectOverrides__0__aspect', 'Scope')
  await page.locator('#field-aspectOverrides__0__value').fill(OVERRIDE)
  await publish(page)

  // Nowhere "Standard A" or "B": the names.
  await expect(page.locator('form')).not.toContainText(/Standard [AB]\b|\b[AB]: ISO/)
  await swapAndPublish(page, 'ISO 27032', 'ISO 27002')
  // The override is still ISO 27032's: its side follows the standard, not the position.
  await expect(page.locator('#field-aspectOverrides__0__side')).toContainText('ISO 27032')
  await expect(panel.getByRole('columnheader').nth(1)).toHaveText('ISO 27032')
  await expect(panel.locator('tr[data-aspect="scope"] td').nth(0)).toContainText(OVERRIDE)
  await page.screenshot({ path: artifactPath('admin-pair-order.png'), fullPage: true })

  // The site: the new address serves the page with the names in the new order; the old one 308s to it.
  await expectAddress(request, SWAPPED, SEEDED)
  await page.goto(SEEDED)
  await expect(page).toHaveURL(new RegExp(`${SWAPPED}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ISO 27032 vs ISO 27002/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${SWAPPED}$`))
  await expect(page.getByRole('main')).toContainText(OVERRIDE)
  await page.screenshot({ path: artifactPath('pair-order-page.png'), fullPage: false })

  // Pages that link the pair link the new address once the publish refreshed them.
  await expect(async () => {
    await page.goto('/compare')
    await expect(page.locator(`a[href="${SWAPPED}"]`).first()).toBeVisible({ timeout: 1_000 })
    await expect(page.locator(`a[href="${SEEDED}"]`)).toHaveCount(0)
  }).toPass({ timeout: 30_000 })
  await expect(async () => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain(`${SWAPPED}</loc>`)
    expect(sitemap).not.toContain(`${SEEDED}</loc>`)
  }).toPass({ timeout: 30_000 })

  // Back as seeded, for the rest of the run: the override removed, the order swapped back in the admin.
  const cleared = await page.request.patch(`${cmsURL}/api/comparisons/${id}`, { ...asAdmin, data: { aspectOverrides: [] } })
  expect(cleared.status(), await cleared.text()).toBe(200)
  await openComparison(page, id)
  await swapAndPublish(page, 'ISO 27002', 'ISO 27032')
  await expectAddress(request, SEEDED, SWAPPED)
})
