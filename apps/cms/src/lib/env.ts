/** Where the CMS is served; admin links, cookies and CORS derive from it. */
export function cmsURL(): string {
  return (process.env.CMS_URL || 'http://localhost:3001').replace(/\/+$/, '')
}

/** The public site, which receives revalidation calls and may call the API from the browser. */
export function siteURL(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')
}

/**
 * Requests that may wait for the CMS at once (CMS_MAX_QUEUED_REQUESTS, default 512, about five
 * seconds of work on SQLite); one more is answered 503 with Retry-After at once.
 */
export function maxQueuedRequests(): number {
  const value = Number(process.env.CMS_MAX_QUEUED_REQUESTS)
  return Number.isInteger(value) && value > 0 ? value : 512
}
