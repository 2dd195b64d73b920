import type { ContentPage, PageContent } from '@/content-pages/content-page'
import { notFoundPage } from '@/content-pages/not-found'
import { SiteDocument } from './site-document'
import { staticHtml } from './static-html'
import { getStylesheet } from './stylesheet'

/** A page as a complete HTML document: static markup only, no scripts. */
async function html({ meta, site, body }: Pick<PageContent, 'meta' | 'site' | 'body'>): Promise<string> {
  const [{ renderDocument }, stylesheet] = await Promise.all([staticHtml(), getStylesheet()])
  return renderDocument(<SiteDocument meta={meta} site={site} stylesheet={stylesheet.path} body={body} />)
}

const HTML = 'text/html; charset=utf-8'

/**
 * A content page as an HTML response with no JavaScript, from the route handlers that Next caches
 * and refreshes like pages (ISR, the same data-cache tags). A missing document answers the site's
 * not-found content with a 404; a renamed one a 308.
 */
export async function staticPageResponse(page: ContentPage, pathname: string): Promise<Response> {
  if (page.kind === 'redirect') return new Response(null, { status: 308, headers: { Location: page.path } })
  if (page.kind === 'not-found') return notFoundResponse(pathname)
  // A page kept out of search engines says so in the header too (crawlers that skip the HTML).
  const robots: Record<string, string> = page.meta.noindex ? { 'X-Robots-Tag': 'noindex' } : {}
  return new Response(await html(page), { headers: { 'Content-Type': HTML, ...robots } })
}

/** The not-found page for `pathname`, with its "Did you mean" suggestions, and a 404. */
export async function notFoundResponse(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Response(await html(await notFoundPage(pathname)), { status: 404, headers: { 'Content-Type': HTML, ...headers } })
}

/**
 * A page rendered per request with its own status (a refused form submission: 400, 429, 503), never
 * cached anywhere.
 */
export async function pageResponse(page: PageContent, status: number, headers: Record<string, string> = {}): Promise<Response> {
  return new Response(await html(page), {
    status,
    headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', ...headers },
  })
}
