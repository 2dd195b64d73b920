import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { isRedirectError } from 'next/dist/client/components/redirect-error'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** The cookies the route sets (name → value and options), and what a request sends. */
const jar = new Map<string, { value: string; options: Record<string, unknown> }>()
/** The request headers a render sees. */
const requestHeaders = new Headers()
vi.mock('next/headers', () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)?.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => jar.set(name, { value, options }),
    delete: (arg: string | { name: string }) => jar.delete(typeof arg === 'string' ? arg : arg.name),
  }),
  // No draftMode: the site never turns Next's draft mode on (lib/cms/draft.ts), and an import of it
  // fails here.
}))

const { GET } = await import('./route')
const { GET: exitPreview } = await import('../exit-preview/route')
const { asDraft, draftPath, draftRequest, draftToken, isDraft, signPreviewLink } = await import('@/lib/cms/draft')
const { signDraftSession, verifyDraftSession } = await import('@/lib/cms/draft-session')
const { cmsFetch } = await import('@/lib/cms/fetch')

const SECRET = 'preview-secret-0123456789abcdef'
const now = () => Math.floor(Date.now() / 1000)

/** What the CMS signs (apps/cms/src/lib/preview.ts), written out independently. */
function cmsLink(path: string, expires: number, secret = SECRET): string {
  const sig = createHmac('sha256', secret).update(`versus-preview-link\n${path}\n${expires}`).digest('hex')
  return `http://localhost:3000/api/preview?${new URLSearchParams({ path, expires: String(expires), sig })}`
}

/** Runs a route that ends in redirect(): the redirect target, or the response when it answered instead. */
async function run(handler: (request: Request) => Promise<Response>, request: Request): Promise<{ location: string } | Response> {
  try {
    return await handler(request)
  } catch (error) {
    if (!isRedirectError(error)) throw error
    return { location: getURLFromRedirectError(error) }
  }
}

