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

export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}
