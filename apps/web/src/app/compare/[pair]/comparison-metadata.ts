import type { Metadata } from 'next'
import type { SeoData } from '@versus/engine'

/** Title, description, canonical URL and Open Graph of a comparison page, pair or matrix, from the engine's SEO data. */
export function comparisonMetadata(seo: SeoData, siteName: string): Metadata {
  return {
    title: { absolute: seo.title },
    description: seo.description,
    alternates: { canonical: seo.canonicalUrl },
    openGraph: { title: seo.title, description: seo.description, url: seo.canonicalUrl, siteName, type: 'article' },
  }
}
