import { expect, test } from '@playwright/test'

import { artifactPath } from '../support/artifacts'

// Requirement-level crosswalks on the visitor's side, from the seeded demo content
// (apps/cms/src/seed/content/crosswalks), at the addresses of the seeded order (NIS2 and NIST CSF 2.0
// shown before ISO 27001): our typed NIS2 → ISO/IEC 27001:2022 set, NIST's untyped
// CSF 2.0 → ISO/IEC 27001:2022 references, and the 2013 → 2022 transition.

test('a pair with a typed set shows coverage both ways, the source, how we count, and what the other adds', async ({ page }) => {
  await page.goto('/compare/nis2-vs-iso-27001')
  const overlap = page.locator('section#requirement-overlap')
  await expect(overlap.getByRole('heading', { level: 2, name: 'Requirement overlap' })).toBeVisible()
  await expect(overlap.getByRole('heading', { name: /^Complying with ISO 27001: \d+% of NIS2$/ })).toBeVisible()
  await expect(overlap.getByRole('heading', { name: /^Complying with NIS2: \d+% of ISO 27001$/ })).toBeVisible()
  // Counts in words beside each bar, and covered requirements exist in both directions.
  const covered = await overlap.getByText(/^Covered:/).allTextContents()
  expect(covered).toHaveLength(2)
  for (const line of covered) expect(Number(line.replace(/\D+/g, ''))).toBeGreaterThan(0)
  await expect(overlap.getByText('ISO/IEC 27001:2022 · Current edition').first()).toBeVisible()
  await expect(overlap.getByRole('link', { name: /NIS2 Art\. 20, 21 and 23 → ISO\/IEC 27001:2022/ })).toBeVisible()
  await expect(overlap.getByText(/published by Versus editorial; typed \(set theory\); licence: CC-BY-4\.0/)).toBeVisible()
  await overlap.screenshot({ path: artifactPath('crosswalk-overlap.png') })

  // "How we count" leads to the methodology's coverage section.
  await overlap.getByRole('link', { name: 'Our coverage methodology' }).click()
  await expect(page).toHaveURL(/\/methodology#coverage$/)
  await expect(page.getByRole('heading', { level: 2, name: 'How requirement overlap is counted' })).toBeVisible()
})

test('what the other adds is listed per requirement, with a checklist to download', async ({ page, request }) => {
  await page.goto('/compare/nis2-vs-iso-27001')
  const checklist = page.getByRole('link', { name: /checklist|CSV/i }).first()
  const href = await checklist.getAttribute('href')
  expect(href).toMatch(/^\/compare\/nis2-vs-iso-27001\/checklist\/[a-z0-9-]+\.csv$/)
  const csv = await request.get(href!)
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
  const lines = (await csv.text()).trim().split(/\r?\n/)
  expect(lines[0]).toMatch(/refId/i)
  expect(lines.length).toBeGreaterThan(5)
  // Covered requirements are folded away; a reader can open them without JavaScript.
  const folded = page.locator('details').filter({ hasText: /covered/i }).first()
  await expect(folded).toBeAttached()
})

test('untyped references are shown but never counted as coverage', async ({ page }) => {
  await page.goto('/compare/nist-csf-2-vs-iso-27001')
  const overlap = page.locator('section#requirement-overlap')
  await expect(overlap.getByRole('heading', { name: 'Complying with ISO 27001: no proven coverage of NIST CSF 2.0' })).toBeVisible()
  await expect(overlap.getByText(/requirements are linked only by untyped references/).first()).toBeVisible()
  await expect(overlap.getByText(/published by NIST; untyped crosswalk/)).toBeVisible()
})

test('a requirement has its own page with every mapped requirement and who says so', async ({ page }) => {
  const response = await page.goto('/standards/iso-27001/requirements/a-5-1')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: /A\.5\.1/ })).toBeVisible()
  const mappings = page.locator('section#mappings')
  await expect(mappings.getByRole('heading', { level: 2, name: 'Mapped requirements in other standards' })).toBeVisible()
  const table = mappings.getByRole('table')
  await expect(table.getByRole('row').filter({ hasText: 'NIS2' }).first()).toContainText('Versus editorial')
  await expect(table.getByRole('row').filter({ hasText: 'NIST CSF 2.0' }).first()).toContainText(/related/i)
  await page.screenshot({ path: artifactPath('crosswalk-requirement.png'), fullPage: true })

  // The standard's page lists its catalog and links here.
  await page.goto('/standards/iso-27001')
  await expect(page.locator('a[href="/standards/iso-27001/requirements/a-5-1"]').first()).toBeAttached()

  // A segment no requirement has is a 404, not an error.
  const missing = await page.goto('/standards/iso-27001/requirements/z-9-9-9')
  expect(missing?.status()).toBe(404)
})

