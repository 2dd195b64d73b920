/**
 * Issue 14 (security round 2), the CMS half: what an attacker's probe found, over REST and GraphQL
 * as Payload's own route handlers answer them (test/http.ts).
 */
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import { ANONYMOUS_LIMITS } from '../src/lib/anonymous-limits'
import { adapters, incomplete, standardData } from './helpers'
import { httpClient } from './http'
import type { HttpClient } from './http'

describe('security round 2 (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('security-round2') })
  let payload: Payload
  let http: HttpClient
  let token: string

  beforeAll(async () => {
    payload = await getPayload({ config })
    payload.logger.level = 'fatal'
    http = httpClient(config)
    await payload.create({ collection: 'users', data: incomplete({ email: 'round2-admin@example.test', password: 'round2-admin-Password-1' }) })
    const login = await http.request('POST', '/api/users/login', { body: { email: 'round2-admin@example.test', password: 'round2-admin-Password-1' } })
    token = (login.body as { token: string }).token
    const category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    await payload.create({ collection: 'standards', data: standardData({ shortName: 'ISO 27001', category: category.id }) })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  const message = (body: unknown) => (body as { errors?: { message?: string }[] }).errors?.[0]?.message ?? ''

  it.each([
    '/api/standards?where[shortName][all][0]=a',
    '/api/categories?where[name][all][0]=a',
    '/api/comparisons?where[pairKey][all]=a',
    '/api/standards?where[editionYear][like]=20',
    '/api/standards?where[shortName][in][0][x]=a',
    '/api/articles?where[title][equals][0]=a&where[title][equals][1]=b',
  ])('answers a malformed where with a 4xx and a message, never a 500: %s', async (path) => {
    const response = await http.request('GET', path)
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(message(response.body)).not.toMatch(/^(An unknown error occurred\.|Something went wrong\.)?$/)
  })

  it('answers the same through GraphQL with a client error', async () => {
    const response = await http.graphql('{ Standards(where: { shortName: { all: ["a"] } }) { totalDocs } }')
    expect(response.errors.length).toBeGreaterThan(0)
    expect(response.errors[0]?.extensions?.statusCode ?? 400).toBeLessThan(500)
    expect(response.errors[0]?.message).not.toBe('Something went wrong.')
  })

  it('answers an anonymous Access query without an error', async () => {
    const response = await http.graphql('{ Access { canAccessAdmin } }')
    expect(response.errors).toEqual([])
    expect(response.data).toEqual({ Access: { canAccessAdmin: false } })
  })

  it('caps anonymous reads: limit and depth, REST and GraphQL; editors keep the defaults', async () => {
    const tooMany = await http.request('GET', `/api/standards?limit=${ANONYMOUS_LIMITS.limit + 1}`)
    expect(tooMany.status).toBe(400)
    expect(message(tooMany.body)).toMatch(/at most 100/)
    const everything = await http.request('GET', '/api/standards?limit=0&depth=1')
    expect(everything.status).toBe(400)
    const tooDeep = await http.request('GET', `/api/standards?depth=${ANONYMOUS_LIMITS.depth + 1}`)
    expect(tooDeep.status).toBe(400)
    expect(message(tooDeep.body)).toMatch(/depth/)
    // What the site asks for: whole lists, relations as ids.
    expect((await http.request('GET', '/api/standards?depth=0&pagination=false&limit=0')).status).toBe(200)
    expect((await http.request('GET', '/api/standards?limit=100&depth=2')).status).toBe(200)
    expect((await http.request('GET', '/api/standards?limit=0&depth=3', { token })).status).toBe(200)

    const gql = await http.graphql('{ Standards(limit: 101) { totalDocs } }')
    expect(gql.errors[0]?.extensions?.statusCode).toBe(400)
    expect((await http.graphql('{ Standards(limit: 101) { totalDocs } }', {}, { token })).errors).toEqual([])
  })

  it('suggests no field names', async () => {
    const response = await http.graphql('{ Users { docs { emial } } }')
    expect(response.errors[0]?.message).toMatch(/Cannot query field "emial"/)
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/)
  })

  it('refuses short and common passwords', async () => {
    for (const password of ['short-pw-1', 'password1234', 'iloveyou12345', 'qwertyuiop12']) {
      const response = await http.request('POST', '/api/users', { token, body: { email: `weak-${password}@example.test`, password, role: 'editor' } })
      expect(response.status, password).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/at least 12 characters|too easy to guess/)
    }
    const strong = await http.request('POST', '/api/users', { token, body: { email: 'strong@example.test', password: 'lantern-ochre-velvet-9', role: 'editor' } })
    expect(strong.status).toBe(201)
  })

  it('needs the current password to change one’s own', async () => {
    const editor = await payload.create({ collection: 'users', data: incomplete({ email: 'self@example.test', password: 'harbour-quiet-maple-4', role: 'editor' }) })
    const login = await http.request('POST', '/api/users/login', { body: { email: editor.email, password: 'harbour-quiet-maple-4' } })
    const own = (login.body as { token: string }).token
    const without = await http.request('PATCH', `/api/users/${editor.id}`, { token: own, body: { password: 'granite-swift-otter-7' } })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toMatch(/current password/)
    const wrong = await http.request('PATCH', `/api/users/${editor.id}`, { token: own, body: { password: 'granite-swift-otter-7', currentPassword: 'not-it-at-all-1' } })
    expect(wrong.status).toBe(400)
    const right = await http.request('PATCH', `/api/users/${editor.id}`, { token: own, body: { password: 'granite-swift-otter-7', currentPassword: 'harbour-quiet-maple-4' } })
    expect(right.status).toBe(200)
    expect((await http.request('POST', '/api/users/login', { body: { email: editor.email, password: 'granite-swift-otter-7' } })).status).toBe(200)
    // An admin resets someone else's password without knowing theirs.
    const byAdmin = await http.request('PATCH', `/api/users/${editor.id}`, { token, body: { password: 'copper-meadow-drift-2' } })
    expect(byAdmin.status).toBe(200)
  })

  it('answers a create whose array rows carry another document’s row ids with a 400, leaving nothing behind', async () => {
    const source = await http.request('GET', '/api/standards?depth=0&limit=1', { token })
    const original = (source.body as { docs: { id: number; keyFeatures: { id: string; text: string }[]; sources: { id: string }[]; category: number }[] }).docs[0]!
    const before = await payload.count({ collection: 'standards', draft: true } as never)
    const copy = {
      shortName: 'Copied rows',
      slug: 'copied-rows',
      category: original.category,
      _status: 'draft',
      keyFeatures: original.keyFeatures.map((row) => ({ id: row.id, text: `copy of ${row.text}` })),
      sources: original.sources,
    }
    const response = await http.request('POST', '/api/standards?draft=true', { token, body: copy })
    expect((await payload.count({ collection: 'standards', draft: true } as never)).totalDocs).toBe(before.totalDocs)
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    // The slug is still free: the same document without the copied ids saves.
    const clean = { ...copy, keyFeatures: copy.keyFeatures.map(({ text }) => ({ text })), sources: copy.sources.map(({ id: _id, ...row }) => row) }
    expect((await http.request('POST', '/api/standards?draft=true', { token, body: clean })).status).toBe(201)
  })
})
