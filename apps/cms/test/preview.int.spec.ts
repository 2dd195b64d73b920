import { createHmac } from 'node:crypto'
import http from 'node:http'

import { createLocalReq, getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { Category, Comparison, Standard } from '../src/payload-types'
import {
  PREVIEW_HEADER,
  PREVIEW_LINK_TTL_SECONDS,
  linkMessage,
  readPreviewToken,
  signPreviewToken,
  verifyPreviewToken,
} from '../src/lib/preview'
import { pendingRevalidation, revalidateSite } from '../src/lib/revalidate-site'
import { freePort } from './global-setup'
import { adapters, incomplete, shutdown, standardData } from './helpers'

const SECRET = 'preview-test-secret-0123456789abcdef'
const SITE = 'https://site.example.test'

describe.each(adapters())('draft preview on $name', (adapter) => {
  let config: SanitizedConfig
  let payload: Payload
  const key = `preview-${adapter.name}-${Math.random().toString(36).slice(2)}`
  let category: Category
  let edited: Standard
  let partner: Standard
  let draftOnly: Standard
  let draftComparison: Comparison

  /** A real REST request through Payload's own router, as the site makes it. */
  async function rest(path: string, init: RequestInit = {}): Promise<Response> {
    return handleEndpoints({
      config,
      payloadInstanceCacheKey: key,
      request: new Request(`http://cms.test${path}`, init),
    })
  }

  async function shortNamesAndTaglines(token?: string): Promise<Record<string, string>> {
    const headers: Record<string, string> = token === undefined ? {} : { [PREVIEW_HEADER]: token }
    const response = await rest('/api/standards?draft=true&depth=0&limit=0&pagination=false', { headers })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { slug: string; tagline: string }[] }
    return Object.fromEntries(body.docs.map((d) => [d.slug, d.tagline]))
  }

  beforeAll(async () => {
    process.env.PREVIEW_SECRET = SECRET
    process.env.SITE_URL = SITE
    config = await createConfig({ databaseURI: adapter.databaseURI('preview') })
    payload = await getPayload({ config, key })
    const quiet = { disableRevalidate: true }
    category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' }, context: quiet })
    edited = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Preview Edited', category: category.id, tagline: 'Published tagline.' }),
      context: quiet,
    })
    await payload.update({
      collection: 'standards',
      id: edited.id,
      draft: true,
      data: { tagline: 'Draft tagline.', _status: 'draft' },
      context: quiet,
    })
    partner = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Preview Partner', category: category.id }),
      context: quiet,
    })
    draftOnly = await payload.create({
      collection: 'standards',
      draft: true,
      data: standardData({ shortName: 'Preview Unpublished', category: category.id, _status: 'draft', tagline: 'Never published.' }),
      context: quiet,
    })
    draftComparison = await payload.create({
      collection: 'comparisons',
      draft: true,
      data: { standardA: partner.id, standardB: edited.id, _status: 'draft' },
      context: quiet,
    })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('lets the site in draft mode read drafts with a valid token', async () => {
    expect(typeof edited.id).toBe(adapter.name === 'sqlite' ? 'number' : 'string')
    const seen = await shortNamesAndTaglines(signPreviewToken(SECRET))
    expect(seen).toMatchObject({
      'preview-edited': 'Draft tagline.',
      'preview-partner': 'A test standard.',
      'preview-unpublished': 'Never published.',
    })

    const response = await rest('/api/comparisons?draft=true&depth=0', { headers: { [PREVIEW_HEADER]: signPreviewToken(SECRET) } })
    const body = (await response.json()) as { docs: { id: unknown }[] }
    expect(body.docs.map((d) => String(d.id))).toEqual([String(draftComparison.id)])
  })

  it('shows only published content without a token, or with a wrong, expired or malformed one', async () => {
    const now = Math.floor(Date.now() / 1000)
    const refused = [
      undefined,
      signPreviewToken('some-other-secret-0123456789abcdef'),
      signPreviewToken(SECRET, 60, now - 120), // expired a minute ago
      signPreviewToken(SECRET, 24 * 60 * 60), // claims to live a day
      signPreviewToken(SECRET).replace(/.$/, (c) => (c === '0' ? '1' : '0')), // one character off
      signPreviewToken(SECRET).slice(0, -2), // signature cut short
      `${signPreviewToken(SECRET)}00`, // signature too long
      signPreviewToken(SECRET).toUpperCase(), // not lower-case hex
      signPreviewToken(SECRET).split('.')[0], // no signature
      'not-a-token',
      '',
    ]
    for (const token of refused) {
      const headers: Record<string, string> = token === undefined ? {} : { [PREVIEW_HEADER]: token }
      // Asking for drafts without the right to see them yields no draft content at all.
      const drafts = await shortNamesAndTaglines(token)
      expect(Object.values(drafts)).not.toContain('Draft tagline.')
      expect(drafts).not.toHaveProperty('preview-unpublished')
      const published = await rest('/api/standards?depth=0&limit=0&pagination=false', { headers })
      const body = (await published.json()) as { docs: { slug: string; tagline: string }[] }
      expect(Object.fromEntries(body.docs.map((d) => [d.slug, d.tagline]))).toEqual({
        'preview-edited': 'Published tagline.',
        'preview-partner': 'A test standard.',
      })
      const comparisons = await rest('/api/comparisons?draft=true&depth=0', { headers })
      expect(((await comparisons.json()) as { totalDocs: number }).totalDocs).toBe(0)
    }
    const byId = await rest(`/api/standards/${draftOnly.id}?draft=true`)
    expect(byId.status).toBe(404)
  })

  it('grants read access only: writes with a valid token are refused', async () => {
    const headers = { [PREVIEW_HEADER]: signPreviewToken(SECRET), 'Content-Type': 'application/json' }
    const patch = await rest(`/api/standards/${edited.id}`, { method: 'PATCH', headers, body: JSON.stringify({ tagline: 'Hijacked.' }) })
    expect(patch.status).toBe(403)
    const create = await rest('/api/standards', {
      method: 'POST',
      headers,
      body: JSON.stringify(standardData({ shortName: 'Sneaky', category: category.id })),
    })
    expect(create.status).toBe(403)
    const remove = await rest(`/api/comparisons/${draftComparison.id}`, { method: 'DELETE', headers })
    expect(remove.status).toBe(403)
    const stored = await payload.findByID({ collection: 'standards', id: edited.id, draft: true })
    expect(stored.tagline).toBe('Draft tagline.')
    expect(await payload.count({ collection: 'comparisons' })).toMatchObject({ totalDocs: 1 })
  })

  it('builds signed preview links to each document’s site path', async () => {
    const req = await createLocalReq({}, payload)
    const links = {
      standard: await payload.collections.standards.config.admin.preview?.(edited as never, { locale: 'en', req, token: null }),
      comparison: await payload.collections.comparisons.config.admin.preview?.(draftComparison as never, { locale: 'en', req, token: null }),
      article: await payload.collections.articles.config.admin.preview?.({ slug: 'some-article' }, { locale: 'en', req, token: null }),
    }
    const livePreviewURL = payload.collections.comparisons.config.admin.livePreview?.url
    expect(typeof livePreviewURL).toBe('function')
    const live =
      typeof livePreviewURL === 'function'
        ? await livePreviewURL({ data: { standardA: edited.id, standardB: { id: partner.id } }, req, payload, locale: { code: 'en', label: 'en' } })
        : null

    const expected = {
      standard: '/standards/preview-edited',
      // In the editor's order (standardA first), not the canonical one.
      comparison: '/compare/preview-partner-vs-preview-edited',
      article: '/articles/some-article',
    }
    for (const [kind, link] of Object.entries(links)) {
      expect(typeof link, kind).toBe('string')
      const url = new URL(link as string)
      expect(`${url.origin}${url.pathname}`).toBe(`${SITE}/api/preview`)
      const path = url.searchParams.get('path')
      const expires = Number(url.searchParams.get('expires'))
      expect(path).toBe(expected[kind as keyof typeof expected])
      const now = Date.now() / 1000
      expect(expires).toBeGreaterThan(now + PREVIEW_LINK_TTL_SECONDS / 2)
      expect(expires).toBeLessThanOrEqual(now + PREVIEW_LINK_TTL_SECONDS)
      // The editor asking is signed into the link when the request has one (the site records them).
      const user = url.searchParams.get('user') ?? ''
      expect(user).toBe(req.user ? String(req.user.id) : '')
      const sig = createHmac('sha256', SECRET).update(linkMessage(path as string, expires, user)).digest('hex')
      expect(url.searchParams.get('sig')).toBe(sig)
    }
    // The live preview follows the order in the form: here the edited standard first.
    expect(new URL(live as string).searchParams.get('path')).toBe('/compare/preview-edited-vs-preview-partner')

    // Nothing to show yet: no link.
    expect(await payload.collections.comparisons.config.admin.preview?.({ standardA: edited.id }, { locale: 'en', req, token: null })).toBeNull()
  })

  it('ends a preview when the editor who opened it logs out', async () => {
    await payload.create({
      collection: 'users',
      data: incomplete({ email: `preview-editor-${adapter.name}@example.test`, password: 'preview-editor-password-1', role: 'editor' }),
    })
    const login = await rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `preview-editor-${adapter.name}@example.test`, password: 'preview-editor-password-1' }),
    })
    expect(login.status).toBe(200)
    const jwt = ((await login.json()) as { token: string }).token
    const signedIn = { Authorization: `JWT ${jwt}` }

    // The admin's preview link names the editor and their sign-in session.
    const { user } = await payload.auth({ headers: new Headers(signedIn) })
    expect(user).toBeTruthy()
    const req = await createLocalReq({ user: user! }, payload)
    const link = new URL((await payload.collections.standards.config.admin.preview?.(edited as never, { locale: 'en', req, token: null })) as string)
    const editor = link.searchParams.get('user') ?? ''
    const session = link.searchParams.get('session') ?? ''
    expect(editor).toBe(String(user!.id))
    expect(session).toMatch(/^[0-9a-f-]{36}$/)
    const expires = Number(link.searchParams.get('expires'))
    const sig = createHmac('sha256', SECRET).update(linkMessage(link.searchParams.get('path')!, expires, editor, session)).digest('hex')
    expect(link.searchParams.get('sig')).toBe(sig)

    // The site names them in each draft-read token: drafts while the session is open.
    const token = () => signPreviewToken(SECRET, 60, undefined, editor, session)
    expect((await shortNamesAndTaglines(token()))['preview-edited']).toBe('Draft tagline.')
    const drafts = (t: string) => rest('/api/standards?draft=true&depth=0&limit=1', { headers: { [PREVIEW_HEADER]: t } })
    const crosswalk = (t: string) =>
      rest(`/api/crosswalk-data?standards=preview-edited&draft=true`, { headers: { [PREVIEW_HEADER]: t } })
    expect((await crosswalk(token())).status).toBe(200)
    // A session the editor never had, or another user's id with this session: refused outright.
    expect((await drafts(signPreviewToken(SECRET, 60, undefined, editor, '00000000-0000-4000-8000-000000000000'))).status).toBe(403)
    expect((await drafts(signPreviewToken(SECRET, 60, undefined, '424242', session))).status).toBe(403)
    // A token whose named session was changed without the secret is no token: published only.
    const forged = await shortNamesAndTaglines(token().replace(session, '00000000-0000-4000-8000-000000000000'))
    expect(Object.values(forged)).not.toContain('Draft tagline.')
    expect(forged).not.toHaveProperty('preview-unpublished')

    // Logout ends the session, and with it the preview.
    const logout = await rest('/api/users/logout', { method: 'POST', headers: signedIn })
    expect(logout.status).toBe(200)
    const refused = await drafts(token())
    expect(refused.status).toBe(403)
    expect((await crosswalk(token())).status).toBe(403)
    // Published content is unaffected: the same request without the token still answers.
    const published = await rest('/api/standards?depth=0&limit=0&pagination=false')
    expect(published.status).toBe(200)
    expect(((await published.json()) as { docs: { slug: string; tagline: string }[] }).docs.map((d) => d.tagline)).toContain('Published tagline.')
  })

  it('keeps the tags of a publish made while the site is down and delivers them once it is back', async () => {
    const port = await freePort()
    const site = `http://127.0.0.1:${port}`
    process.env.SITE_URL = site
    process.env.REVALIDATE_SECRET = 'queue-test-secret'

    // A bulk change (an import) while the site is down: more tags than one call carries.
    const bulk = Array.from({ length: 250 }, (_, i) => `article:bulk-${i}`)
    await revalidateSite({ payload, context: {}, tags: bulk })
    expect(await pendingRevalidation(payload)).toEqual(bulk)

    const doc = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Queued Publish', category: category.id }),
    })
    expect(doc._status).toBe('published')

    // The first attempt fails (nothing listens); the tags wait in the outbox.
    await until(async () => (await pendingRevalidation(payload)).includes('standard:queued-publish'), 'the tags to be queued')
    // A second change while the site is still down joins them.
    await revalidateSite({ payload, context: {}, tags: ['standards', 'site'] })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const queued = await pendingRevalidation(payload)
    expect(queued).toEqual(expect.arrayContaining(['site', 'standard:queued-publish', 'standards', ...bulk]))

    // The site comes up on that port afterwards.
    const received: string[][] = []
    const server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        if (req.url === '/api/revalidate' && req.headers.authorization === 'Bearer queue-test-secret') {
          received.push((JSON.parse(body) as { tags: string[] }).tags)
          res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
        } else res.writeHead(401).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      await until(async () => (await pendingRevalidation(payload)).length === 0, 'the outbox to drain', 20_000)
      expect(received.flat().sort()).toEqual([...new Set(queued)].sort())
    } finally {
      await new Promise((resolve) => server.close(resolve))
      process.env.SITE_URL = SITE
      delete process.env.REVALIDATE_SECRET
    }
  })
})

