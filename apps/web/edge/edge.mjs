// @ts-check
import { createHash } from 'node:crypto'
import { createGzip, gzip } from 'node:zlib'
import { promisify } from 'node:util'

import { cacheKeyFor, freshnessFor, isPersonal } from './cache-policy.mjs'
import { acceptsGzip, chooseEncoding, compressAll, isCompressible } from './encodings.mjs'
import { contentSecurityPolicy, inlineScriptHashes, isErrorShell, isHtml, needsRuntime, withoutRuntime } from './html.mjs'
import { refuseMethod } from './methods.mjs'
import { createPageCache } from './page-cache.mjs'
import { readAll, requestUpstream, responseHeaders } from './upstream.mjs'

const gzipAsync = promisify(gzip)

/** How long a stale page may stand in for a site that fails or cannot be reached. */
const STALE_IF_ERROR_MS = 24 * 60 * 60 * 1000
const REVALIDATE_PATH = '/api/revalidate'
/** Where Next.js serves the site's not-found page, prerendered from app/not-found.tsx. */
const NOT_FOUND_PATH = '/_not-found'

/**
 * @typedef {import('./page-cache.mjs').CachedPage} CachedPage
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, freshFor?: number }} Finished
 * @typedef {{
 *   upstream: URL,
 *   freshnessCapMs?: number,
 *   cmsOrigin?: string,
 *   hsts?: boolean,
 *   cache?: ReturnType<typeof createPageCache>,
 *   now?: () => number,
 * }} EdgeOptions
 */

/**
 * The site's front door: a shared cache in front of the Next.js server, as a CDN would be, so a
 * published page is answered from memory, already compressed (brotli and gzip), with a
 * Content-Security-Policy that lists its inline scripts by hash. Personal requests (draft mode,
 * client-side navigation) and writes go straight through. A successful `/api/revalidate` (the CMS's
 * publish webhook) marks every stored page stale, so the next visitor gets the new content.
 * @param {EdgeOptions} options
 */
