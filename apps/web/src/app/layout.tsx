import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { DraftBanner, SiteFooter, SiteHeader } from '@versus/ui'
import '@versus/ui/styles.css'
import { cmsOrigin, getSite, isDraft } from '@/lib/cms'
import { NAV } from '@/lib/nav'
import { DEFAULT_DESCRIPTION } from '@/static-pages/page-meta'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.tagline ?? DEFAULT_DESCRIPTION,
    openGraph: { siteName: site.name, type: 'website' },
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0e1116' },
  ],
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [site, draft] = await Promise.all([getSite(), isDraft()])
  return (
    <html lang="en">
      <body>
        {draft ? <DraftBanner exitHref="/api/exit-preview" cmsOrigin={cmsOrigin()} /> : null}
        <SiteHeader siteName={site.name} nav={NAV} />
        <main id="main" tabIndex={-1} className="v-container">
          {children}
        </main>
        <SiteFooter siteName={site.name} tagline={site.tagline} links={site.footerLinks} />
      </body>
    </html>
  )
}
