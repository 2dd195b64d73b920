import { readFile } from 'node:fs/promises'

import { expect, test, type Page } from '@playwright/test'

import { cmsURL, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// Stale overrides where editors look (the comparisons list's column and filter, the dashboard), and
// the admin's readability (the slug filled from the name, the import template). Works on two draft
// standards of its own and removes them, so the seeded content other tests rely on is untouched.
test.describe.configure({ mode: 'serial' })

const origin = { origin: new URL(cmsURL).origin }
const suffix = Date.now().toString(36)
const created: { collection: string; id: string }[] = []

/** REST as the signed-in editor (cookie-authenticated writes must name an allowed origin). */
async function api<T>(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${cmsURL}/api/${path}`, { method, data, headers: origin })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

async function idOf(page: Page, collection: string, slug: string): Promise<string> {
  const body = await api<{ docs: { id: number | string }[] }>(page, 'GET', `${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)
  expect(body.docs[0], `seeded ${collection} "${slug}"`).toBeDefined()
  return String(body.docs[0]?.id)
}

async function createDraft(page: Page, collection: string, data: Record<string, unknown>): Promise<string> {
  const body = await api<{ doc: { id: number | string } }>(page, 'POST', `${collection}?draft=true`, { ...data, _status: 'draft' })
  const id = String(body.doc.id)
  created.push({ collection, id })
  return id
}

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage()
  await signIn(page)
  // Comparisons first: a standard in a comparison cannot be deleted.
  for (const { collection, id } of [...created].reverse()) {
    await page.request.delete(`${cmsURL}/api/${collection}/${id}`, { headers: origin })
  }
  await page.close()
})

test('a standard’s edit makes an override stale: the list column, its filter and the dashboard show it', async ({ page }) => {
  await signIn(page)
  const scope = await idOf(page, 'aspects', 'scope')
  const category = await idOf(page, 'categories', 'privacy-data-protection')
  const standard = (name: string, value: string) => ({
    shortName: name,
    slug: `${name.toLowerCase().replace(/ /g, '-')}-${suffix}`,
    category,
    aspectValues: [{ aspect: scope, value }],
  })
  const alpha = await createDraft(page, 'standards', standard('Staleness Alpha', 'Alpha scope as first written'))
  const beta = await createDraft(page, 'standards', standard('Staleness Beta', 'Beta scope'))
  const comparison = await createDraft(page, 'comparisons', {
    standardA: alpha,
    standardB: beta,
    aspectOverrides: [{ aspect: scope, side: 'a', value: 'Alpha scope, as the editor puts it' }],
  })
  const title = 'Staleness Alpha vs Staleness Beta'

  // Nothing stale yet: the list says so.
  const list = `${cmsURL}/admin/collections/comparisons`
  const staleOnly = `${list}?where[staleOverrides][greater_than]=0&limit=100`
  await page.goto(staleOnly)
  await expect(page.getByRole('heading', { name: 'Comparisons' })).toBeVisible()
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)

  // The standard beneath the override changes (an edit of the standard, not of the comparison).
  await api(page, 'PATCH', `standards/${alpha}?draft=true`, {
    aspectValues: [{ aspect: scope, value: 'Alpha scope, rewritten since' }],
  })

  // The list's column counts it, and the filter finds it.
  await page.goto(staleOnly)
  const row = page.locator('tr', { has: page.getByRole('link', { name: title }) })
  await expect(row).toBeVisible()
  await expect(row.getByTestId('stale-count')).toHaveText('1 stale')
  await expect(page.getByRole('columnheader', { name: /Stale overrides/ })).toBeVisible()
  await page.screenshot({ path: artifactPath('admin-stale-filter.png'), fullPage: true })

  // The dashboard's panel shows it, linking to the comparison and to the filtered list.
  await page.goto(`${cmsURL}/admin`)
  const panel = page.getByTestId('dashboard-stale')
  await expect(panel.getByRole('link', { name: title })).toHaveAttribute('href', `/admin/collections/comparisons/${comparison}`)
  await expect(panel.getByRole('link', { name: /with stale overrides/ })).toHaveAttribute('href', /where\[staleOverrides\]\[greater_than\]=0/)
  const dashboard = page.getByTestId('editorial-dashboard')
  await expect(dashboard.getByRole('link', { name: 'Suggested comparisons' }).first()).toHaveAttribute('href', '/admin/suggestions')
  await expect(dashboard.getByRole('link', { name: 'Completeness' }).first()).toHaveAttribute('href', '/admin/completeness')
  await expect(dashboard.getByRole('link', { name: 'Import and export' })).toHaveAttribute('href', '/admin/import')
  await expect(page.getByTestId('dashboard-drafts')).toContainText(/Standards: [1-9]\d* draft/)
  // Weakest standards lists work to do only: no complete record, and a line when none is left.
  const weakest = page.getByTestId('dashboard-weakest')
  await expect(weakest.getByRole('link', { name: 'All standards by completeness' })).toBeVisible()
  for (const item of await weakest.getByRole('listitem').allTextContents()) expect(item).not.toMatch(/\b100 \/ 100/)
  await page.screenshot({ path: artifactPath('admin-dashboard.png'), fullPage: true })

  // In the comparison, the override starts again from the generated value at one click.
  await panel.getByRole('link', { name: title }).click()
  await expect(page.getByTestId('stale-override')).toBeVisible()
  // The box holds the editor's words: replacing them is confirmed first.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Replace what is in the box')
    void dialog.accept()
  })
  await page.getByRole('button', { name: 'Start from the generated value' }).click()
  await expect(page.locator('#field-aspectOverrides__0__value')).toHaveValue('Alpha scope, rewritten since')
})

test('a new standard’s slug follows its name until the editor writes one', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin/collections/standards/create`)
  await page.waitForLoadState('networkidle')
  const name = page.locator('#field-shortName')
  const slug = page.locator('#field-slug')
  await name.click()
  await page.keyboard.type('ISO 9999 Draft', { delay: 30 })
  await expect(slug).toHaveValue('iso-9999-draft')
  await slug.fill('my-own-slug')
  await name.fill('ISO 9999 Renamed')
  await expect(slug).toHaveValue('my-own-slug')
  await expect(page.getByText(/filled from the short name as you type/)).toBeVisible()
})

test('the import screen offers a template that passes a dry run, and the guides', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin/import`)
  const help = page.getByRole('navigation', { name: 'Import help' })
  await expect(help.getByRole('link', { name: /Guide: The versus\/1 format/ })).toHaveAttribute('href', '/api/transfer/guides/import-format.md')
  const [download] = await Promise.all([page.waitForEvent('download'), help.getByRole('link', { name: /Download a template/ }).click()])
  expect(download.suggestedFilename()).toBe('versus-import-template.json')
  const text = await readFile(await download.path(), 'utf8')
  expect(JSON.parse(text)).toMatchObject({ format: 'versus/1' })

  const guide = await page.request.get(`${cmsURL}/api/transfer/guides/import-format.md`, { headers: origin })
  expect(guide.ok()).toBe(true)
  expect(await guide.text()).toContain('versus/1')

  // The template, unedited, is a valid file: a dry run would create its records and changes nothing.
  await page.locator('#import-text').fill(text)
  await page.getByRole('button', { name: 'Dry run' }).click()
  await expect(page.locator('.versus-import__summary')).toContainText(/Dry run: \d+ to create/)
})
