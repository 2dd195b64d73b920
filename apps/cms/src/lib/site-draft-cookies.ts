/**
 * Next's draft-mode cookies belong to the site. Browsers do not tell ports apart for cookies, so
 * where the site and the CMS share a host name (`localhost:3000` and `localhost:3001`) every admin
 * request carries the site's draft cookie too. The CMS is also a Next app: it reads that cookie as
 * a draft session of its own build, finds it invalid and answers with a `Set-Cookie` that deletes
 * it — for the site as well, so an editor's live preview fell out of draft mode at its first reload.
 * The CMS's proxy therefore hands Next each request without these cookies.
 */
export const SITE_DRAFT_COOKIES = ['__prerender_bypass', '__next_preview_data'] as const

/** The Cookie header without the site's draft-mode cookies, or null when it has none of them. */
export function withoutSiteDraftCookies(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null
  const pairs = cookieHeader.split(';').map((pair) => pair.trim()).filter(Boolean)
  const kept = pairs.filter((pair) => !(SITE_DRAFT_COOKIES as readonly string[]).includes(pair.split('=')[0]?.trim() ?? ''))
  return kept.length === pairs.length ? null : kept.join('; ')
}
