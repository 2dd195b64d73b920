/** Names every machine gives itself: an admin opened through one of them is the same server. */
function isLoopback(hostname: string): boolean {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name)
}

/**
 * Where to send a browser that opened the admin at another local address than `CMS_URL`
 * (`http://127.0.0.1:3001/admin` while the CMS is `http://localhost:3001`), or null to serve it.
 * Payload trusts the session cookie only from the configured origin (CSRF), so at any other address
 * the sign-in works and every request after it is "Unauthorized"; a redirect to the configured
 * origin before the page loads avoids that. Only page views of the admin (GET, HEAD) are redirected,
 * and only between loopback names (a CMS run on this machine): a public CMS behind a proxy that
 * forwards another Host (`localhost:3001`) is left alone, or it would redirect to itself for ever.
 */
export function canonicalAdminURL(args: { method: string; url: string; host: string | null; cmsURL: string }): string | null {
  if (args.method !== 'GET' && args.method !== 'HEAD') return null
  const requested = new URL(args.url)
  if (requested.pathname !== '/admin' && !requested.pathname.startsWith('/admin/')) return null
  const configured = new URL(args.cmsURL)
  if (!isLoopback(configured.hostname)) return null
  const host = args.host ?? requested.host
  if (host.toLowerCase() === configured.host.toLowerCase()) return null
  const hostname = new URL(`http://${host}`).hostname
  if (!isLoopback(hostname)) return null
  return `${configured.origin}${requested.pathname}${requested.search}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The answer that sends the browser to `target`. Not a 3xx: Next rewrites a `Location` that names
 * the server's own configured origin into a path ("/admin"), and the browser would follow it on the
 * address it is already at, for ever. A `Refresh` header (and the same in the page, with a link)
 * keeps the address whole; 421 says this address is not the one the admin is served at.
 */
export function misdirectedAdminAnswer(target: string): { status: number; headers: Record<string, string>; body: string } {
  const href = escapeHtml(target)
  return {
    status: 421,
    headers: { refresh: `0; url=${target}`, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}"><title>The admin is at another address</title></head><body><p>This admin is served at <a href="${href}">${href}</a>.</p></body></html>`,
  }
}
