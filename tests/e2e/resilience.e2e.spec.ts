import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { cmsURL, signIn } from '../support/admin'

// The site keeps serving while the CMS is down: pages already rendered come from Next's cache (200),
// a page never rendered answers a friendly 503, never a 500 or a stack trace. `npm run test:e2e`
// (scripts/versus.mjs) gives the CMS's process group in E2E_CMS_PID; this test stops it and starts a
// new CMS on the same port and data folder afterwards (its pid goes to E2E_DATA_DIR/cms-restarted.pid,
// which the runner stops at the end), so specs that run later find the CMS as before.
test.describe.configure({ mode: 'serial' })

const root = path.resolve(import.meta.dirname, '..', '..')
const cmsPid = Number(process.env.E2E_CMS_PID || 0)
const asAdmin = { headers: { Origin: new URL(cmsURL).origin } }
const WARM = ['/', '/standards', '/standards/gdpr', '/compare/iso-27032-vs-iso-27701']

interface Doc {
  id: number | string
  slug: string
}

async function docs<T>(page: Page, url: string): Promise<T[]> {
  const response = await page.request.get(`${cmsURL}${url}`, asAdmin)
  expect(response.ok(), url).toBe(true)
  return ((await response.json()) as { docs: T[] }).docs
}

/** Two published standards no comparison joins yet (and not the pair the preview test drafts). */
async function uncomparedPair(page: Page): Promise<[Doc, Doc]> {
  const standards = await docs<Doc>(page, '/api/standards?depth=0&limit=0&pagination=false&where[_status][equals]=published')
  const comparisons = await docs<{ standardA: Doc['id']; standardB: Doc['id'] }>(
    page,
    '/api/comparisons?depth=0&limit=0&pagination=false&draft=true',
  )
  const taken = new Set(comparisons.flatMap((c) => [`${c.standardA}:${c.standardB}`, `${c.standardB}:${c.standardA}`]))
  const avoid = new Set(['iso-9001', 'ul-2900-1'])
  const candidates = standards.filter((s) => !avoid.has(s.slug)).sort((a, b) => a.slug.localeCompare(b.slug))
  for (const a of candidates) for (const b of candidates) if (a.slug < b.slug && !taken.has(`${a.id}:${b.id}`)) return [a, b]
  throw new Error('every pair of seeded standards is already compared')
}

/**
 * Whether the CMS answers a new connection. A kept-alive one would not do: a stopping Next server
 * keeps serving the connections it already has, so polling over one would keep it answering.
 */
function cmsAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${cmsURL}/api/globals/site?depth=0`, { agent: false, timeout: 2_000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
  })
}

function stopCms() {
  process.kill(-cmsPid, 'SIGTERM')
}

/** A new CMS server on the same port, data folder and secrets, in its own process group. */
async function restartCms() {
  const port = new URL(cmsURL).port
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: path.join(root, 'apps/cms'),
    env: { ...process.env, NODE_ENV: 'production' },
    detached: true,
    stdio: 'ignore',
  })
  child.unref()
  if (process.env.E2E_DATA_DIR) writeFileSync(path.join(process.env.E2E_DATA_DIR, 'cms-restarted.pid'), String(child.pid))
  await expect.poll(cmsAnswers, { timeout: 60_000, intervals: [250] }).toBe(true)
}

test('with the CMS down, rendered pages stay up and a new page answers a friendly 503', async ({ page, request }) => {
  test.skip(!cmsPid, 'needs E2E_CMS_PID: run through `npm run test:e2e`, which starts and owns the CMS')
  test.setTimeout(180_000)

  // A comparison published now exists in the CMS but has never been rendered by the site.
  await signIn(page)
  const [a, b] = await uncomparedPair(page)
  const created = await page.request.post(`${cmsURL}/api/comparisons`, {
    ...asAdmin,
    data: { standardA: a.id, standardB: b.id, summary: 'Published by the resilience test.', _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: Doc['id'] } }
  const fresh = `/compare/${a.slug}-vs-${b.slug}`

  // Render (and so cache) the pages a visitor already saw, after the publish refreshed the site.
  for (const warm of WARM) expect((await request.get(warm)).status(), warm).toBe(200)

  stopCms()
  try {
    await expect.poll(cmsAnswers, { timeout: 15_000 }).toBe(false)
    // The site probes the CMS's health in the background at most once a second (apps/web/src/lib/cms-health.ts);
    // give it that second to notice the outage.
    await page.waitForTimeout(1_500)

    for (const warm of WARM) {
      const response = await request.get(warm)
      expect(response.status(), `${warm} with the CMS down`).toBe(200)
    }

    const response = await request.get(fresh)
    expect(response.status(), `${fresh} (never rendered) with the CMS down`).toBe(503)
    expect(response.headers()['retry-after']).toBeTruthy()
    expect(response.headers()['cache-control']).toContain('no-store')
    const body = await response.text()
    expect(body).toMatch(/temporarily unavailable|try again/i)
    expect(body).not.toMatch(/CmsError|ECONNREFUSED|at \S+ \(|node_modules|\.tsx?:\d+/)

    // A browser visitor sees the human message too.
    await page.goto(fresh)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('body')).toContainText(/temporarily unavailable|try again/i)
  } finally {
    await restartCms()
    try {
      // Back to normal: the page that could not be rendered renders now.
      await expect.poll(async () => (await request.get(fresh)).status(), { timeout: 30_000 }).toBe(200)
    } finally {
      // Leave the shared database as the other browser tests expect it.
      await signIn(page)
      const removed = await page.request.delete(`${cmsURL}/api/comparisons/${doc.id}`, asAdmin)
      expect(removed.status()).toBe(200)
    }
  }
})
