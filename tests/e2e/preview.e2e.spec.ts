import { expect, test, type Page } from '@playwright/test'

import { cmsURL, signIn, withLivePreview } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// An editor previews unpublished work on the real site (Next's draft mode, entered through the CMS's
// signed preview link); visitors keep seeing the published site. Uses 'iso-9001', which no other
// browser test edits.
test.describe.configure({ mode: 'serial' })

const siteURL = process.env.SITE_URL ?? 'http://localhost:3100'
const DRAFT_TAGLINE = `Draft wording ${Date.now().toString(36)}: quality management, in progress`

/** Payload accepts its session cookie from a non-browser client only with an allowed Origin. */
const asAdmin = { headers: { origin: new URL(cmsURL).origin } }

interface Doc {
  id: number | string
  slug: string
  tagline: string
  shortName: string
}

async function standardBySlug(page: Page, slug: string): Promise<Doc> {
  const response = await page.request.get(`${cmsURL}/api/standards?where[slug][equals]=${slug}&depth=0&limit=1`, asAdmin)
  const { docs } = (await response.json()) as { docs: Doc[] }
  expect(docs[0], slug).toBeTruthy()
  return docs[0] as Doc
}

/** Follows the admin's "Preview" button, which opens the signed link in a new tab. */
async function openPreview(page: Page, expectedPath: string): Promise<Page> {
  const button = page.locator('#preview-button')
  await expect(button).toHaveAttribute('href', new RegExp(`^${siteURL}/api/preview\\?path=${encodeURIComponent(expectedPath)}&expires=\\d+&user=[\\w-]+&session=[0-9a-f-]{36}&sig=[0-9a-f]{64}$`))
  const [preview] = await Promise.all([page.context().waitForEvent('page'), button.click()])
  await preview.waitForLoadState()
  await expect(preview).toHaveURL(`${siteURL}${expectedPath}`)
  return preview
}

test('an editor previews a draft tagline on the site; visitors keep the published one', async ({ page, browser }) => {
  await signIn(page)
  const standard = await standardBySlug(page, 'iso-9001')
  const published = standard.tagline
  expect(published).not.toBe(DRAFT_TAGLINE)

  await page.goto(`${cmsURL}/admin/collections/standards/${standard.id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-tagline').fill(DRAFT_TAGLINE)
  await page.locator('#action-save-draft').click()
  await expect(async () => {
    const response = await page.request.get(`${cmsURL}/api/standards/${standard.id}?draft=true&depth=0`, asAdmin)
    expect(((await response.json()) as Doc).tagline).toBe(DRAFT_TAGLINE)
  }).toPass({ timeout: 15_000 })
  // Saving a draft publishes nothing.
  expect((await standardBySlug(page, 'iso-9001')).tagline).toBe(published)

  const preview = await openPreview(page, '/standards/iso-9001')
  const banner = preview.getByRole('complementary', { name: 'Preview' })
  await expect(banner).toContainText('Preview — draft content')
  await expect(preview.locator('.v-lead')).toHaveText(DRAFT_TAGLINE)
  await preview.screenshot({ path: artifactPath('preview-standard.png'), fullPage: false })

  // A preview page is rendered for this editor alone and never stored for anyone else.
  const reloaded = await preview.reload()
  expect(reloaded?.headers()['cache-control']).toMatch(/no-store/)

  // Pages built from the standard show the draft too: a published comparison with it.
  await preview.goto('/compare/iso-9001-vs-iso-17025')
  await expect(preview.getByRole('main')).toContainText(DRAFT_TAGLINE)

  // A fresh visitor, before and after the preview, sees only the published standard.
  const visitor = await browser.newContext()
  try {
    const visitorPage = await visitor.newPage()
    for (const path of ['/standards/iso-9001', '/compare/iso-9001-vs-iso-17025']) {
      const response = await visitorPage.goto(`${siteURL}${path}`)
      expect(response?.status()).toBe(200)
      await expect(visitorPage.getByRole('main')).toContainText(published)
      await expect(visitorPage.locator('body')).not.toContainText(DRAFT_TAGLINE)
      await expect(visitorPage.locator('[data-draft-banner]')).toHaveCount(0)
    }
    // Without the draft-mode cookie, the preview route's own answer is the only way in.
    const forged = await visitorPage.goto(`${siteURL}/api/preview?path=/standards/iso-9001&expires=9999999999&sig=${'0'.repeat(64)}`)
    expect(forged?.status()).toBe(401)
    await visitorPage.goto(`${siteURL}/standards/iso-9001`)
    await expect(visitorPage.locator('[data-draft-banner]')).toHaveCount(0)
  } finally {
    await visitor.close()
  }

  // Leaving the preview returns to the published page.
  await preview.goto('/standards/iso-9001')
  await preview.getByRole('link', { name: 'Exit preview' }).click()
  await expect(preview).toHaveURL(`${siteURL}/standards/iso-9001`)
  await expect(preview.locator('[data-draft-banner]')).toHaveCount(0)
  await expect(preview.locator('.v-lead')).toHaveText(published)
})

test("signing out of the CMS ends the editor's preview: the next page load shows the published site", async ({ page }) => {
  await signIn(page)
  const standard = await standardBySlug(page, 'iso-9001')
  await page.goto(`${cmsURL}/admin/collections/standards/${standard.id}`)
  await page.waitForLoadState('networkidle')
  const preview = await openPreview(page, '/standards/iso-9001')
  await expect(preview.getByRole('complementary', { name: 'Preview' })).toContainText('Preview — draft content')

  await page.goto(`${cmsURL}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)

  // The preview's cookies are still there and unexpired, but the CMS refuses the session they name.
  await preview.reload()
  await expect(preview).toHaveURL(`${siteURL}/standards/iso-9001`)
  await expect(preview.locator('[data-draft-banner]')).toHaveCount(0)
  await expect(preview.locator('.v-lead')).toHaveText(standard.tagline)
  const cookies = (await preview.context().cookies(siteURL)).map((c) => c.name)
  expect(cookies).not.toContain('versus_draft')
})