describe('GET /api/preview', () => {
  beforeEach(() => {
    vi.stubEnv('PREVIEW_SECRET', SECRET)
    jar.clear()
  })
  afterEach(() => vi.unstubAllEnvs())

  it("sets our session, never Next's draft-mode cookie, and redirects to the path for a valid link", async () => {
    const result = await run(GET, new Request(cmsLink('/compare/iso-27001-vs-soc-2', now() + 600)))
    expect(result).toEqual({ location: '/compare/iso-27001-vs-soc-2' })
    expect([...jar.keys()]).toEqual(['versus_draft'])
  })

  it('sets our own session cookie: signed, HttpOnly, SameSite=Lax, for the whole site, ending with the link', async () => {
    const expires = now() + 600
    await run(GET, new Request(cmsLink('/standards/iso-9001', expires)))
    const cookie = jar.get('versus_draft')
    expect(cookie?.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: expect.any(Number) })
    expect(cookie?.options.maxAge).toBeGreaterThan(590)
    expect(cookie?.options.maxAge).toBeLessThanOrEqual(600)
    expect(verifyDraftSession(cookie?.value, SECRET)).toEqual({ sub: '', sid: '', jti: expect.any(String), exp: expires })
    // Secure over https.
    await run(GET, new Request(cmsLink('/standards/iso-9001', expires).replace('http://', 'https://')))
    expect(jar.get('versus_draft')?.options.secure).toBe(true)
  })

  it('names the editor the CMS signed into the link, and refuses a link whose editor was changed', async () => {
    const link = `http://localhost:3000${signPreviewLink('/standards/iso-9001', SECRET, now() + 600, '17')}`
    expect(await run(GET, new Request(link))).toEqual({ location: '/standards/iso-9001' })
    expect(verifyDraftSession(jar.get('versus_draft')?.value, SECRET)?.sub).toBe('17')
    jar.clear()
    const changed = (await run(GET, new Request(link.replace('user=17', 'user=18')))) as Response
    expect(changed.status).toBe(401)
    expect(jar.has('versus_draft')).toBe(false)
    const added = (await run(GET, new Request(`${cmsLink('/standards/iso-9001', now() + 600)}&user=17`))) as Response
    expect(added.status).toBe(401)
    const bad = (await run(GET, new Request(`${cmsLink('/standards/iso-9001', now() + 600)}&user=a%20b`))) as Response
    expect(bad.status).toBe(400)
  })

  it("keeps the editor's CMS session the link names, and refuses a link whose session was changed", async () => {
    const sid = '0b7c0d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e'
    const expires = now() + 600
    // Written out as the CMS signs it (apps/cms/src/lib/preview.ts).
    const sig = createHmac('sha256', SECRET).update(`versus-preview-link\n/standards/iso-9001\n${expires}\n17\n${sid}`).digest('hex')
    const link = `http://localhost:3000/api/preview?${new URLSearchParams({ path: '/standards/iso-9001', expires: String(expires), user: '17', session: sid, sig })}`
    expect(link).toBe(`http://localhost:3000${signPreviewLink('/standards/iso-9001', SECRET, expires, '17', sid)}`)
    expect(await run(GET, new Request(link))).toEqual({ location: '/standards/iso-9001' })
    expect(verifyDraftSession(jar.get('versus_draft')?.value, SECRET)).toMatchObject({ sub: '17', sid })
    jar.clear()
    const changed = (await run(GET, new Request(link.replace(sid, '00000000-0000-4000-8000-000000000000')))) as Response
    expect(changed.status).toBe(401)
    const dropped = (await run(GET, new Request(link.replace(`&session=${sid}`, '')))) as Response
    expect(dropped.status).toBe(401)
    const withoutUser = (await run(GET, new Request(link.replace('user=17&', '')))) as Response
    expect(withoutUser.status).toBe(400)
    expect(jar.has('versus_draft')).toBe(false)
  })

  it('accepts the links its own signer makes (the format the CMS uses)', async () => {
    const result = await run(GET, new Request(`http://localhost:3000${signPreviewLink('/standards/iso-9001', SECRET)}`))
    expect(result).toEqual({ location: '/standards/iso-9001' })
  })

  it.each([
    ['a signature made with another secret', cmsLink('/standards/iso-9001', now() + 600, 'another-secret-0123456789abcdef')],
    ['a signature for another path', cmsLink('/standards/iso-9001', now() + 600).replace('iso-9001', 'gdpr')],
    ['a missing signature', cmsLink('/standards/iso-9001', now() + 600).replace(/&sig=[0-9a-f]+/, '')],
    ['a truncated signature', cmsLink('/standards/iso-9001', now() + 600).slice(0, -2)],
    ['a signature too long', `${cmsLink('/standards/iso-9001', now() + 600)}00`],
    ['a signature of the right length that is not hex', cmsLink('/standards/iso-9001', now() + 600).replace(/sig=[0-9a-f]+/, `sig=${'z'.repeat(64)}`)],
    ['an upper-case signature', cmsLink('/standards/iso-9001', now() + 600).replace(/sig=([0-9a-f]+)/, (_m, sig: string) => `sig=${sig.toUpperCase()}`)],
  ])('answers 401 for %s, and sets no cookie', async (_label, url) => {
    const result = await run(GET, new Request(url))
    expect(result).toBeInstanceOf(Response)
    expect((result as Response).status).toBe(401)
    expect(jar.size).toBe(0)
  })

  it('answers 401 for a link without an expiry', async () => {
    const url = cmsLink('/standards/iso-9001', now() + 600).replace(/&expires=\d+/, '')
    const result = (await run(GET, new Request(url))) as Response
    expect(result.status).toBe(401)
    expect(jar.size).toBe(0)
  })

  it.each([
    ['an expired link', now() - 1],
    ['a link claiming to live more than an hour', now() + 2 * 60 * 60],
  ])('answers 401 for %s, even when correctly signed', async (_label, expires) => {
    const result = (await run(GET, new Request(cmsLink('/standards/iso-9001', expires)))) as Response
    expect(result.status).toBe(401)
    expect(await result.json()).toEqual({ error: 'the preview link has expired' })
    expect(jar.size).toBe(0)
  })

  it.each([
    ['an absolute URL', 'https://evil.example/standards/iso-9001'],
    ['a protocol-relative URL', '//evil.example/standards'],
    ['a backslash trick', '/\\evil.example'],
    ['a relative path without a slash', 'standards/iso-9001'],
    ['a path with a newline', '/standards/x\nSet-Cookie: a=b'],
    ['a path with dot segments', '/standards/../../etc/passwd'],
  ])('answers 400 for %s, even when correctly signed', async (_label, path) => {
    const result = (await run(GET, new Request(cmsLink(path, now() + 600)))) as Response
    expect(result.status).toBe(400)
    expect(jar.size).toBe(0)
  })

  it('answers 503 when previews are not configured', async () => {
    vi.stubEnv('PREVIEW_SECRET', '')
    const result = (await run(GET, new Request(cmsLink('/standards/iso-9001', now() + 600)))) as Response
    expect(result.status).toBe(503)
  })
})

describe('GET /api/exit-preview', () => {
  it("clears our session, and Next's cookies from an older build, and returns to the same-origin page the editor was on", async () => {
    const request = new Request('http://localhost:3000/api/exit-preview', {
      headers: { referer: 'http://localhost:3000/compare/gdpr-vs-iso-27001' },
    })
    jar.set('versus_draft', { value: signDraftSession(SECRET, '', now() + 600).token, options: {} })
    jar.set('__prerender_bypass', { value: 'old-build-id', options: {} })
    jar.set('theme', { value: 'dark', options: {} })
    expect(await run(exitPreview, request)).toEqual({ location: '/compare/gdpr-vs-iso-27001' })
    expect([...jar.keys()]).toEqual(['theme'])
  })

  it('ends the session itself: a copy of the cookie replayed afterwards opens no preview', async () => {
    vi.stubEnv('PREVIEW_SECRET', SECRET)
    const copy = signDraftSession(SECRET, '7', now() + 600).token
    jar.set('versus_draft', { value: copy, options: {} })
    expect(await asDraft(async () => isDraft())).toBe(true)
    await run(exitPreview, new Request('http://localhost:3000/api/exit-preview'))
    jar.set('versus_draft', { value: copy, options: {} })
    expect(await asDraft(async () => isDraft())).toBe(false)
    // Another session of the same editor is not affected.
    jar.set('versus_draft', { value: signDraftSession(SECRET, '7', now() + 600).token, options: {} })
    expect(await asDraft(async () => isDraft())).toBe(true)
    vi.unstubAllEnvs()
  })

  it('goes home rather than to another site', async () => {
    const request = new Request('http://localhost:3000/api/exit-preview?path=//evil.example', {
      headers: { referer: 'https://evil.example/page' },
    })
    expect(await run(exitPreview, request)).toEqual({ location: '/' })
  })
})

