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
  /** Where visitors write to the editors: the site global's address, else CONTACT_EMAIL; null when neither is a valid address. */
  contactEmail: string | null
}

/** A plain address (no display name, no mailto: parameters), or null. */
export function contactAddress(value: string | null | undefined): string | null {
  const email = value?.trim() ?? ''
  return email.length <= 254 && /^[^\s@<>()"',;:?&]+@[^\s@<>()"',;:?&]+\.[^\s@<>()"',;:?&]+$/.test(email) ? email : null
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
    contactEmail: contactAddress(raw?.contactEmail) ?? contactAddress(process.env.CONTACT_EMAIL),
  }
}
