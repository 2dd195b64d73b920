import { expect, test, type Page } from '@playwright/test'

import { chooseOption, cmsURL, publish, saveAndConfirm, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// An editor reviews the generated comparison inside the admin, overrides one cell, sees it on the site,
// then changes the standard beneath it and finds the override flagged for review. Uses the seeded
// "EU AI Act vs GDPR" pair, which no other browser test touches.
test.describe.configure({ mode: 'serial' })

const OVERRIDE = 'AI systems placed on the EU market, as our editors summarise it'
const REVISED_SCOPE = 'AI systems placed on the market, put into service or used in the EU (revised wording)'

/** As the signed-in editor (Payload takes the session cookie from a non-browser client only with an allowed Origin). */
async function findId(page: Page, collection: string, where: string): Promise<string> {
  const response = await page.request.get(`${cmsURL}/api/${collection}?${where}&depth=0&draft=true&limit=1`, {
    headers: { origin: new URL(cmsURL).origin },
  })
  expect(response.ok()).toBe(true)
  const body = (await response.json()) as { docs: { id: number | string }[] }
  const id = body.docs[0]?.id
  expect(id, `no ${collection} matching ${where}`).toBeDefined()
  return String(id)
}

async function openComparison(page: Page, id: string) {
  await page.goto(`${cmsURL}/admin/collections/comparisons/${id}`)
  await page.waitForLoadState('networkidle')
}

test('the generated comparison, an override on the site, and a stale marker after the standard changes', async ({
  page,
  request,
}) => {
  await signIn(page)
  const comparisonId = await findId(page, 'comparisons', 'where[title][equals]=EU%20AI%20Act%20vs%20GDPR')

  // The engine's output for the pair, inside the edit view.
  await openComparison(page, comparisonId)
  const panel = page.getByTestId('generated-panel')
  await expect(panel.getByRole('heading', { name: 'EU AI Act vs GDPR' })).toBeVisible()
  const scopeRow = panel.locator('tr[data-aspect="scope"]')
  await expect(scopeRow).toContainText('Placing on the market, putting into service and use of AI systems in the EU')
  // Columns by name, in the order the page shows them; no "A" and "B".
  await expect(panel.getByRole('columnheader').nth(1)).toHaveText('EU AI Act')
  await expect(panel).toContainText('Quick verdict')
  await expect(panel).toContainText('Shared')
  await page.screenshot({ path: artifactPath('comparison-generated-panel.png'), fullPage: true })

  // Override one cell: EU AI Act's scope, for this pair only.
  await page.getByRole('button', { name: /add aspect override/i }).click()
  await chooseOption(page, 'field-aspectOverrides__0__aspect', 'Scope')
  await chooseOption(page, 'field-aspectOverrides__0__side', 'EU AI Act')
  await page.locator('#field-aspectOverrides__0__value').fill(OVERRIDE)
  await publish(page)
  await expect(scopeRow.getByText('Override', { exact: true })).toBeVisible()
  await expect(scopeRow).toContainText(OVERRIDE)

  // The site shows the override, refreshed by the publish webhook.
  await expect(async () => {
    const response = await request.get('/compare/eu-ai-act-vs-gdpr')
    expect(await response.text()).toContain(OVERRIDE)
  }).toPass({ timeout: 20_000 })

  // The standard's own value changes and is published.
  const standardId = await findId(page, 'standards', 'where[slug][equals]=eu-ai-act')
  await page.goto(`${cmsURL}/admin/collections/standards/${standardId}`)
  await page.waitForLoadState('networkidle')
  // Its completeness report sits in the sidebar.
  await expect(page.getByTestId('completeness')).toContainText('/ 100')
  await page.getByRole('button', { name: 'Aspects & FAQ' }).click()
  const scopeValue = page.locator('#field-aspectValues__0__value')
  await expect(scopeValue).toHaveValue(/^Placing on the market/)
  await scopeValue.fill(REVISED_SCOPE)
  await saveAndConfirm(page)

  // The override survives on the site…
  await page.goto('/compare/eu-ai-act-vs-gdpr')
  await expect(page.getByRole('main')).toContainText(OVERRIDE)

  // …and the admin marks it stale, with the old basis and the new generated value.
  await openComparison(page, comparisonId)
  await expect(panel.getByText('1 stale override')).toBeVisible()
  const notice = page.getByTestId('stale-override')
  await expect(notice).toContainText('Stale override')
  await expect(notice).toContainText('Placing on the market, putting into service and use of AI systems in the EU')
  await expect(notice).toContainText(REVISED_SCOPE)
  await page.screenshot({ path: artifactPath('comparison-stale-override.png'), fullPage: true })

  // Marking it reviewed and saving refreshes the basis: the marker goes.
  await notice.getByRole('button', { name: /mark reviewed/i }).click()
  await expect(notice).toContainText('Marked reviewed')
  await page.locator('#action-save').click()
  await expect(page.getByTestId('stale-override')).toHaveCount(0)
  await expect(panel.getByText(/stale override/)).toHaveCount(0)
  await expect(scopeRow).toContainText(OVERRIDE)
})

test('the completeness view lists every standard by score, weakest first', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin/completeness`)
  await expect(page.getByRole('heading', { level: 1, name: 'Completeness' })).toBeVisible()
  const rows = page.locator('tr[data-standard]')
  await expect(rows.first()).toBeVisible()
  const scores = (await rows.locator('td:nth-child(2)').allInnerTexts()).map(Number)
  expect(scores.length).toBeGreaterThanOrEqual(13)
  expect(scores).toEqual([...scores].sort((x, y) => x - y))
  await expect(page.locator('tr[data-standard="eu-ai-act"]')).toBeVisible()
  await page.screenshot({ path: artifactPath('admin-completeness.png'), fullPage: true })
})

test('suggested comparisons rank uncompared pairs and create a draft in one click', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin`)
  // In the nav (folded away on narrow viewports, so checked by its target rather than clicked).
  // The dashboard links there too (its tools and its suggestions panel): the nav's own link is meant.
  await expect(
    page.getByRole('navigation', { name: 'Editorial', exact: true }).getByRole('link', { name: 'Suggested comparisons' }),
  ).toHaveAttribute('href', '/admin/suggestions')
  await page.goto(`${cmsURL}/admin/suggestions`)
  await expect(page.getByRole('heading', { level: 1, name: 'Suggested comparisons' })).toBeVisible()
  const rows = page.locator('tr[data-pair]')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeLessThanOrEqual(30)
  // Seeded pairs are never suggested, in either order.
  await expect(page.locator('tr[data-pair="eu-ai-act-vs-gdpr"]')).toHaveCount(0)
  await expect(page.locator('tr[data-pair="gdpr-vs-iso-27701"]')).toHaveCount(0)
  await expect(rows.first().locator('li').first()).toBeVisible()
  await page.screenshot({ path: artifactPath('admin-suggestions.png'), fullPage: true })

  const first = rows.first()
  const title = (await first.locator('strong').innerText()).trim()
  await first.getByRole('button', { name: /create draft comparison/i }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/comparisons\/[^/]+$/)
  await page.waitForLoadState('networkidle')
  await expect(page.getByTestId('generated-panel').getByRole('heading', { name: title })).toBeVisible()

  // Leave the shared database as the other browser tests expect it.
  const id = page.url().split('/').pop()
  // Cookie-authenticated writes must name an allowed origin (Payload's CSRF check).
  const removed = await page.request.delete(`${cmsURL}/api/comparisons/${id}`, {
    headers: { Origin: new URL(cmsURL).origin },
  })
  expect(removed.status()).toBe(200)
})
