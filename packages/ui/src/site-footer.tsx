import { isExternalHref, safeHref } from './safe-href'
import type { NavLink } from './site-header'

export function SiteFooter({
  siteName,
  tagline,
  links,
}: {
  siteName: string
  tagline?: string | null
  links: NavLink[]
}) {
  const safe = links.flatMap((l) => {
    const href = safeHref(l.href)
    return href ? [{ label: l.label, href }] : []
  })
  return (
    <footer className="v-site-footer">
      <div className="v-container v-site-footer__inner">
        <div>
          <p className="v-brand">{siteName}</p>
          {tagline ? <p className="v-muted">{tagline}</p> : null}
        </div>
        {safe.length > 0 ? (
          <nav aria-label="Footer">
            <ul className="v-nav">
              {safe.map((l, i) => (
                <li key={i}>
                  <a href={l.href} rel={isExternalHref(l.href) ? 'noopener noreferrer' : undefined}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
