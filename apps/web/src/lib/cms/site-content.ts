/**
 * The site global, as pages use it. The mapping of documents to engine records
 * the CMS shares lives in @versus/content; this is the site's own view.
 */
import type { RawSite } from './raw'

export interface SiteContent {
  name: string
  tagline: string | null
  /** Absolute origin of the public site, no trailing slash. */
  url: string
  cta: { heading: string; body: string | null; linkLabel: string | null; linkUrl: string | null } | null
  footerLinks: { label: string; href: string }[]
}

export const DEFAULT_SITE_NAME = 'Versus'

export function mapSite(raw: RawSite | null, url: string): SiteContent {
  const cta = raw?.cta
  return {
    name: raw?.siteName?.trim() || DEFAULT_SITE_NAME,
    tagline: raw?.tagline?.trim() || null,
    url,
    cta: cta?.heading?.trim()
      ? { heading: cta.heading, body: cta.body ?? null, linkLabel: cta.linkLabel ?? null, linkUrl: cta.linkUrl ?? null }
      : null,
    footerLinks: (raw?.footerLinks ?? []).map((l) => ({ label: l.label, href: l.url })),
  }
}
