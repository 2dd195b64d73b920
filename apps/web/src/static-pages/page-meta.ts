import type { Metadata } from 'next'

/**
 * What a content page says about itself in <head>: one description feeds both the static document
 * (document-head.tsx) and the App Router page an editor's preview renders (toMetadata).
 */
export interface PageMeta {
  /** The whole <title>, site name included where wanted. */
  title: string
  description?: string
  /** Site-relative or absolute; the static head resolves it against the site URL as Next does. */
  canonical?: string
  openGraph?: {
    title: string
    description?: string
    url?: string
    siteName?: string
    type: 'article' | 'website'
    publishedTime?: string
  }
  /** The page's Open Graph image (the opengraph-image route of a comparison). */
  image?: { path: string; width: number; height: number; type: string; alt: string }
  noindex?: boolean
}

/** The same description as Next metadata, for the App Router draft pages. */
export function toMetadata(meta: PageMeta): Metadata {
  const og = meta.openGraph
  return {
    title: { absolute: meta.title },
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.canonical ? { alternates: { canonical: meta.canonical } } : {}),
    ...(og
      ? {
          openGraph: {
            title: og.title,
            ...(og.description ? { description: og.description } : {}),
            ...(og.url ? { url: og.url } : {}),
            ...(og.siteName ? { siteName: og.siteName } : {}),
            type: og.type,
            ...(og.publishedTime ? { publishedTime: og.publishedTime } : {}),
          },
        }
      : {}),
    ...(meta.noindex ? { robots: { index: false } } : {}),
  }
}

/** The site's description where a page has none of its own and the site no tagline. */
export const DEFAULT_DESCRIPTION = 'Compliance standards compared side by side, from one source of truth.'

/** A title as the site's template writes it ("ISO 9001 | Versus"). */
export function siteTitle(title: string, siteName: string): string {
  return `${title} | ${siteName}`
}
