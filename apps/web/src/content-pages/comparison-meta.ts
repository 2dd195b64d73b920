import type { SeoData } from '@versus/engine'
import type { PageMeta } from '@/static-pages/page-meta'

/** Title, description, canonical URL, Open Graph and image of a comparison page, pair or matrix. */
export function comparisonMeta(seo: SeoData, siteName: string, imagePath?: string): PageMeta {
  return {
    title: seo.title,
    description: seo.description,
    canonical: seo.canonicalUrl,
    openGraph: { title: seo.title, description: seo.description, url: seo.canonicalUrl, siteName, type: 'article' },
    ...(imagePath
      ? { image: { path: imagePath, width: 1200, height: 630, type: 'image/png', alt: 'Two compliance standards compared side by side' } }
      : {}),
  }
}
