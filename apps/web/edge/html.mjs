// @ts-check
import { createHash } from 'node:crypto'

/**
 * What the edge does to a finished HTML page before it leaves:
 * - A page with no interactive part leaves without the framework runtime. Its markup is complete
 *   (every page is rendered on the server), so the runtime's only job would be hydration and
 *   client-side navigation; links work as plain links. A page keeps the runtime when something in
 *   it needs JavaScript: a client component renders `data-island` (see src/components/island.ts).
 * - Every inline script that remains is listed by hash in the Content-Security-Policy, so the policy
 *   needs no 'unsafe-inline' and pages stay cacheable (a nonce would make every response unique).
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi
/** Script types a browser does not execute (JSON-LD and other data blocks): CSP does not apply. */
const DATA_TYPE = /\btype\s*=\s*"(?:application\/(?:ld\+)?json|application\/json)"/i
const ISLAND = /\sdata-island(?:[\s=>/])/
/**
 * Next.js's error document: when a streamed render ends in notFound() or an error, the HTML is an
 * empty shell and the framework draws the 404 or error page from its payload in the browser.
 */
const ERROR_SHELL = /<html[^>]*\sid="__next_error__"/

/**
 * Whether a response's headers announce an HTML page.
 * @param {import('node:http').IncomingHttpHeaders | Record<string, string | string[] | undefined>} headers
 */
export function isHtml(headers) {
  return String(headers['content-type'] ?? '').startsWith('text/html')
}

/** @param {string} html */
export function isErrorShell(html) {
  return ERROR_SHELL.test(html)
}

/** @param {string} html */
export function needsRuntime(html) {
  return ISLAND.test(html) || ERROR_SHELL.test(html)
}

/**
 * The page without the framework's scripts: every executable `<script>` and script preload goes;
 * data blocks (JSON-LD) stay.
 * @param {string} html
 */
export function withoutRuntime(html) {
  return html
    .replace(SCRIPT, (whole, attributes) => (DATA_TYPE.test(attributes) ? whole : ''))
    .replace(SCRIPT_PRELOAD, '')
}

/**
 * `'sha256-…'` sources for every executable inline script, in document order, without repeats.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_TYPE.test(attributes)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The policy for one page. Scripts: the site's own files and the listed inline hashes only. Styles
 * allow inline `style` attributes (React renders some); frames: nobody, except the CMS's live
 * preview for an editor in draft mode.
 * @param {{ scriptHashes: string[], frameAncestors?: string, connect?: string[] }} options
 */
export function contentSecurityPolicy({ scriptHashes, frameAncestors = "'none'", connect = [] }) {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...connect].join(' '),
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}
