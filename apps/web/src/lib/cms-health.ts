import { cmsUrl } from '@/lib/cms/config'

/**
 * Whether the CMS is answering, known without making any request wait for it.
 *
 * Two sources keep the answer current: every failed CMS request the pages make reports it
 * (`reportCmsResult`), and a health probe runs in the background once a second, started by the
 * first call of `cmsLooksDown` (a timer that does not keep the process alive; never awaited by a
 * request). A cached page is therefore never delayed by a slow or dead CMS, and an outage is noticed
 * within about a second whether or not visitors came by meanwhile.
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
  timer: ReturnType<typeof setInterval> | null
}

const KEY = Symbol.for('versus.cms-health')
const store = globalThis as typeof globalThis & { [KEY]?: HealthState }

function state(): HealthState {
  store[KEY] ??= { down: false, checkedAt: 0, probing: null, timer: null }
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
 * The last known answer, at once. The first call starts the background probe (every
 * CHECK_EVERY_MS); when the answer is older than that anyway (a busy event loop), a probe starts
 * now for the requests that follow. This one never waits.
 */
export function cmsLooksDown(now = Date.now()): boolean {
  const s = state()
  if (!s.timer) {
    s.timer = setInterval(() => void checkCmsHealth(), CHECK_EVERY_MS)
    s.timer.unref?.()
  }
  if (now - s.checkedAt >= CHECK_EVERY_MS && !s.probing) void checkCmsHealth()
  return s.down
}