export function createEdge({
  upstream,
  freshnessCapMs = 30_000,
  cmsOrigin,
  hsts = false,
  cache = createPageCache(),
  now = Date.now,
}) {
  /** @type {Map<string, Promise<CachedPage | null>>} */
  const filling = new Map()
  /** @type {{ body: Buffer, storedAt: number, generation: number } | undefined} */
  let notFoundPage
  /** @type {Promise<Buffer | null> | undefined} */
  let notFoundFetch

  /**
   * The site's not-found page, kept as long as a page would be (until a publish or the freshness
   * cap). Null when the site does not give one.
   * @param {import('node:http').IncomingMessage} request
   * @returns {Promise<Buffer | null>}
   */
  function notFoundBody(request) {
    const kept = notFoundPage
    if (kept && kept.generation === cache.generation() && now() - kept.storedAt < freshnessCapMs) {
      return Promise.resolve(kept.body)
    }
    notFoundFetch ??= (async () => {
      const generation = cache.generation()
      const probe = /** @type {import('node:http').IncomingMessage} */ (
        /** @type {unknown} */ ({
          method: 'GET',
          url: NOT_FOUND_PATH,
          headers: { host: request.headers.host, accept: 'text/html' },
          socket: request.socket,
        })
      )
      const response = await requestUpstream(upstream, probe, { identity: true })
      const body = await readAll(response)
      if (response.statusCode !== 404 || !isHtml(response.headers) || isErrorShell(body.toString('utf8'))) return null
      notFoundPage = { body, storedAt: now(), generation }
      return body
    })()
      .catch(() => null)
      .finally(() => {
        notFoundFetch = undefined
      })
    return notFoundFetch
  }

  /**
   * Next.js answers a 404 for a page it renders on demand (a slug it never prerendered) with its
   * error shell: an empty document that draws the not-found page with JavaScript
   * (vercel/next.js#95613), so a visitor or a crawler without JavaScript sees a blank page. The
   * edge sends the site's own not-found page in its place, with the same 404.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').IncomingMessage} response
   * @param {Buffer} body
   */
  async function repairNotFound(request, response, body) {
    if (response.statusCode !== 404 || !isHtml(response.headers)) return body
    if (!isErrorShell(body.toString('utf8'))) return body
    return (await notFoundBody(request)) ?? body
  }

  /**
   * The page as the edge sends it: runtime dropped where nothing needs it, CSP from what is left.
   * @param {Finished} response
   * @param {{ personal: boolean }} options
   * @returns {Finished}
   */
  function finishHtml(response, { personal }) {
    let html = response.body.toString('utf8')
    if (!personal && !needsRuntime(html)) html = withoutRuntime(html)
    const headers = { ...response.headers }
    headers['content-security-policy'] = contentSecurityPolicy({
      scriptHashes: inlineScriptHashes(html),
      // An editor's preview is framed by the CMS's live-preview panel and talks to the CMS.
      frameAncestors: personal && cmsOrigin ? cmsOrigin : "'none'",
      connect: personal && cmsOrigin ? [cmsOrigin] : [],
    })
    return { status: response.status, headers, body: Buffer.from(html, 'utf8') }
  }

  /**
   * Ask the site and read the whole answer (pages are small; a partner API answer too).
   * @param {import('node:http').IncomingMessage} request
   * @returns {Promise<Finished>}
   */
  async function fetchWhole(request) {
    return readFinished(request, await requestUpstream(upstream, request, { identity: true }))
  }

  /**
   * Read the site's whole answer and finish it (a not-found shell replaced, HTML given its CSP).
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').IncomingMessage} response
   * @returns {Promise<Finished>}
   */
  async function readFinished(request, response) {
    return finish(request, response, await repairNotFound(request, response, await readAll(response)))
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').IncomingMessage} response
   * @param {Buffer} body
   * @returns {Finished}
   */
  function finish(request, response, body) {
    const status = response.statusCode ?? 502
    /** @type {Finished} */
    const finished = {
      status,
      headers: responseHeaders(response.headers, { dropBodyHeaders: true }),
      body,
      // From the site's own headers, before the edge drops the framework's markers.
      freshFor: freshnessFor(status, response.headers, freshnessCapMs),
    }
    if (isHtml(response.headers)) {
      return { ...finishHtml(finished, { personal: isPersonal(request.headers) }), freshFor: finished.freshFor }
    }
    return finished
  }

  /**
   * Fill the cache for a key from the site; concurrent misses of one key share one request.
   * @param {string} key
   * @param {import('node:http').IncomingMessage} request
   * @param {CachedPage | undefined} previous
   * @returns {Promise<{ page: CachedPage | null, response?: Finished }>}
   */
  async function fill(key, request, previous) {
    const generation = cache.generation()
    const response = await fetchWhole(request)
    const freshFor = response.freshFor ?? 0
    if (freshFor === 0) return { page: null, response }
    const etag = `W/"${createHash('sha1').update(response.body).digest('base64url').slice(0, 27)}"`
    const compressible = isCompressible(String(response.headers['content-type'] ?? ''))
    const bodies =
      previous && previous.etag === etag
        ? previous.bodies
        : { identity: response.body, ...(compressible && response.body.length > 256 ? await compressAll(response.body) : {}) }
    const storedAt = now()
    /** @type {CachedPage} */
    const page = {
      status: response.status,
      headers: /** @type {Record<string, string>} */ (response.headers),
      bodies,
      etag,
      storedAt,
      // A publish that landed while this page was being fetched may not be in it.
      freshUntil: cache.generation() === generation ? storedAt + freshFor : 0,
    }
    cache.store(key, page)
    return { page }
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string | string[]>} headers
   * @param {{ identity: Buffer, gzip?: Buffer, br?: Buffer }} bodies
   * @param {string} state
   */
  function send(request, res, status, headers, bodies, state) {
    const encoding = chooseEncoding(request.headers['accept-encoding'], bodies)
    const body = bodies[encoding] ?? bodies.identity
    /** @type {Record<string, string | string[] | number>} */
    const out = { ...headers, 'x-edge-cache': state }
    if (bodies.gzip || bodies.br) out.vary = mergeVary(headers.vary, 'Accept-Encoding')
    if (encoding !== 'identity') out['content-encoding'] = encoding
    if (hsts) out['strict-transport-security'] = 'max-age=63072000; includeSubDomains'
    out['content-length'] = body.length
    res.writeHead(status, out)
    res.end(request.method === 'HEAD' ? undefined : body)
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} res
   * @param {CachedPage} page
   * @param {string} state
   */
  function sendPage(request, res, page, state) {
    const headers = { ...page.headers, etag: page.etag, age: String(Math.max(0, Math.floor((now() - page.storedAt) / 1000))) }
    const match = request.headers['if-none-match']
    if (match && match.split(',').some((tag) => tag.trim() === page.etag || tag.trim() === '*')) {
      /** @type {Record<string, string>} */
      const notModified = { etag: page.etag, vary: mergeVary(page.headers.vary, 'Accept-Encoding'), 'x-edge-cache': state }
      if (page.headers['cache-control']) notModified['cache-control'] = page.headers['cache-control']
      res.writeHead(304, notModified)
      res.end()
      return
    }
    send(request, res, page.status, headers, page.bodies, state)
  }

  /**
   * A finished, unshared answer, compressed on the way out when that is worth it.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} res
   * @param {Finished} response
   */
  async function sendFinished(request, res, response) {
    const compressible =
      isCompressible(String(response.headers['content-type'] ?? '')) && response.body.length > 1024
    const accepts = acceptsGzip(request.headers['accept-encoding'])
    const bodies = { identity: response.body, ...(compressible && accepts ? { gzip: await gzipAsync(response.body) } : {}) }
    send(request, res, response.status, response.headers, bodies, 'BYPASS')
  }

  /**
   * Everything not shared: stream through, except HTML, which gets its CSP.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} res
   */
  async function passThrough(request, res) {
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    const response = await requestUpstream(upstream, request, { identity: true, body: hasBody ? request : undefined })
    const status = response.statusCode ?? 502
    const contentType = String(response.headers['content-type'] ?? '')
    if (isHtml(response.headers)) return sendFinished(request, res, await readFinished(request, response))
    if (
      request.method === 'POST' &&
      (request.url ?? '').split('?')[0] === REVALIDATE_PATH &&
      status >= 200 &&
      status < 300
    ) {
      cache.expireAll()
    }
    // Anything else streams through (a navigation payload, JSON, an image), gzipped on the way when
    // it is text and the client takes gzip.
    const gzipIt =
      isCompressible(contentType) &&
      !response.headers['content-encoding'] &&
      request.method !== 'HEAD' &&
      status !== 204 &&
      status !== 304 &&
      acceptsGzip(request.headers['accept-encoding'])
    /** @type {Record<string, string | string[]>} */
    const headers = { ...responseHeaders(response.headers, { dropBodyHeaders: gzipIt }), 'x-edge-cache': 'BYPASS' }
    if (hsts) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains'
    if (gzipIt) {
      headers['content-encoding'] = 'gzip'
      headers.vary = mergeVary(headers.vary, 'Accept-Encoding')
      res.writeHead(status, headers)
      response.pipe(createGzip()).pipe(res)
    } else {
      res.writeHead(status, headers)
      response.pipe(res)
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(request, res) {
    const refused = refuseMethod(request.method ?? 'GET', request.url ?? '/')
    if (refused) {
      // The request's body is not read: answer, then close rather than drain it.
      res.writeHead(refused.status, { ...refused.headers, ...(request.method === 'OPTIONS' ? {} : { connection: 'close' }) })
      res.end(refused.body)
      return
    }
    const key = cacheKeyFor(request)
    if (!key) return passThrough(request, res)
    const cached = cache.lookup(key)
    if (cached?.fresh) return sendPage(request, res, cached.page, 'HIT')
    // A HEAD's answer has no body to keep; only a GET fills the cache.
    if (request.method === 'HEAD') return passThrough(request, res)

    let pending = filling.get(key)
    const leader = !pending
    if (!pending) {
      const started = fill(key, request, cached?.page)
      pending = started.then((result) => result.page)
      filling.set(key, pending)
      pending.finally(() => filling.delete(key)).catch(() => {})
      try {
        const result = await started
        if (result.page) return sendPage(request, res, result.page, 'MISS')
        if (result.response) {
          // Not shareable (a 404, a redirect, a page the site asked not to store), but still an
          // answer the site gave; a failing site falls back to the last good page if there is one.
          if (result.response.status >= 500 && cached && fresherThan(cached.page, STALE_IF_ERROR_MS)) {
            return sendPage(request, res, cached.page, 'STALE')
          }
          return sendFinished(request, res, result.response)
        }
      } catch (error) {
        if (cached && fresherThan(cached.page, STALE_IF_ERROR_MS)) return sendPage(request, res, cached.page, 'STALE')
        throw error
      }
    }
    if (!leader) {
      const page = await pending.catch(() => null)
      if (page) return sendPage(request, res, page, 'HIT')
      return passThrough(request, res)
    }
  }

  /** @param {CachedPage} page @param {number} ms */
  function fresherThan(page, ms) {
    return now() - page.storedAt < ms
  }

  return {
    /**
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} res
     */
    async handle(request, res) {
      try {
        await handle(request, res)
      } catch (error) {
        if (res.headersSent) {
          res.destroy()
          return
        }
        const message = error instanceof Error ? error.message : String(error)
        console.error(`[edge] ${request.method} ${request.url}: ${message}`)
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' })
        res.end('The site is temporarily unavailable. Please try again in a few seconds.\n')
      }
    },
    cache,
  }
}

/** @param {string | string[] | undefined} current @param {string} name */
function mergeVary(current, name) {
  const values = (Array.isArray(current) ? current.join(',') : (current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
  if (!values.some((v) => v.toLowerCase() === name.toLowerCase())) values.push(name)
  return values.join(', ')
}
