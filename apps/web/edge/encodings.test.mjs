import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { chooseEncoding, compressAll, isCompressible } from './encodings.mjs'

describe('chooseEncoding', () => {
  const both = { br: Buffer.from('b'), gzip: Buffer.from('g') }
  it('prefers brotli, then gzip, then the plain body', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br')
    expect(chooseEncoding('gzip', both)).toBe('gzip')
    expect(chooseEncoding('deflate', both)).toBe('identity')
    expect(chooseEncoding(undefined, both)).toBe('identity')
    expect(chooseEncoding('*', both)).toBe('br')
  })

  it('respects refusals and what is available', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip')
    expect(chooseEncoding('*;q=0', both)).toBe('identity')
    expect(chooseEncoding('br, gzip', { gzip: both.gzip })).toBe('gzip')
    expect(chooseEncoding('br, gzip', {})).toBe('identity')
  })
})

describe('compressAll', () => {
  it('round-trips and shrinks a page', async () => {
    const body = Buffer.from('<p>ISO 27001 vs ISO 27701</p>'.repeat(200))
    const { gzip, br } = await compressAll(body)
    expect(gunzipSync(gzip).equals(body)).toBe(true)
    expect(brotliDecompressSync(br).equals(body)).toBe(true)
    expect(br.length).toBeLessThan(body.length / 10)
  })
})

describe('isCompressible', () => {
  it('covers text, JSON, XML and SVG, not images or fonts', () => {
    for (const type of ['text/html; charset=utf-8', 'application/json', 'application/xml', 'image/svg+xml', 'text/css']) {
      expect(isCompressible(type)).toBe(true)
    }
    for (const type of ['image/png', 'font/woff2', undefined]) expect(isCompressible(type)).toBe(false)
  })
})
