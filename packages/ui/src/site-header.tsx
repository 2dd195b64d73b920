export interface NavLink {
  label: string
  href: string
}

export function SiteHeader({ siteName, nav }: { siteName: string; nav: NavLink[] }) {
  return (
    <header className="v-site-header">
      <a className="v-skip" href="#main">
        Skip to content
      </a>
      <div className="v-container v-site-header__inner">
        <a className="v-brand" href="/">
          {siteName}
        </a>
        <nav aria-label="Main">
          <ul className="v-nav">
            {nav.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
