import { expect, test } from '@playwright/test'

import { ambiguousLengthRequest, exchange, smugglingRequest, snapshot, statusLines, type Snapshot } from '../support/desync'

// The site's public port is Next.js itself (`next start`), with nothing of ours parsing HTTP in
// front of it. These probes send what broke the hand-written edge this replaced: a GET or HEAD that
// declares a body holding a whole second request. Whatever one client sends on its own connection,
// every URL must answer every other client exactly as before.
const siteURL = process.env.SITE_URL ?? 'http://localhost:3100'
const host = new URL(siteURL).host
const PAIR = '/compare/iso-27032-vs-iso-27701'
const OTHER = '/standards/gdpr'
/** An App Router page, which loads Next's runtime (the content pages above load no script). */
const INTERACTIVE = '/standards'

function titleOf(html: string): string | null {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? null
}

/** A page is compared by status, type and title (a re-render may differ in bytes); a static file by its bytes. */
async function pageState(path: string) {
  const response = await fetch(new URL(path, siteURL), { redirect: 'manual' })
  return { status: response.status, type: response.headers.get('content-type'), title: titleOf(await response.text()) }
}

async function assets(): Promise<{ script: string; stylesheet: string }> {
  const html = await (await fetch(new URL(INTERACTIVE, siteURL))).text()
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1]
  expect(script, 'a script the page loads').toBeTruthy()
  expect(stylesheet, 'a stylesheet the page loads').toBeTruthy()
  return { script: script as string, stylesheet: stylesheet as string }
}

for (const method of ['GET', 'HEAD'] as const) {
  test(`a ${method} carrying Content-Length and a smuggled request changes nothing another client gets`, async () => {
    const { script, stylesheet } = await assets()
    const pagesBefore = await Promise.all([PAIR, OTHER].map(pageState))
    const filesBefore: Snapshot[] = await Promise.all([script, stylesheet].map((p) => snapshot(siteURL, p)))

    // The attack, then a plain request on the same connection, while other clients read pages.
    const attack = smugglingRequest(method, PAIR, host, script) + `GET ${OTHER} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`
    const [stream, ...during] = await Promise.all([exchange(siteURL, attack), pageState(PAIR), pageState(OTHER), pageState(PAIR)])

    // Two requests were sent, so at most two answers: the declared body was read as a body.
    const answers = statusLines(stream)
    expect(answers.length, answers.join(' | ')).toBeLessThanOrEqual(2)
    expect(stream).not.toContain('application/javascript')
    for (const state of during) expect(state.type).toMatch(/^text\/html/)
    expect([during[0], during[1]]).toEqual(pagesBefore)

    expect(await Promise.all([PAIR, OTHER].map(pageState))).toEqual(pagesBefore)
    expect(await Promise.all([script, stylesheet].map((p) => snapshot(siteURL, p)))).toEqual(filesBefore)
  })
}

test('a request with both Content-Length and Transfer-Encoding is refused and smuggles nothing', async () => {
  const { script } = await assets()
  const before = await pageState(PAIR)
  const stream = await exchange(siteURL, ambiguousLengthRequest(PAIR, host, script))
  const answers = statusLines(stream)
  expect(answers.length, answers.join(' | ')).toBeLessThanOrEqual(1)
  if (answers[0]) expect(answers[0]).toMatch(/ 400 /)
  expect(stream).not.toContain('application/javascript')
  expect(await pageState(PAIR)).toEqual(before)
})

test('pages come from Next.js itself: no home-made cache header; content pages load their stylesheet and no script, interactive ones the runtime', async ({ page }) => {
  const loaded: { type: string; url: string }[] = []
  page.on('request', (r) => loaded.push({ type: r.resourceType(), url: r.url() }))
  const response = await page.goto(PAIR, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  expect(response?.headers()['x-edge-cache']).toBeUndefined()
  expect(response?.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|MISS)$/)
  expect(loaded.filter((r) => r.type === 'script')).toEqual([])
  expect(loaded.filter((r) => r.type === 'stylesheet').map((r) => new URL(r.url).pathname)).toEqual([expect.stringMatching(/^\/assets\/site-[0-9a-f]+\.css$/)])
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('footer')).toBeVisible()

  loaded.length = 0
  await page.goto(INTERACTIVE, { waitUntil: 'networkidle' })
  expect(loaded.filter((r) => r.type === 'script').length).toBeGreaterThan(0)
})
