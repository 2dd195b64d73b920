import { expect, test, type APIResponse, type Page } from '@playwright/test'

import { cmsURL, saveAndConfirm, signIn } from '../support/admin'

// PCI DSS is seeded and used by no other browser test: its tagline is restored from an earlier
// version, then its slug is renamed. Runs against the seeded data folder of `npm run test:e2e`.
test.describe.configure({ mode: 'serial' })

const NEW_TAGLINE = `A tagline written for the restore test, about to be undone (${Date.now().toString(36)}).`

// Payload accepts the admin's session cookie only from its own origin (CSRF protection).
const asAdmin = { headers: { Origin: new URL(cmsURL).origin } }

interface StandardDoc {
  id: number | string
  slug: string
  tagline: string
}

async function standardBySlug(page: Page, slug: string): Promise<StandardDoc> {
  const response = await page.request.get(`${cmsURL}/api/standards?where[slug][equals]=${slug}&depth=0&draft=true`, asAdmin)
  expect(response.ok()).toBe(true)
  const { docs } = (await response.json()) as { docs: StandardDoc[] }
  const doc = docs[0]
  if (!doc) throw new Error(`No standard ${slug}`)
  return doc
}

/** The page's main text once the site shows `text` (the publish webhook refreshes it; no rebuild). */
async function expectOnSite(page: Page, path: string, text: string) {
  await expect(async () => {
    await page.goto(path)
    await expect(page.getByRole('main')).toContainText(text, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
}

function locations(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'location')
    .map((header) => new URL(header.value, 'http://site').pathname)
}

test('an editor restores an earlier tagline from the Versions tab and the site shows it again', async ({ page }) => {
  await signIn(page)
  const pci = await standardBySlug(page, 'pci-dss')
  const original = pci.tagline

  // A new tagline, published.
  await page.goto(`${cmsURL}/admin/collections/standards/${pci.id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-tagline').fill(NEW_TAGLINE)
  await saveAndConfirm(page)
  await expect(page.locator('#field-tagline')).toHaveValue(NEW_TAGLINE)
  await expectOnSite(page, '/standards/pci-dss', NEW_TAGLINE)

  // The version that still has the original tagline, chosen in the Versions tab.
  const versions = await page.request.get(
    `${cmsURL}/api/standards/versions?where[parent][equals]=${pci.id}&sort=-updatedAt&depth=0&limit=50`,
    asAdmin,
  )
  expect(versions.ok()).toBe(true)
  const { docs } = (await versions.json()) as { docs: { id: string | number; version: { tagline?: string } }[] }
  const versionId = docs.find((doc) => doc.version.tagline === original)?.id
  expect(versionId, 'an earlier version with the seeded tagline').toBeDefined()
  await page.goto(`${cmsURL}/admin/collections/standards/${pci.id}/versions`)
  await page.waitForLoadState('networkidle')
  await page.locator(`a[href$="/versions/${versionId}"]`).first().click()
  await page.waitForLoadState('networkidle')
  // The admin's wording says a restore publishes (apps/cms/src/components/editorial-admin.ts).
  await page.getByRole('button', { name: 'Restore and publish' }).click()
  await page.getByRole('button', { name: /^confirm$/i }).click()
  await expect(page).toHaveURL(new RegExp(`/collections/standards/${pci.id}$`))

  // Publish what was restored (a no-op when the restore already published it).
  await page.waitForLoadState('networkidle')
  await expect(page.locator('#field-tagline')).toHaveValue(original)
  const publish = page.locator('#action-save')
  if (await publish.isEnabled()) await publish.click()
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible()

  await expectOnSite(page, '/standards/pci-dss', original)
  await expect(page.getByRole('main')).not.toContainText(NEW_TAGLINE)
})

test('renaming a slug keeps the old URLs working with one permanent redirect each', async ({ page, request }) => {
  await signIn(page)
  const pci = await standardBySlug(page, 'pci-dss')

  await page.goto(`${cmsURL}/admin/collections/standards/${pci.id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-slug').fill('pci-dss-v4')
  await saveAndConfirm(page)
  await expect(page.locator('#field-slug')).toHaveValue('pci-dss-v4')
  // The old slug is recorded, read-only, in the sidebar.
  await page.reload()
  await page.waitForLoadState('networkidle')
  await expect(page.locator('#field-previousSlugs__0__slug')).toHaveValue('pci-dss')
  await expect(page.locator('#field-previousSlugs__0__slug')).toBeDisabled()

  await expect(async () => {
    expect((await request.get('/standards/pci-dss-v4')).status()).toBe(200)
  }).toPass({ timeout: 20_000 })

  for (const [from, to] of [
    ['/standards/pci-dss', '/standards/pci-dss-v4'],
    // The pair of current slugs, in the order its editor chose (PCI DSS first), in one hop from either order.
    ['/compare/iso-27001-vs-pci-dss', '/compare/pci-dss-v4-vs-iso-27001'],
    ['/compare/pci-dss-vs-iso-27001', '/compare/pci-dss-v4-vs-iso-27001'],
  ] as const) {
    await expect(async () => {
      const response = await request.get(from, { maxRedirects: 0 })
      expect(response.status(), from).toBe(308)
      expect(locations(response), from).toEqual([to])
    }).toPass({ timeout: 20_000 })
  }

  await page.goto('/compare/iso-27001-vs-pci-dss')
  await expect(page).toHaveURL(/\/compare\/pci-dss-v4-vs-iso-27001$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/PCI DSS vs ISO 27001/)

  // Unknown slugs stay 404.
  expect((await request.get('/standards/pci-dss-v5', { maxRedirects: 0 })).status()).toBe(404)
  expect((await request.get('/compare/pci-dss-v5-vs-iso-27001', { maxRedirects: 0 })).status()).toBe(404)
})

test('a standard that comparisons use cannot be deleted: the CMS answers 409 naming them', async ({ page }) => {
  await signIn(page)
  const iso = await standardBySlug(page, 'iso-27001')
  const response = await page.request.delete(`${cmsURL}/api/standards/${iso.id}`, asAdmin)
  expect(response.status()).toBe(409)
  const body = (await response.json()) as { errors: { message: string }[] }
  expect(body.errors[0]?.message).toMatch(
    /^ISO 27001 is used by \d+ comparisons: .*ISO 27001 vs ISO 27002 \(published\).* Unpublish and delete those comparisons first\.$/,
  )

  // The admin shows the same message when the editor tries.
  await page.goto(`${cmsURL}/admin/collections/standards/${iso.id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('.doc-controls__popup button, button[aria-label="More options"]').first().click()
  await page.getByRole('button', { name: /^delete$/i }).first().click()
  await page.getByRole('button', { name: /^confirm$/i }).click()
  await expect(page.getByText(/ISO 27001 is used by \d+ comparisons/).first()).toBeVisible()
  expect((await standardBySlug(page, 'iso-27001')).id).toBe(iso.id)
})
