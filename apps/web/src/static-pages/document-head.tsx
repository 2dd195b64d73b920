import type { SiteContent } from '@/lib/cms'
import type { PageMeta } from './page-meta'

/** Site-relative URLs made absolute against the site's URL, as Next's metadataBase does (the home page without a trailing slash). */
function absolute(url: string, site: SiteContent): string {
  const resolved = new URL(url, `${site.url}/`)
  return resolved.pathname === '/' && !resolved.search ? resolved.origin : resolved.toString()
}

/**
 * The <head> of a static content page: the tags Next writes for the same metadata, in its order
 * (the root layout's viewport, theme colours and icon, and the Twitter card Next derives from Open
 * Graph), and the stylesheet. No scripts.
 */
export function DocumentHead({ meta, site, stylesheet }: { meta: PageMeta; site: SiteContent; stylesheet: string }) {
  const og = meta.openGraph
  const image = meta.image ? { ...meta.image, url: absolute(meta.image.path, site) } : null
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="stylesheet" href={stylesheet} />
      <meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)" />
      <meta name="theme-color" content="#0e1116" media="(prefers-color-scheme: dark)" />
      <meta name="color-scheme" content="light dark" />
      <title>{meta.title}</title>
      {meta.description ? <meta name="description" content={meta.description} /> : null}
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      {meta.canonical ? <link rel="canonical" href={absolute(meta.canonical, site)} /> : null}
      {og ? (
        <>
          <meta property="og:title" content={og.title} />
          {og.description ? <meta property="og:description" content={og.description} /> : null}
          {og.url ? <meta property="og:url" content={absolute(og.url, site)} /> : null}
          {og.siteName ? <meta property="og:site_name" content={og.siteName} /> : null}
          {image ? (
            <>
              <meta property="og:image" content={image.url} />
              <meta property="og:image:type" content={image.type} />
              <meta property="og:image:width" content={String(image.width)} />
              <meta property="og:image:height" content={String(image.height)} />
              <meta property="og:image:alt" content={image.alt} />
            </>
          ) : null}
          <meta property="og:type" content={og.type} />
          {og.publishedTime ? <meta property="article:published_time" content={og.publishedTime} /> : null}
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={og.title} />
          {og.description ? <meta name="twitter:description" content={og.description} /> : null}
          {image ? (
            <>
              <meta name="twitter:image" content={image.url} />
              <meta name="twitter:image:alt" content={image.alt} />
              <meta name="twitter:image:type" content={image.type} />
              <meta name="twitter:image:width" content={String(image.width)} />
              <meta name="twitter:image:height" content={String(image.height)} />
            </>
          ) : null}
        </>
      ) : null}
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
    </head>
  )
}