describe('draft-read tokens', () => {
  it('never accept a link signature as a token', () => {
    const expires = Math.floor(Date.now() / 1000) + 60
    const linkSig = createHmac('sha256', SECRET).update(linkMessage('/standards/x', expires)).digest('hex')
    expect(verifyPreviewToken(`${expires}.${linkSig}`, SECRET)).toBe(false)
    expect(verifyPreviewToken(signPreviewToken(SECRET), SECRET)).toBe(true)
  })

  it('name a session only as the signature covers it', () => {
    const now = Math.floor(Date.now() / 1000)
    const named = signPreviewToken(SECRET, 60, now, '7', '0b7c0d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e')
    expect(readPreviewToken(named, SECRET, now)).toEqual({ user: '7', session: '0b7c0d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })
    expect(readPreviewToken(signPreviewToken(SECRET, 60, now), SECRET, now)).toEqual({ user: '', session: '' })
    // The same signature under another user, or with the session left out, is refused.
    expect(readPreviewToken(named.replace('.7.', '.8.'), SECRET, now)).toBeNull()
    expect(readPreviewToken(named.replace(/\.7\.[^.]+\./, '.'), SECRET, now)).toBeNull()
    expect(readPreviewToken(`${named}.x`, SECRET, now)).toBeNull()
  })
})

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
