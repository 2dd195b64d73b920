import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { chooseOption, cmsURL, editorToken } from '../support/admin'
import { artifactPath } from '../support/artifacts'

// An editor authors a mapping set's rows in the admin's mapping grid (issue 11, "Editors"): adds a
// row by searching requirements, bulk-marks rows reviewed, and is told why a row whose target lies
// outside the set's target edition is refused. The catalogs are our own small fixtures, made here.

/** Creates a document over REST and returns its id as the database gives it (relationship fields want that type). */
async function create(api: APIRequestContext, collection: string, data: Record<string, unknown>): Promise<number | string> {
  const response = await api.post(`${cmsURL}/api/${collection}`, { data })
  expect(response.ok(), `create ${collection}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: { id: number | string } }).doc.id
}

test('an editor adds a mapping row, bulk-reviews rows and sees a refused target explained', async ({ page, playwright }) => {
  const token = await editorToken(page)
  const api = await playwright.request.newContext({ extraHTTPHeaders: { authorization: `JWT ${token}` } })
  const run = randomBytes(3).toString('hex')

  type StandardDoc = { id: number | string; shortName: string }
  const standards = (await (await api.get(`${cmsURL}/api/standards?limit=2&depth=0&draft=true&sort=slug`)).json()) as { docs: StandardDoc[] }
  expect(standards.docs.length, 'the seeded standards are there').toBe(2)
  const [first, second] = standards.docs as [StandardDoc, StandardDoc]

  const sourceEdition = await create(api, 'editions', {
    standard: first.id,
    slug: `grid-source-${run}`,
    label: `Grid source ${run}`,
    year: 2024,
    status: 'draft',
    textLicence: 'titles-and-ids',
  })
  const targetEdition = await create(api, 'editions', {
    standard: second.id,
    slug: `grid-target-${run}`,
    label: `Grid target ${run}`,
    year: 2024,
    status: 'draft',
    textLicence: 'titles-and-ids',
  })
  const requirement = (edition: number | string, refId: string, title: string, order: number) =>
    create(api, 'requirements', { edition, refId, title, assessable: true, order })
  await requirement(sourceEdition, 'S-1', 'Access policy', 1)
  const s2 = await requirement(sourceEdition, 'S-2', 'Asset inventory', 2)
  await requirement(targetEdition, 'T-1', 'Access control rules', 1)
  const t2 = await requirement(targetEdition, 'T-2', 'Inventory of information assets', 2)
  const set = await create(api, 'mapping-sets', {
    slug: `grid-source-${run}--grid-target-${run}`,
    title: `Grid ${run}`,
    sourceEdition,
    targetEdition,
    publisher: 'Versus editorial',
    method: 'set-theory',
    status: 'draft',
  })
  await create(api, 'mappings', { set, sources: [s2], targets: [t2], relationship: 'intersect', strength: 5 })

  await page.goto(`${cmsURL}/admin/collections/mapping-sets/${set}`)
  const grid = page.getByRole('region', { name: 'Mapping grid' })
  await expect(grid.getByRole('checkbox', { name: 'Select S-2 → T-2' })).toBeVisible({ timeout: 30_000 })

  // A new row, by searching each side.
  const add = grid.getByRole('group', { name: 'Add a row' })
  await add.getByLabel('Sources', { exact: true }).fill('access')
  await add.getByRole('button', { name: /S-1 Access policy/ }).click()
  await add.getByLabel('Targets', { exact: true }).fill('T-1')
  await add.getByRole('button', { name: /T-1 Access control rules/ }).click()
  await add.getByLabel('Relationship').selectOption('subset')
  await add.getByLabel('Strength (0–10)').fill('7')
  await add.getByRole('button', { name: 'Add row' }).click()
  await expect(grid.getByRole('checkbox', { name: 'Select S-1 → T-1' })).toBeVisible()
  await expect(grid.getByLabel('Relationship of S-1 → T-1')).toHaveValue('subset')
  await expect(grid.getByLabel('Strength of S-1 → T-1')).toHaveValue('7')

  // Both rows reviewed at once.
  await grid.getByRole('checkbox', { name: 'Select every row' }).check()
  const bulk = grid.getByRole('group', { name: 'Change the selected rows' })
  await expect(bulk).toContainText('2 selected')
  await bulk.getByLabel('Review status').selectOption('reviewed')
  await bulk.getByRole('button', { name: 'Set review status' }).click()
  await expect(bulk.getByRole('status')).toHaveText(/Review status set \(2 rows\)/)
  await expect(grid.getByLabel('Review status of S-1 → T-1')).toHaveValue('reviewed')
  await expect(grid.getByLabel('Review status of S-2 → T-2')).toHaveValue('reviewed')
  const stored = (await (await api.get(`${cmsURL}/api/mappings?where[set][equals]=${set}&depth=0&limit=10`)).json()) as {
    docs: { reviewStatus: string; reviewedAt: string | null }[]
  }
  expect(stored.docs.map((row) => row.reviewStatus)).toEqual(['reviewed', 'reviewed'])
  expect(stored.docs.every((row) => typeof row.reviewedAt === 'string')).toBe(true)

  // A target from the source edition is refused by the collection, and the grid says why.
  await add.getByLabel('Sources', { exact: true }).fill('S-1')
  await add.getByRole('button', { name: /S-1 Access policy/ }).click()
  await add.getByLabel('Targets', { exact: true }).fill('S-2')
  await add.getByRole('button', { name: /S-2 Asset inventory/ }).click()
  await add.getByRole('button', { name: 'Add row' }).click()
  await expect(add.getByRole('alert')).toHaveText(/S-2 is not in the set's target edition/)
  await expect(grid.locator('tbody tr')).toHaveCount(2)

  await grid.scrollIntoViewIfNeeded()
  await page.screenshot({ path: artifactPath('admin-mapping-grid.png'), fullPage: true })

  // The draft set is listed in Completeness, and its rows count in the pair's coverage (drafts included).
  await page.goto(`${cmsURL}/admin/completeness`)
  const drafts = page.getByRole('region', { name: 'Mapping sets in draft' })
  await expect(drafts.getByRole('link', { name: `Grid ${run}` })).toBeVisible()
  await expect(drafts).toContainText(`Grid ${run} (2 rows)`)
  await page.goto(`${cmsURL}/admin/collections/comparisons/create`)
  await page.waitForLoadState('networkidle')
  await chooseOption(page, 'field-standardA', first.shortName, first.shortName)
  await chooseOption(page, 'field-standardB', second.shortName, second.shortName)
  const coverage = page.getByRole('region', { name: `Coverage between Grid source ${run} and Grid target ${run}` })
  // Complying with the source edition: T-1 partly (subset), T-2 partly (intersect), of 2.
  await expect(coverage.getByRole('row', { name: `Grid source ${run} → Grid target ${run}` })).toContainText(/0\s*2\s*0\s*0\s*0\s*2/)
  await coverage.scrollIntoViewIfNeeded()
  await page.screenshot({ path: artifactPath('admin-comparison-coverage.png'), fullPage: true })
  await api.dispose()
})