test('a superseded edition says a newer one exists, with its deadline and what changed', async ({ page }) => {
  await page.goto('/standards/iso-27001/requirements/a-18-2-3')
  await expect(page.getByText('ISO/IEC 27001:2013 · Superseded').first()).toBeVisible()
  const notice = page.getByText('A newer edition exists.')
  await expect(notice).toBeVisible()
  await expect(page.locator('time[datetime="2025-10-31"]').first()).toHaveText('31 October 2025')
  await page.getByRole('link', { name: 'What changed between the two editions' }).first().click()
  await expect(page).toHaveURL(/\/standards\/iso-27001\/editions\/iso-27001-2013--iso-27001-2022$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/27001/)
  await expect(page.getByText(/new/i).first()).toBeVisible()
  await page.screenshot({ path: artifactPath('crosswalk-edition-diff.png'), fullPage: true })
})

test('the API gives the pair coverage and any set as an OSCAL mapping-collection', async ({ request }) => {
  const compare = await (await request.get('/api/compare/nis2-vs-iso-27001')).json()
  expect(compare.coverage).toHaveLength(2)
  for (const direction of compare.coverage) {
    expect(direction).toEqual(
      expect.objectContaining({ full: expect.any(Number), partial: expect.any(Number), total: expect.any(Number), score: expect.any(Number) }),
    )
    expect(direction.full + direction.partial + direction.related + direction.none + direction.unknown).toBe(direction.total)
  }
  const oscal = await request.get('/api/crosswalk/iso-27001/nis2?format=oscal')
  expect(oscal.status()).toBe(200)
  const body = await oscal.json()
  expect(body['mapping-collection'].mappings[0].maps.length).toBeGreaterThan(10)
  expect((await request.get('/api/crosswalk/iso-27001/nis2?format=xml')).status()).toBe(400)
})

test('an older edition’s requirement whose short address is the current one’s has its own page', async ({ page }) => {
  // A.8.1 is "User endpoint devices" in 2022 and "Responsibility for assets" in 2013: the short
  // address is the 2022 one's, the 2013 one lives under its edition, with the superseded notice.
  const current = await page.goto('/standards/iso-27001/requirements/a-8-1')
  expect(current?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('User endpoint devices')
  const old = await page.goto('/standards/iso-27001/editions/iso-27001-2013/requirements/a-8-1')
  expect(old?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Responsibility for assets')
  await expect(page.getByText('ISO/IEC 27001:2013 · Superseded').first()).toBeVisible()
  await expect(page.getByText('A newer edition exists.')).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/standards\/iso-27001\/editions\/iso-27001-2013\/requirements\/a-8-1$/)

  // The edition diff links a 2013 clause that 2022 keeps under the same number to the 2013 page.
  await page.goto('/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022')
  await expect(page.locator('a[href="/standards/iso-27001/editions/iso-27001-2013/requirements/6-1-2"]').first()).toBeAttached()
  await expect(page.locator('a[href="/standards/iso-27001/requirements/6-1-2"]').first()).toBeAttached()

  // An edition or segment nobody has is a 404, not an error.
  expect((await page.goto('/standards/iso-27001/editions/iso-27001-1999/requirements/a-8-1'))?.status()).toBe(404)
  expect((await page.goto('/standards/iso-27001/editions/iso-27001-2013/requirements/z-9-9'))?.status()).toBe(404)
})
