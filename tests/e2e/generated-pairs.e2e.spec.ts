import { expect, test, type Page } from '@playwright/test'

import { cmsURL, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// Seeded demo content: NIS2 and PCI DSS are published, nobody has published a comparison of them;
// GDPR vs POPIA is a reviewed (published) comparison. Any two published standards have a page:
// without a reviewed comparison it is generated from the records, labelled, noindex and outside the
// sitemap (issue 12, item 5).

const LABEL = 'Generated from the standards’ records — not yet reviewed by an editor.'
const asAdmin = { headers: { origin: new URL(cmsURL).origin } }

/** PCI DSS's current slug: a later spec renames it, so follow whatever the picker lands on. */
const GENERATED = /\/compare\/nis2-vs-pci-dss(?:-v\d+)?$/

async function standardId(page: Page, slug: string): Promise<number | string> {
  const response = await page.request.get(`${cmsURL}/api/standards?where[slug][equals]=${slug}&depth=0&limit=1`, asAdmin)
  const { docs } = (await response.json()) as { docs: { id: number | string }[] }
  expect(docs[0], slug).toBeTruthy()
  return docs[0]!.id
}

test('the picker lands on a generated pair: labelled, noindex, and looked at', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/compare')
  await page.getByRole('checkbox', { name: /PCI DSS/ }).check()
  await page.getByRole('checkbox', { name: /^NIS2/ }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(GENERATED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/NIS2 vs PCI DSS/)
  const notice = page.getByRole('complementary', { name: 'Not reviewed' })
  await expect(notice).toContainText(LABEL)
  await expect(notice.getByRole('link', { name: 'How pages are generated' })).toHaveAttribute('href', '/methodology#records')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  // Built from both records: the differences table is there, the editor's preview banner is not.
  await expect(page.locator('#differences')).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Preview' })).toHaveCount(0)
  await page.screenshot({ path: artifactPath('generated-pair.png'), fullPage: false })
  await page.screenshot({ path: artifactPath('generated-pair-full.png'), fullPage: true })
  await context.close()
})

test('a generated pair answers 200 with X-Robots-Tag, the reversed order 308s, an unknown standard stays 404', async ({ request }) => {
  const landed = await request.get('/compare/go?s=pci-dss&s=nis2', { maxRedirects: 0 })
  expect(landed.status()).toBe(303)
  const path = new URL(landed.headers()['location'] ?? '', 'http://x').pathname
  expect(path).toMatch(GENERATED)

  const page = await request.get(path, { maxRedirects: 0 })
  expect(page.status()).toBe(200)
  expect(page.headers()['x-robots-tag']).toBe('noindex')
  const html = await page.text()
  expect(html).toContain('<meta name="robots" content="noindex"/>')
  expect(html).toContain(LABEL)
  // JSON-LD says no more than the breadcrumbs: no Article claims an editor's page.
  expect(html).toContain('"@type":"BreadcrumbList"')
  expect(html).not.toContain('"@type":"Article"')

  const [a, b] = path.slice('/compare/'.length).split('-vs-')
  const reversed = await request.get(`/compare/${b}-vs-${a}`, { maxRedirects: 0 })
  expect(reversed.status()).toBe(308)
  expect(new URL(reversed.headers()['location'] ?? '', 'http://x').pathname).toBe(path)

  const api = await request.get(`/api${path}`)
  expect(api.status()).toBe(200)
  expect(((await api.json()) as { reviewed: boolean }).reviewed).toBe(false)

  for (const miss of ['/compare/nis2-vs-no-such-standard', '/api/compare/nis2-vs-no-such-standard']) {
    expect((await request.get(miss, { maxRedirects: 0 })).status(), miss).toBe(404)
  }
  // N-way pages keep working for any set.
  expect((await request.get(`/compare/gdpr-vs-nis2-vs-${b}`, { maxRedirects: 0 })).status()).toBe(200)
})

test('the sitemap lists reviewed pairs only; a reviewed pair has neither the label nor noindex', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/compare/gdpr-vs-popia</loc>')
  expect(sitemap).not.toMatch(/\/compare\/nis2-vs-pci-dss/)

  const reviewed = await request.get('/compare/gdpr-vs-popia')
  expect(reviewed.status()).toBe(200)
  expect(reviewed.headers()['x-robots-tag']).toBeUndefined()
  const html = await reviewed.text()
  expect(html).not.toContain('name="robots"')
  expect(html).not.toContain(LABEL)
  expect(html).toContain('"@type":"Article"')
})

test('publishing a comparison of the pair turns the generated page into the reviewed, indexed one', async ({ page, request }) => {
  const before = await request.get('/compare/go?s=pci-dss&s=nis2', { maxRedirects: 0 })
  const path = new URL(before.headers()['location'] ?? '', 'http://x').pathname
  const pciSlug = path.slice('/compare/nis2-vs-'.length)
  expect((await request.get(path)).headers()['x-robots-tag']).toBe('noindex')

  await signIn(page)
  const [nis2, pci] = await Promise.all([standardId(page, 'nis2'), standardId(page, pciSlug)])
  const summary = `Reviewed by an editor ${Date.now().toString(36)}.`
  const created = await page.request.post(`${cmsURL}/api/comparisons`, {
    ...asAdmin,
    // In the order of the generated page's address: a reviewed pair lives at its editor's order.
    data: { standardA: nis2, standardB: pci, summary, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  try {
    // The publish refreshes the page (its comparisons-index tag): no label, no noindex, in the sitemap.
    await expect(async () => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['x-robots-tag']).toBeUndefined()
      expect(await response.text()).not.toContain(LABEL)
    }).toPass({ timeout: 30_000 })
    await expect(async () => expect(await (await request.get('/sitemap.xml')).text()).toContain(`${path}</loc>`)).toPass({
      timeout: 30_000,
    })
  } finally {
    // Leave the shared database as the other browser tests expect it, and the page generated again.
    const removed = await page.request.delete(`${cmsURL}/api/comparisons/${doc.id}`, asAdmin)
    expect(removed.status()).toBe(200)
  }
  await expect(async () => expect((await request.get(path)).headers()['x-robots-tag']).toBe('noindex')).toPass({ timeout: 30_000 })
})
