import type { NextRequest } from 'next/server'
import { cmsLooksDown } from '@/lib/cms-health'
import { getStylesheet } from '@/static-pages/stylesheet'

/**
 * While the CMS is down, pages Next has already rendered keep being served from its cache (ISR keeps
 * the stale page when a background refresh fails), but a page never rendered fails its render and
 * Next answers 500 — the App Router has no way to give a render another status. So during an
 * outage, and only then, the proxy renders the page through a subrequest to this same server and
 * turns a failure into a 503 with Retry-After: the visitor reads a short message (no stack trace),
 * crawlers and load balancers see "temporarily unavailable", and nothing is cached.
 */

/** Marks the proxy's own subrequest so it is served normally instead of being probed again. */
export const RENDER_PROBE_HEADER = 'x-versus-render-probe'
export const RETRY_AFTER_SECONDS = 30

const HOP_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']

function copyHeaders(source: Headers): Headers {
  const headers = new Headers(source)
  for (const name of HOP_HEADERS) headers.delete(name)
  return headers
}

/**
 * The 503 page. Next's own answer to a failed render is an empty shell that needs JavaScript to show
 * the error boundary, so the proxy writes the message itself, styled by the site's stylesheet (its
 * address is taken from that shell).
 */
export function unavailablePage(stylesheets: string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('')
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="color-scheme" content="light dark"><title>Temporarily unavailable</title>${links}</head>
<body><main id="main" class="v-container"><div class="v-article"><p class="v-eyebrow">503</p>
<h1 class="v-page-title">This page is temporarily unavailable</h1>
<p class="v-lead">We could not load it just now. Please try again in a minute.</p>
<p class="v-links"><a class="v-button" href="/">Go to the home page</a> <a class="v-button" href="/standards">Browse standards</a></p>
</div></main></body></html>`
}

/** Same-origin stylesheet paths a rendered HTML document links or preloads. */
export function stylesheetsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/href="(\/_next\/static\/[^"?#]+\.css)"/g)].map((m) => m[1] as string))]
}

/**
 * The 503, styled by the stylesheets of the page Next rendered, or, when it linked none (a static
 * content page's route handler fails with a bare 500), by the static pages' copy of the same sheet.
 */
export async function unavailableResponse(renderedHtml: string): Promise<Response> {
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': String(RETRY_AFTER_SECONDS),
  })
  const linked = stylesheetsOf(renderedHtml)
  const stylesheets = linked.length > 0 ? linked : await getStylesheet().then((sheet) => [sheet.path], () => [])
  return new Response(unavailablePage(stylesheets), { status: 503, headers })
}

function selfUrl(request: NextRequest): string {
  const { pathname, search } = request.nextUrl
  // `next start` records its port in PORT; the public Host may point at a proxy in front of us.
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  return `${origin}${pathname}${search}`
}

/**
 * null in normal operation (the request goes on to the router). During a CMS outage: the page
 * as rendered or cached, or a 503 if it could not be rendered.
 */
export async function answerDuringOutage(request: NextRequest): Promise<Response | null> {
  if (request.method !== 'GET' || request.headers.has(RENDER_PROBE_HEADER)) return null
  // Known from memory (lib/cms-health.ts): while the CMS answers, no request waits on anything here.
  if (!cmsLooksDown()) return null
  const headers = new Headers(request.headers)
  headers.set(RENDER_PROBE_HEADER, '1')
  // fetch() would decode a compressed body but keep its content-encoding header.
  headers.delete('accept-encoding')
  let rendered: Response
  try {
    rendered = await fetch(selfUrl(request), { headers, redirect: 'manual', cache: 'no-store' })
  } catch {
    return unavailableResponse('')
  }
  if (rendered.status >= 500) return unavailableResponse(await rendered.text().catch(() => ''))
  return new Response(rendered.body, { status: rendered.status, headers: copyHeaders(rendered.headers) })
}
