/** Where the CMS and the site live, and how stale cached CMS data may get. */

const trimSlash = (url: string) => url.replace(/\/+$/, '')

export function cmsUrl(): string {
  return trimSlash(process.env.CMS_URL || 'http://localhost:3001')
}

export function siteUrl(): string {
  return trimSlash(process.env.SITE_URL || 'http://localhost:3000')
}

/**
 * Upper bound on staleness, in seconds. Tag revalidation from the CMS webhook is
 * the normal way pages refresh; this window only covers a missed webhook or a
 * change made outside the CMS's hooks.
 */
export const REVALIDATE_SECONDS = 300

/** A CMS request slower than this fails rather than hang a render. */
export const CMS_TIMEOUT_MS = 10_000
/**
 * A build waits longer: it prerenders every page against a CMS that may be busy (on a loaded machine
 * a list took more than 10 s), and a failure there fails the build for route handlers, which cannot
 * be left to render at request time.
 */
export const CMS_BUILD_TIMEOUT_MS = 120_000

/** How long one CMS request may take: CMS_TIMEOUT_MS, or CMS_BUILD_TIMEOUT_MS during `next build`. */
export function cmsTimeoutMs(): number {
  return isBuildPhase() ? CMS_BUILD_TIMEOUT_MS : CMS_TIMEOUT_MS
}

export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}
