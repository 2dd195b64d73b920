// @ts-check
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json|ld\+json|rss\+xml)|image\/svg\+xml)/i

/** @param {string | undefined} contentType */
export function isCompressible(contentType) {
  return COMPRESSIBLE.test(contentType ?? '')
}

/**
 * The body compressed once, off the event loop, at the strongest settings: it is stored and sent
 * many times, so the cost is paid per change, not per request.
 * @param {Buffer} body
 */
export async function compressAll(body) {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ])
  return { gzip: gz, br }
}

/**
 * The best encoding the client accepts among those we have (`br`, then `gzip`, else identity).
 * Honours `q=0` refusals.
 * @param {string | undefined} acceptEncoding
 * @param {{ gzip?: Buffer, br?: Buffer }} available
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function chooseEncoding(acceptEncoding, available) {
  if (!acceptEncoding) return 'identity'
  /** @type {Map<string, number>} */
  const accepted = new Map()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1)
  }
  const wants = (/** @type {string} */ name) => {
    const q = accepted.get(name) ?? accepted.get('*')
    return q !== undefined && q > 0
  }
  if (available.br && wants('br')) return 'br'
  if (available.gzip && wants('gzip')) return 'gzip'
  return 'identity'
}

/**
 * Whether the client takes gzip: for bodies compressed on the way out rather than kept.
 * @param {string | undefined} acceptEncoding
 */
export function acceptsGzip(acceptEncoding) {
  return chooseEncoding(acceptEncoding, { gzip: Buffer.alloc(0) }) === 'gzip'
}
