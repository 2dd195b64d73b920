// @ts-check
/**
 * Which methods the site answers where. Everything the site serves is read-only except the CMS's
 * refresh webhook: pages and the partner API answer GET and HEAD (and OPTIONS, for CORS preflights
 * of the partner API). Next.js would otherwise render a page for DELETE, or answer a POST to a
 * static route from its cache.
 */
const WRITABLE = new Map([['/api/revalidate', ['POST']]])
const READ = ['GET', 'HEAD']

/** @param {string} pathname */
export function allowedMethods(pathname) {
  return WRITABLE.get(pathname) ?? READ
}

/**
 * null when the method is allowed here; otherwise the status, headers and body to answer with.
 * @param {string} method
 * @param {string} url
 */
export function refuseMethod(method, url) {
  const pathname = url.split('?')[0] ?? '/'
  const allowed = allowedMethods(pathname)
  if (allowed.includes(method)) return null
  const allow = [...allowed, 'OPTIONS'].join(', ')
  if (method === 'OPTIONS') return { status: 204, headers: { allow, 'cache-control': 'no-store' }, body: '' }
  const message = `${method} is not allowed here; use ${allowed.join(' or ')}.`
  const isApi = pathname.startsWith('/api/')
  return {
    status: 405,
    headers: {
      allow,
      'cache-control': 'no-store',
      'content-type': isApi ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    },
    body: isApi ? JSON.stringify({ error: message }) : `${message}\n`,
  }
}
