import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, inlineScriptHashes, needsRuntime, withoutRuntime } from './html.mjs'

const page = (body = '') =>
  [
    '<!DOCTYPE html><html><head>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '</head><body>',
    '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
    body,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"x\\u003c/script>"])</script>',
    '</body></html>',
  ].join('')

describe('needsRuntime', () => {
  it('is true only when something on the page is marked as an island', () => {
    expect(needsRuntime(page('<p>Static</p>'))).toBe(false)
    expect(needsRuntime(page('<template data-island="instant-filter"></template>'))).toBe(true)
    expect(needsRuntime(page('<button data-island="retry">Try again</button>'))).toBe(true)
    // Next's error shell is drawn by the runtime from its payload.
    expect(needsRuntime('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>')).toBe(true)
    // Text that merely mentions the attribute is not a marker.
    expect(needsRuntime(page('<p>data-island</p>'))).toBe(false)
  })
})

describe('withoutRuntime', () => {
  const stripped = withoutRuntime(page('<p>Static</p>'))

  it('drops every executable script and script preload', () => {
    expect(stripped).not.toMatch(/<script(?![^>]*ld\+json)/)
    expect(stripped).not.toContain('as="script"')
    expect(stripped).not.toContain('modulepreload')
  })

  it('keeps the content, the stylesheet and JSON-LD data blocks', () => {
    expect(stripped).toContain('<p>Static</p>')
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"FAQPage"}</script>')
  })

  it('leaves a page without scripts unchanged', () => {
    expect(withoutRuntime(stripped)).toBe(stripped)
  })
})

describe('inlineScriptHashes', () => {
  it('hashes each executable inline script once, not external or data scripts', () => {
    const hashes = inlineScriptHashes(page() + '<script>(self.__next_f=self.__next_f||[]).push([0])</script>')
    const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(hashes).toEqual([sha('(self.__next_f=self.__next_f||[]).push([0])'), sha('self.__next_f.push([1,"x\\u003c/script>"])')])
  })

  it('finds nothing on a page without inline scripts', () => {
    expect(inlineScriptHashes(withoutRuntime(page()))).toEqual([])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and the listed hashes only', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] })
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc='")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
  })

  it('lets the CMS frame and reach an editor preview', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [], frameAncestors: 'https://cms.example', connect: ['https://cms.example'] })
    expect(policy).toContain('frame-ancestors https://cms.example')
    expect(policy).toContain("connect-src 'self' https://cms.example")
  })
})
