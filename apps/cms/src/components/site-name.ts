import type { Payload } from 'payload'

/** The site's name as editors set it in the Site global, for the admin's login and dashboard. */
export async function siteNameOf(payload: Payload): Promise<string> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true }).catch(() => null)
  return site?.siteName?.trim() || 'Versus'
}
