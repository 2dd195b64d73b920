import { expect, test } from '@playwright/test'

import { cmsURL, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// Issue 12, items 7 and 8 (trust). Seeded demo content: ISO 27001 vs ISO 27002 is a reviewed
// comparison, last reviewed on 1 December 2026 (apps/cms/src/seed/content/reviews.ts) by no named
// editor; NIS2 and PCI DSS have no comparison, so their pair is generated. Run without JavaScript:
// every page and form here works without it.

test('a reviewed pair says when it was last reviewed and by whom, and its JSON-LD is dated from it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const response = await page.goto('/compare/iso-27001-vs-iso-27002')
  expect(response?.status()).toBe(200)
  const note = page.locator('[data-review="reviewed"]')
  await expect(note).toHaveText(/^Last reviewed 1 December 2026 by the Versus editors\. How we review$/)
  await expect(note.locator('time')).toHaveAttribute('datetime', '2026-12-01')
  await expect(note.getByRole('link', { name: 'How we review' })).toHaveAttribute('href', '/methodology#reviews')
  // One script holds every item of the page, as an array when there are several.
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
    (text) => [JSON.parse(text) as unknown].flat() as { '@type': string; dateModified?: string }[],
  )
  expect(jsonLd.find((item) => item['@type'] === 'Article')?.dateModified).toBe('2026-12-01T00:00:00.000Z')
  // Cost and effort bands say what they rest on.
  await expect(page.locator('[data-estimate-basis]').first().getByRole('link', { name: 'how we estimate' })).toHaveAttribute('href', '/methodology#estimates')
  await page.screenshot({ path: artifactPath('trust-reviewed-pair.png'), fullPage: false })
  await context.close()
})

test('a generated pair shows its two records’ review dates and never claims a review of the pair', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  // DORA and PCI DSS have no comparison (another spec publishes one of NIS2 and PCI DSS for a while);
  // the integrity spec may have renamed PCI DSS, whose old address then redirects.
  expect((await page.goto('/compare/dora-vs-pci-dss'))?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toMatch(/^\/compare\/dora-vs-pci-dss(?:-v\d+)?$/)
  const reviews = page.locator('[data-review="generated"]')
  await expect(reviews).toContainText('Not reviewed as a pair.')
  await expect(reviews.getByRole('listitem').filter({ hasText: 'DORA' })).toHaveText('DORA: 25 November 2026 by the Versus editors')
  await expect(reviews.getByRole('listitem').filter({ hasText: 'PCI DSS' })).toHaveText(/^PCI DSS[^:]*: 26 November 2026 by the Versus editors$/)
  await expect(page.getByText(/Last reviewed/)).toHaveCount(0)
  // PCI DSS binds by contract, DORA by law: the badges say which.
  await expect(page.locator('.v-badge--contractual')).toHaveText(['Mandatory by contract'])
  await expect(page.locator('.v-badge--mandatory')).toHaveText(['Mandatory by law'])
  await page.screenshot({ path: artifactPath('trust-generated-pair.png'), fullPage: false })
  await context.close()
})

test('/about, /contact and /methodology answer 200, with the contact address from the site settings', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  expect((await page.goto('/about'))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Versus')
  await expect(page.getByRole('link', { name: 'editors@versus.example' })).toHaveAttribute('href', 'mailto:editors@versus.example')
  await page.screenshot({ path: artifactPath('trust-about.png'), fullPage: true })
  // Linked from every page's footer.
  const footer = page.getByRole('contentinfo')
  for (const [name, href] of [['About', '/about'], ['Contact', '/contact'], ['Suggest a comparison', '/suggest']] as const) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href)
  }
  expect((await page.goto('/contact'))?.status()).toBe(200)
  await expect(page.locator('[data-contact-email]')).toHaveAttribute('href', 'mailto:editors@versus.example')
  expect((await page.goto('/methodology'))?.status()).toBe(200)
  for (const id of ['records', 'overrides', 'reviews', 'estimates', 'coverage']) await expect(page.locator(`section#${id}`)).toHaveCount(1)
  await context.close()
})

test('the home page offers search and a two-standard picker that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('search')).toBeVisible()
  const picker = page.getByRole('form', { name: 'Choose two standards to compare' })
  await picker.getByLabel('First standard').selectOption('gdpr')
  await picker.getByLabel('Second standard').selectOption('popia')
  await picker.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/\/compare\/gdpr-vs-popia$/)
  await context.close()
})

test('a suggestion goes from the form on /compare, without JavaScript, to the editors’ list in the admin', async ({ browser, page }) => {
  const words = `Trust e2e ${Date.now()}: <b>ISO 22301</b> vs DORA`
  const visitor = await browser.newContext({ javaScriptEnabled: false })
  const form = await visitor.newPage()
  await form.goto('/compare')
  const suggest = form.locator('form[data-suggest-form]')
  // Refused first: one standard and nothing else, then shown again with the reason.
  await suggest.getByLabel('First standard').selectOption('gdpr')
  await suggest.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(form).toHaveURL(/\/api\/suggestions$/)
  await expect(form.getByRole('alert')).toHaveText('Please check the form.')
  await expect(form.getByText('Choose two standards, or describe the comparison below.')).toBeVisible()
  const again = form.locator('form[data-suggest-form]')
  await again.getByLabel('First standard').selectOption('')
  await again.getByLabel('Or in your own words').fill(words)
  await again.getByLabel('Your email (optional)').fill('visitor@example.org')
  await again.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(form).toHaveURL(/\/suggest\/thanks$/)
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Thank you')
  await form.screenshot({ path: artifactPath('trust-suggestion-thanks.png'), fullPage: false })
  await visitor.close()

  // Visitors cannot read suggestions back.
  expect((await page.request.get(`${cmsURL}/api/visitor-suggestions`)).status()).toBe(403)

  await signIn(page)
  await page.goto(`${cmsURL}/admin/collections/visitor-suggestions`)
  await page.waitForLoadState('networkidle')
  // Shown as the text it is: the markup was stored and is displayed as plain text.
  const row = page.getByRole('row').filter({ hasText: words.slice(0, 60) })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('New')
  await expect(page.locator('b', { hasText: 'ISO 22301' })).toHaveCount(0)
  await page.screenshot({ path: artifactPath('trust-admin-suggestions.png'), fullPage: false })
})

test('the suggestion endpoint refuses what is not a form, and a bot filling the hidden field files nothing', async ({ request }) => {
  expect((await request.post('/api/suggestions', { data: { message: 'json' } })).status()).toBe(400)
  const empty = await request.post('/api/suggestions', { form: { message: '' }, maxRedirects: 0 })
  expect(empty.status()).toBe(400)
  expect(empty.headers()['cache-control']).toBe('no-store')
  const bot = await request.post('/api/suggestions', { form: { message: 'buy now', website: 'http://spam.example' }, maxRedirects: 0 })
  expect(bot.status()).toBe(303)
  expect(bot.headers()['location']).toBe('/suggest/thanks')
})
