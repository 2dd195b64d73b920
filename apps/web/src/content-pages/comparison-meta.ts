import type { SeoData } from '@versus/engine'
import type { PageMeta } from '@/static-pages/page-meta'

/**
 * Title, description, canonical URL, Open Graph and image of a comparison page, pair or matrix (the
 * image is app/compare/[pair]/opengraph-image: the two standards of a pair, the site's card for a matrix).
 */
export function comparisonMeta(seo: SeoData, siteName: string, param: string): PageMeta {
  return {
    title: seo.title,
    description: seo.description,
    canonical: seo.canonicalUrl,
    openGraph: { title: seo.title, description: seo.description, url: seo.canonicalUrl, siteName, type: 'article' },
    image: {
      path: `/compare/${param}/opengraph-image`,
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'Two compliance standards compared side by side',
    },
  }
}
