import { expect, test } from '@playwright/test'

import { cmsURL, signIn } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// An editor loads one new standard and its comparison with a seeded one from a versus/1 file
// (docs/import-format.md), dry-runs it, imports it, and the comparison page is live on the site.
const file = {
  format: 'versus/1',
  standards: [
    {
      slug: 'iso-22301',
      shortName: 'ISO 22301',
      officialTitle: 'ISO 22301:2019 Security and resilience — Business continuity management systems — Requirements',
      editionYear: 2019,
      legalNature: 'certifiable-standard',
      obligation: 'voluntary',
      jurisdiction: 'International',
      publisher: 'ISO',
      category: 'information-security',
      tagline: 'The requirements standard for a business continuity management system, and the basis for its certification.',
      costBand: 2,
      complexity: 'medium',
      implementationMonths: { min: 6, max: 12 },
      keyFeatures: [
        'Business impact analysis and risk assessment of disruptions',
        'Business continuity strategies, solutions and plans',
        'A programme of exercises and tests',
      ],
      whatItIs: [
        'ISO 22301:2019 specifies requirements to implement, maintain and improve a management system that protects against, reduces the likelihood of, prepares for, responds to and recovers from disruptions.',
      ],
      aspectValues: [
        { aspect: 'scope', value: 'Continuity of critical activities through disruptive incidents' },
        { aspect: 'industry', value: 'Any organisation, of any size and sector' },
        { aspect: 'nature', value: 'Certifiable management system standard' },
        { aspect: 'testing', value: 'Exercises and tests of the continuity plans; third-party certification audits' },
        { aspect: 'penalties', value: 'None in itself; loss of certification' },
      ],
      related: [{ standard: 'iso-27001', relation: 'complements' }],
    },
  ],
  comparisons: [
    {
      standards: ['iso-27001', 'iso-22301'],
      summary: 'Information security management against business continuity management.',
    },
  ],
}

test('an editor imports a standard and a comparison from a file, after a dry run', async ({ page, request }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin`)
  await page.waitForLoadState('networkidle')
  // The nav links to the screen (the nav itself is collapsed at this viewport width).
  await expect(page.locator('#nav-import')).toHaveAttribute('href', '/admin/import')
  await page.goto(`${cmsURL}/admin/import`)
  await expect(page.getByRole('heading', { name: 'Import and export' })).toBeVisible()
  await page.waitForLoadState('networkidle')

  await page.locator('#import-file').setInputFiles({
    name: 'iso-22301.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file, null, 2)),
  })
  await expect(page.locator('#import-text')).toHaveValue(/"iso-22301"/)
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()

  await page.getByRole('button', { name: 'Dry run' }).click()
  const report = page.getByRole('region', { name: 'Import report' })
  await expect(report.getByRole('status')).toHaveText(/Dry run: 2 to create, 0 to update, 0 unchanged/)
  const rows = report.locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveText(/create\s*standards\s*iso-22301/)
  await expect(rows.nth(1)).toHaveText(/create\s*comparisons\s*iso-27001 vs iso-22301/)
  await page.screenshot({ path: artifactPath('admin-import-dry-run.png'), fullPage: true })

  // The dry run changed nothing.
  const lookup = await page.request.get(`${cmsURL}/api/standards?where[slug][equals]=iso-22301&draft=true&depth=0`)
  expect(((await lookup.json()) as { totalDocs: number }).totalDocs).toBe(0)

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(report.getByRole('status')).toHaveText(/Imported: 2 created, 0 updated, 0 unchanged/)
  await page.screenshot({ path: artifactPath('admin-import-done.png'), fullPage: true })

  // On the site in the file's order: the first slug is shown first.
  await expect(async () => {
    const response = await request.get('/compare/iso-27001-vs-iso-22301', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
  }).toPass({ timeout: 15_000 })
  await page.goto('/compare/iso-27001-vs-iso-22301')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ISO 27001 vs ISO 22301/)
  await expect(page.getByRole('main')).toContainText('Business continuity management systems')

  // A second dry run of the same file finds nothing left to do.
  await page.goto(`${cmsURL}/admin/import`)
  await page.waitForLoadState('networkidle')
  await page.locator('#import-text').fill(JSON.stringify(file))
  await page.getByRole('button', { name: 'Dry run' }).click()
  await expect(report.getByRole('status')).toHaveText(/0 to create, 0 to update, 2 unchanged/)
})

test('a bad file is refused with the record, field and reason', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsURL}/admin/import`)
  await page.waitForLoadState('networkidle')
  const bad = { format: 'versus/1', comparisons: [{ standards: ['iso-27001', 'iso-27001'] }] }
  await page.locator('#import-text').fill(JSON.stringify(bad))
  await page.getByRole('button', { name: 'Dry run' }).click()
  const report = page.getByRole('region', { name: 'Import report' })
  await expect(report.getByRole('status')).toHaveText(/1 rejected: the file was refused/)
  await expect(report).toContainText(
    'comparisons[0] (iso-27001 vs iso-27001).standards: A comparison needs two different standards.',
  )
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()

  await page.locator('#import-text').fill('{ "format": ')
  await page.getByRole('button', { name: 'Dry run' }).click()
  await expect(page.locator('.versus-import__error')).toContainText('The file is not valid JSON')
})
