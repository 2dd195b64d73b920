import { expect, type Page } from '@playwright/test'

/** The CMS the browser tests run against (started by scripts/versus.mjs e2e). */
export const cmsURL = process.env.CMS_URL ?? 'http://localhost:3101'

/** One editor account per run: created by whichever test needs it first, through the admin's own form. */
export const editor = {
  email: 'editor@example.com',
  password: process.env.E2E_PASSWORD ?? 'set-E2E_PASSWORD-for-the-run',
  name: 'Erin Editor',
}

async function hasUsers(page: Page): Promise<boolean> {
  const response = await page.request.get(`${cmsURL}/api/users/init`)
  const body = (await response.json()) as { initialized?: boolean }
  return body.initialized === true
}

const cspViolations = new WeakMap<Page, string[]>()

/**
 * Records every Content-Security-Policy violation reported in `page` or any frame in it (the DOM's
 * securitypolicyviolation events and the browser's console messages), and prints each one. Returns
 * the page's live list.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const existing = cspViolations.get(page)
  if (existing) return existing
  const violations: string[] = []
  cspViolations.set(page, violations)
  const record = (text: string) => {
    violations.push(text)
    console.warn(`[csp] ${text}`)
  }
  await page.exposeBinding('__versusCspViolation', ({ frame }, text: string) => record(`${frame.url()}: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __versusCspViolation?: (text: string) => void }).__versusCspViolation
      report?.(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline resource'}`)
    })
  })
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) record(message.text())
  })
  return violations
}

/** Signs in as the run's editor, creating the first user through the admin if none exists yet. */
export async function signIn(page: Page): Promise<void> {
  await watchCsp(page)
  if (!(await hasUsers(page))) {
    await page.goto(`${cmsURL}/admin`)
    await expect(page).toHaveURL(/create-first-user/)
    await page.waitForLoadState('networkidle')
    await page.locator('#field-email').fill(editor.email)
    await page.locator('#field-password').fill(editor.password)
    await page.locator('#field-confirm-password').fill(editor.password)
    const name = page.locator('#field-name')
    if (await name.count()) await name.fill(editor.name)
    await page.getByRole('button', { name: /create/i }).click()
    await expect(page).not.toHaveURL(/create-first-user/)
    return
  }
  await page.goto(`${cmsURL}/admin/login`)
  await page.waitForLoadState('networkidle')
  // The admin sends a signed-in user away from the login page; counting fields races its render.
  if (!/\/login/.test(page.url())) return
  await page.locator('#field-email').fill(editor.email)
  await page.locator('#field-password').fill(editor.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** Signs the run's editor in (creating them first if need be) and returns a JWT for REST calls (`Authorization: JWT …`). */
export async function editorToken(page: Page): Promise<string> {
  await signIn(page)
  const response = await page.request.post(`${cmsURL}/api/users/login`, { data: { email: editor.email, password: editor.password } })
  expect(response.ok(), 'the editor signs in over REST').toBe(true)
  return ((await response.json()) as { token: string }).token
}

/** Picks an option in a Payload select or relationship field (react-select). */
export async function chooseOption(page: Page, fieldId: string, option: string, search?: string) {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  if (search) await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/**
 * Clicks "Publish changes" and waits for the admin to confirm the save. A click that lands while the
 * admin is still rebuilding its form state after an edit is dropped without a word, so it is repeated.
 */
export async function saveAndConfirm(page: Page) {
  await expect(async () => {
    await page.locator('#action-save').click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible({ timeout: 8_000 })
  }).toPass({ timeout: 60_000 })
}

/** Publishing leaves the create view for the document's own URL, with status "Published". */
export async function publish(page: Page) {
  await saveAndConfirm(page)
  await expect(page).not.toHaveURL(/\/create$/)
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible()
}

/**
 * Opens the admin's live-preview panel on the edit view shown, runs `inside`, and closes the panel
 * again whatever happened: the admin remembers it per user (a preference), and later tests expect it
 * closed.
 */
export async function withLivePreview(page: Page, collection: string, inside: () => Promise<void>): Promise<void> {
  const toggler = page.locator('#live-preview-toggler')
  await toggler.click()
  try {
    await inside()
  } finally {
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/payload-preferences/collection-${collection}`) &&
        response.request().method() === 'POST' &&
        (response.request().postData() ?? '').includes('"default"'),
    )
    await toggler.click()
    await expect(toggler).not.toHaveClass(/--active/)
    expect((await saved).ok()).toBe(true)
  }
}
