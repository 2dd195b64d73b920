import type { ReactElement } from 'react'
import { SiteFooter, SiteHeader } from '@versus/ui'
import type { SiteContent } from '@/lib/cms'
import { NAV } from '@/lib/nav'
import { DocumentHead } from './document-head'
import type { PageMeta } from './page-meta'

/** A whole static content page: the root layout's frame (header, main, footer) around `body`. */
export function SiteDocument(props: { meta: PageMeta; site: SiteContent; stylesheet: string; body: ReactElement }) {
  const { meta, site, stylesheet, body } = props
  return (
    <html lang="en">
      <DocumentHead meta={meta} site={site} stylesheet={stylesheet} />
      <body>
        <SiteHeader siteName={site.name} nav={NAV} />
        <main id="main" tabIndex={-1} className="v-container">
          {body}
        </main>
        <SiteFooter siteName={site.name} tagline={site.tagline} links={site.footerLinks} />
      </body>
    </html>
  )
}
