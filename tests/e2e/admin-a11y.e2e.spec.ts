import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { cmsURL, editorToken, signIn, withLivePreview } from '../support/admin'

// The admin meets WCAG 2.1 AA as far as axe-core can tell: no critical or serious violation on the
// dashboard, the list, edit and create views of every collection in the admin, the Site global, and
// our own views (Suggestions, Completeness, Import, the mapping grid in a mapping set). Seeded demo
// content; the run's editor is the first user, an admin, so Users is visible too; a visitor
// suggestion is filed through the site's form when there is none. Site refresh outbox is hidden
// from the admin (bookkeeping), so it has no views to check.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const COLLECTIONS = [
  'standards',
  'comparisons',
  'articles',
  'categories',
  'aspects',
  'editions',
  'requirements',
  'mappings',
  'mapping-sets',
  'users',
  'visitor-suggestions',
]

/** Waits until Payload has replaced its loading shims and overlays with the view. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible()
  await expect(page.locator('.shimmer-effect, .loading-overlay')).toHaveCount(0)
  await expect(page.getByText('Loading the rows…')).toHaveCount(0)
}

/** Critical and serious axe violations on the page as it is now, one line per rule with its targets. */
async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}\n    ` +
        v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 8)
          .join('\n    '),
    )
}

async function expectAccessible(page: Page, path: string, inside?: (page: Page) => Promise<void>) {
  await page.goto(`${cmsURL}${path}`)
  await settle(page)
  if (inside) await inside(page)
  expect(await severeViolations(page), path).toEqual([])
}

async function firstId(page: Page, token: string, collection: string): Promise<string | number | undefined> {
  const response = await page.request.get(`${cmsURL}/api/${collection}?limit=1&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.ok(), `reading ${collection}`).toBe(true)
  const body = (await response.json()) as { docs: { id: string | number }[] }
  return body.docs[0]?.id
}

test('the dashboard, the Site global and our own views', async ({ page }) => {
  await signIn(page)
  for (const path of ['/admin', '/admin/globals/site', '/admin/suggestions', '/admin/completeness', '/admin/import']) {
    await expectAccessible(page, path)
  }
})

for (const collection of COLLECTIONS) {
  test(`${collection}: list, edit and create views`, async ({ page, request }) => {
    const token = await editorToken(page)
    if (collection === 'visitor-suggestions' && (await firstId(page, token, collection)) === undefined) {
      const filed = await request.post('/api/suggestions', { form: { message: 'Admin a11y e2e: ISO 22301 vs DORA' }, maxRedirects: 0 })
      expect(filed.status(), 'the site files a visitor suggestion').toBe(303)
    }
    await expectAccessible(page, `/admin/collections/${collection}`)
    const id = await firstId(page, token, collection)
    expect(id, `the seed (or the run's editor) gives ${collection} a document`).toBeDefined()
    await expectAccessible(page, `/admin/collections/${collection}/${id}`)
    await expectAccessible(page, `/admin/collections/${collection}/create`)
  })
}

test('a comparison with the live-preview panel open', async ({ page }) => {
  const token = await editorToken(page)
  const id = await firstId(page, token, 'comparisons')
  await page.goto(`${cmsURL}/admin/collections/comparisons/${id}`)
  await settle(page)
  await withLivePreview(page, 'comparisons', async () => {
    await expect(page.locator('iframe#live-preview-iframe')).toBeAttached()
    expect(await severeViolations(page), 'comparison edit with live preview').toEqual([])
  })
})
