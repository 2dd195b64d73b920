import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter, SiteHeader } from '@versus/ui'
import '@versus/ui/styles.css'
import { getSite } from '@/lib/cms'
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
  const site = await getSite()
  return (
    <html lang="en">
      <body>
        <SiteHeader siteName={site.name} nav={NAV} />
        <main id="main" tabIndex={-1} className="v-container">
          {children}
        </main>
        <SiteFooter siteName={site.name} tagline={site.tagline} links={site.footerLinks} />
      </body>
    </html>
  )
}