// The panel used to go blank: the site and the CMS share the host name `localhost`, so the site's
// draft cookie reached the CMS, whose Next server deleted it as an invalid draft session of its own;
// the frame's next reload left draft mode and was refused framing (apps/cms/src/lib/site-draft-cookies.ts).
test("the admin's Live Preview panel shows the draft inside its frame; published pages still refuse framing", async ({ page }) => {
  await signIn(page)
  const standard = await standardBySlug(page, 'iso-9001')
  const liveDraft = `Live preview wording ${Date.now().toString(36)}`
  await page.goto(`${cmsURL}/admin/collections/standards/${standard.id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-tagline').fill(liveDraft)
  await page.locator('#action-save-draft').click()
  await expect(async () => {
    const response = await page.request.get(`${cmsURL}/api/standards/${standard.id}?draft=true&depth=0`, asAdmin)
    expect(((await response.json()) as Doc).tagline).toBe(liveDraft)
  }).toPass({ timeout: 15_000 })

  await withLivePreview(page, 'standards', async () => {
    const iframe = page.locator(`iframe[src^="${siteURL}/"]`)
    await expect(iframe).toBeVisible()
    await expect(iframe).toHaveAttribute('src', new RegExp(`^${siteURL}/api/preview\\?path=${encodeURIComponent('/standards/iso-9001')}&`))
    const frame = page.frameLocator(`iframe[src^="${siteURL}/"]`)
    await expect(frame.locator('[data-draft-banner]')).toBeVisible()
    await expect(frame.locator('.v-lead')).toHaveText(liveDraft)
    // It stays there: the frame is not reloaded into the published page.
    await page.waitForTimeout(1_500)
    await expect(frame.locator('.v-lead')).toHaveText(liveDraft)
    await page.screenshot({ path: artifactPath('live-preview.png'), fullPage: false })
  })

  // The draft answer may be framed by the CMS alone; a published page by nobody.
  const cmsOrigin = new URL(cmsURL).origin
  const draftCookies = (await page.context().cookies(siteURL)).map((c) => `${c.name}=${c.value}`).join('; ')
  const draftAnswer = await fetch(`${siteURL}/standards/iso-9001`, { headers: { cookie: draftCookies } })
  expect(draftAnswer.headers.get('content-security-policy')).toContain(`frame-ancestors ${cmsOrigin}`)
  expect(await draftAnswer.text()).toContain(liveDraft)
  const visitorAnswer = await fetch(`${siteURL}/standards/iso-9001`)
  expect(visitorAnswer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  expect(await visitorAnswer.text()).not.toContain(liveDraft)
})

test('an unpublished comparison renders in preview; visitors see only the generated, unreviewed pair', async ({ page, browser }) => {
  await signIn(page)
  const [a, b] = await Promise.all([standardBySlug(page, 'iso-9001'), standardBySlug(page, 'ul-2900-1')])
  const created = await page.request.post(`${cmsURL}/api/comparisons?draft=true`, {
    ...asAdmin,
    // ISO 9001 first: the preview opens at the draft's own order.
    data: { standardA: a.id, standardB: b.id, summary: 'A draft pair nobody has published.', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }

  await page.goto(`${cmsURL}/admin/collections/comparisons/${doc.id}`)
  await page.waitForLoadState('networkidle')
  const preview = await openPreview(page, '/compare/iso-9001-vs-ul-2900-1')
  await expect(preview.getByRole('complementary', { name: 'Preview' })).toContainText('Preview — draft content')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(/ISO 9001 vs UL 2900-1/)
  await preview.screenshot({ path: artifactPath('preview-comparison.png'), fullPage: false })

  const visitor = await browser.newContext()
  try {
    // Any two published standards have a page: without a published comparison it is the generated
    // one, labelled and noindex, and the draft's own words never reach it.
    const visitorPage = await visitor.newPage()
    const response = await visitorPage.goto(`${siteURL}/compare/iso-9001-vs-ul-2900-1`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await expect(visitorPage.getByRole('complementary', { name: 'Not reviewed' })).toContainText('not yet reviewed by an editor')
    await expect(visitorPage.getByRole('complementary', { name: 'Preview' })).toHaveCount(0)
    expect(await visitorPage.content()).not.toContain('A draft pair nobody has published.')
  } finally {
    await visitor.close()
  }
})
