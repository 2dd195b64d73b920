// Publish → visible, shared by bench/publish-to-visible.mjs (one site) and bench/cluster.mjs (Varnish in
// front of two instances): PATCH a published standard over REST, poll a page that shows it.
import { randomBytes } from 'node:crypto'

export const POLL_MS = 50
export const GIVE_UP_MS = 30_000

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export async function json(response, what) {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** The first user becomes the admin; its token authenticates the PATCHes. */
export async function firstUser(cms) {
  const password = randomBytes(18).toString('base64url')
  const body = await json(
    await fetch(`${cms}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.com', password, confirmPassword: password, name: 'Bench' }),
    }),
    'first-register',
  )
  if (!body.token) throw new Error(`first-register returned no token: ${JSON.stringify(body).slice(0, 300)}`)
  return { authorization: `JWT ${body.token}` }
}

/** A published comparison page, and the published standard on it whose tagline the bench edits. */
export async function pickTarget(site, cms) {
  const html = await (await fetch(`${site}/compare`)).text()
  const pairs = [...new Set([...html.matchAll(/href="\/compare\/([a-z0-9-]+-vs-[a-z0-9-]+)"/g)].map((m) => m[1]))]
  if (pairs.length === 0) throw new Error('no comparison pages found on /compare')
  const pair = pairs[0]
  const slug = pair.split('-vs-')[0]
  const { docs } = await json(
    await fetch(`${cms}/api/standards?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`),
    'find standard',
  )
  if (!docs?.[0]) throw new Error(`standard "${slug}" not found`)
  return { page: `${site}/compare/${pair}`, standard: docs[0] }
}

export async function pageShows(url, text) {
  const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } })
  const body = await response.text()
  return response.ok && body.includes(text)
}

/**
 * One publish: PATCH the tagline, then poll the page until it shows the new one. The PATCH asks for
 * `depth=0`, as the admin's Publish button does (its form posts to `?depth=0&fallback-locale=null`).
 */
export async function measure({ cms, auth, page, standard, run }) {
  const tagline = `Bench run ${run} ${Date.now().toString(36)}: publish to visible.`
  const started = performance.now()
  await json(
    await fetch(`${cms}/api/standards/${standard.id}?depth=0`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ tagline, _status: 'published' }),
    }),
    'PATCH standard',
  )
  const patchedMs = performance.now() - started
  while (performance.now() - started < GIVE_UP_MS) {
    if (await pageShows(page, tagline)) return { visibleMs: performance.now() - started, patchMs: patchedMs }
    await sleep(POLL_MS)
  }
  return { visibleMs: null, patchMs: patchedMs }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

export const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10)