describe('draft requests to the CMS', () => {
  beforeEach(() => vi.stubEnv('PREVIEW_SECRET', SECRET))
  afterEach(() => vi.unstubAllEnvs())

  it('ask for drafts instead of published documents', () => {
    expect(draftPath('/api/standards?depth=1&where%5B_status%5D%5Bequals%5D=published&sort=slug')).toBe(
      '/api/standards?depth=1&sort=slug&draft=true',
    )
    expect(draftPath('/api/comparisons?where[and][0][_status][equals]=published&where[and][1][pairKey][equals]=1:2')).toBe(
      '/api/comparisons?where%5Band%5D%5B1%5D%5BpairKey%5D%5Bequals%5D=1%3A2&draft=true',
    )
    expect(draftPath('/api/globals/site')).toBe('/api/globals/site?draft=true')
  })

  it('are made only in a preview page\'s data load, with our session there, valid and unexpired', async () => {
    jar.clear()
    const inPreview = () => asDraft(async () => ({ draft: await isDraft(), request: await draftRequest('/api/standards') }))
    expect(await inPreview()).toEqual({ draft: false, request: null })
    jar.set('versus_draft', { value: signDraftSession(SECRET, '', now() - 1, now() - 600).token, options: {} })
    expect(await inPreview()).toEqual({ draft: false, request: null })
    jar.set('versus_draft', { value: signDraftSession('another-secret-0123456789abcdef', '', now() + 600).token, options: {} })
    expect(await inPreview()).toEqual({ draft: false, request: null })
    jar.set('versus_draft', { value: signDraftSession(SECRET, '', now() + 600).token, options: {} })
    expect((await inPreview()).draft).toBe(true)
    // The same valid session outside asDraft (every page but those under app/draft): published.
    expect(await isDraft()).toBe(false)
    expect(await draftRequest('/api/standards')).toBeNull()
  })

  it('carry a fresh signed token', async () => {
    jar.set('versus_draft', { value: signDraftSession(SECRET, '', now() + 600).token, options: {} })
    const request = await asDraft(() => draftRequest('/api/standards?where[_status][equals]=published'))
    expect(request?.path).toBe('/api/standards?draft=true')
    const token = request?.headers['x-versus-preview'] ?? ''
    const [expires, sig] = token.split('.')
    expect(Number(expires)).toBeGreaterThan(now())
    expect(Number(expires)).toBeLessThanOrEqual(now() + 300)
    expect(sig).toBe(createHmac('sha256', SECRET).update(`versus-draft-read\n${expires}`).digest('hex'))
    expect(draftToken(SECRET, 1000)).toBe(`1060.${createHmac('sha256', SECRET).update('versus-draft-read\n1060').digest('hex')}`)
  })

  it("name the editor's CMS session, so the CMS refuses them once the editor has logged out", async () => {
    const sid = '0b7c0d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e'
    jar.set('versus_draft', { value: signDraftSession(SECRET, '17', now() + 600, now(), sid).token, options: {} })
    const token = (await asDraft(() => draftRequest('/api/standards')))?.headers['x-versus-preview'] ?? ''
    const [expires, user, session, sig] = token.split('.')
    expect([user, session]).toEqual(['17', sid])
    expect(sig).toBe(createHmac('sha256', SECRET).update(`versus-draft-read\n${expires}\n17\n${sid}`).digest('hex'))
  })

  it('end the preview when the CMS refuses them: back to the address previewed, through exit-preview', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"errors":[{"message":"You are not allowed to perform this action."}]}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    vi.stubEnv('CMS_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    jar.set('versus_draft', { value: signDraftSession(SECRET, '17', now() + 600, now(), 'a-session').token, options: {} })
    requestHeaders.set('x-versus-draft-path', '/compare/gdpr-vs-nis2?x=1')
    try {
      expect(await run(() => asDraft(() => cmsFetch('/api/standards', ['standards'])) as never, new Request('http://localhost:3000/'))).toEqual({
        location: '/api/exit-preview?path=%2Fcompare%2Fgdpr-vs-nis2%3Fx%3D1',
      })
      // Outside a preview the same answer is a CMS error, not an exit.
      await expect(cmsFetch('/api/standards', ['standards'])).rejects.toThrow('CMS answered 403')
    } finally {
      requestHeaders.delete('x-versus-draft-path')
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
