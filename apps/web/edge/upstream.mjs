// @ts-check
import http from 'node:http'

/** Connection-level headers never forwarded either way (RFC 9110 §7.6.1), plus ones the edge recomputes. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
])

const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 64 })

/**
 * Headers for the site: the client's, minus hop-by-hop ones, plus where the request came from.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ identity: boolean }} options
 */
export function forwardedHeaders(request, { identity }) {
  /** @type {Record<string, string | string[]>} */
  const headers = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue
    headers[name] = value
  }
  if (identity) headers['accept-encoding'] = 'identity'
  const remote = request.socket.remoteAddress
  if (remote) {
    const prior = request.headers['x-forwarded-for']
    headers['x-forwarded-for'] = prior ? `${prior}, ${remote}` : remote
  }
  headers['x-forwarded-host'] ??= request.headers.host ?? ''
  headers['x-forwarded-proto'] ??= 'encrypted' in request.socket ? 'https' : 'http'
  return headers
}

/**
 * Headers to send back: the site's, minus hop-by-hop ones and the framework's internal cache markers.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {{ dropBodyHeaders: boolean }} options
 */
export function responseHeaders(headers, { dropBodyHeaders }) {
  /** @type {Record<string, string | string[]>} */
  const out = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue
    if (name.startsWith('x-nextjs-') || name === 'date') continue
    if (dropBodyHeaders && (name === 'content-length' || name === 'content-encoding' || name === 'etag')) continue
    out[name] = value
  }
  return out
}

/**
 * One request to the site. Resolves with the response (body not yet read) or rejects when the
 * site cannot be reached.
 * @param {URL} upstream
 * @param {import('node:http').IncomingMessage} request
 * @param {{ identity: boolean, body?: import('node:stream').Readable, timeoutMs?: number }} options
 * @returns {Promise<import('node:http').IncomingMessage>}
 */
export function requestUpstream(upstream, request, { identity, body, timeoutMs = 60_000 }) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: forwardedHeaders(request, { identity }),
        agent,
        timeout: timeoutMs,
      },
      resolve,
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('the site did not answer in time')))
    outgoing.on('error', reject)
    if (body) body.pipe(outgoing)
    else outgoing.end()
  })
}

/** @param {import('node:stream').Readable} stream @returns {Promise<Buffer>} */
export async function readAll(stream) {
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}
