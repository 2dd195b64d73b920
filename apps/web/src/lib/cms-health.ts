import { cmsUrl } from '@/lib/cms/config'

/**
 * Whether the CMS is answering, known without making any request wait for it.
 *
 * Two sources keep the answer current: every CMS fetch the pages make reports how it went
 * (`reportCmsResult`), and a health probe runs in the background at most once a second while
 * requests arrive (`cmsLooksDown` starts it and never awaits it). A cached page is therefore never
 * delayed by a slow or dead CMS; an outage is noticed by the first failed render or within a second.
 *
 * The state lives on `globalThis` because Next loads the proxy and the pages as separate bundles
 * inside one server process; both must read and write the same flag.
 */
export const CHECK_EVERY_MS = 1_000
const PROBE_TIMEOUT_MS = 1_500

interface HealthState {
  down: boolean
  checkedAt: number
  probing: Promise<boolean> | null
}

const KEY = Symbol.for('versus.cms-health')
const store = globalThis as typeof globalThis & { [KEY]?: HealthState }

function state(): HealthState {
  store[KEY] ??= { down: false, checkedAt: 0, probing: null }
  return store[KEY]
}

async function probe(): Promise<boolean> {
  try {
    const response = await fetch(`${cmsUrl()}/api/globals/site?depth=0`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    return response.status >= 500
  } catch {
    return true
  }
}

/** Probes the CMS now (or joins the probe under way) and remembers the answer. */
export function checkCmsHealth(): Promise<boolean> {
  const s = state()
  s.probing ??= probe().then((down) => {
    s.down = down
    s.checkedAt = Date.now()
    s.probing = null
    return down
  })
  return s.probing
}

/** A CMS request ended: `ok` false for a network failure or a 5xx answer. */
export function reportCmsResult(ok: boolean, now = Date.now()): void {
  const s = state()
  s.down = !ok
  s.checkedAt = now
}

/**
 * The last known answer, at once. When it is older than CHECK_EVERY_MS a background probe
 * refreshes it for the requests that follow; this one does not wait.
 */
export function cmsLooksDown(now = Date.now()): boolean {
  const s = state()
  if (now - s.checkedAt >= CHECK_EVERY_MS && !s.probing) void checkCmsHealth()
  return s.down
}
