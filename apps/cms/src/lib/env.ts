/** Where the CMS is served; admin links, cookies and CORS derive from it. */
export function cmsURL(): string {
  return (process.env.CMS_URL || 'http://localhost:3001').replace(/\/+$/, '')
}

/** The public site, which receives revalidation calls and may call the API from the browser. */
export function siteURL(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')
}
