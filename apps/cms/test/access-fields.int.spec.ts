/**
 * What each role sees *inside* the documents it may read, over REST and GraphQL: no draft text in
 * anything a visitor gets (computed fields, populated relations, relation queries included), no
 * account secrets in any response, and no role an editor can give themself.
 */
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { Comparison, User } from '../src/payload-types'
import { adapters, incomplete, standardData } from './helpers'
import { httpClient } from './http'
import type { HttpClient } from './http'

/** Every piece of draft text below contains this; a visitor's response must never. */
const DRAFT = 'zqdraft'

describe('what each role sees of a document (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('access-fields') })
  let payload: Payload
  let http: HttpClient
  let admin: User
  let editor: User
  let adminToken: string
  let editorToken: string
  let withDraftStandard: Comparison
  let withDraftOnTop: Comparison

  async function login(email: string, password: string): Promise<string> {
    const response = await http.request('POST', '/api/users/login', { body: { email, password } })
    return (response.body as { token: string }).token
  }

  beforeAll(async () => {
    payload = await getPayload({ config })
    payload.logger.level = 'fatal'
    http = httpClient(config)
    admin = await payload.create({
      collection: 'users',
      data: incomplete({ email: 'fields-admin@example.test', password: 'admin-password-1' }),
    })
    editor = await payload.create({
      collection: 'users',
      data: incomplete({ email: 'fields-editor@example.test', password: 'editor-password-1' }),
    })
    adminToken = await login('fields-admin@example.test', 'admin-password-1')
    editorToken = await login('fields-editor@example.test', 'editor-password-1')

    const category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    const scope = await payload.create({ collection: 'aspects', data: incomplete({ name: 'Scope', order: 1 }) })
    const aspect = (value: string) => [{ aspect: scope.id, value }]
    const published = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Plainly Public', category: category.id, aspectValues: aspect('Public scope.') }),
    })
    // Never published.
    const draftOnly = await payload.create({
      collection: 'standards',
      draft: true,
      data: standardData({
        shortName: `Zanzibar ${DRAFT}`,
        tagline: `A ${DRAFT} tagline.`,
        category: category.id,
        aspectValues: aspect(`The ${DRAFT} scope.`),
        _status: 'draft',
      }),
    })
    // Published, then an unpublished edit on top.
    const second = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Second Public', category: category.id, aspectValues: aspect('Second scope.') }),
    })
    await payload.update({
      collection: 'standards',
      id: second.id,
      draft: true,
      data: { shortName: `Renamed ${DRAFT}`, tagline: `Next ${DRAFT} tagline.`, aspectValues: aspect(`Next ${DRAFT} scope.`), _status: 'draft' },
    })

    // Published comparisons whose editors overrode the verdict and one aspect: the CMS records the
    // generated text they replaced, which it computes from the latest drafts.
    const overridden = (b: number) =>
      incomplete({
        standardA: published.id,
        standardB: b,
        verdict: 'The editors’ verdict.',
        aspectOverrides: [{ aspect: scope.id, side: 'b', value: 'The editors’ scope.' }],
        _status: 'published',
      })
    withDraftStandard = await payload.create({ collection: 'comparisons', data: overridden(draftOnly.id) })
    withDraftOnTop = await payload.create({ collection: 'comparisons', data: overridden(second.id) })
    await payload.create({
      collection: 'articles',
      data: incomplete({ title: 'About them', summary: 'Both.', standards: [draftOnly.id, second.id], _status: 'published' }),
    })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('records draft text in the comparisons for editors (else the checks below prove nothing)', async () => {
    const response = await http.request('GET', `/api/comparisons/${withDraftStandard.id}?depth=0`, { token: editorToken })
    expect(response.status).toBe(200)
    const doc = response.body as Comparison
    expect(doc.title).toBe(`Plainly Public vs Zanzibar ${DRAFT}`)
    expect(doc.aspectOverrides?.[0]?.basis).toBe(`The ${DRAFT} scope.`)
    expect(doc.verdictBasis).toEqual(expect.any(String))
    const onTop = await http.request('GET', `/api/comparisons/${withDraftOnTop.id}?depth=0`, { token: editorToken })
    expect((onTop.body as Comparison).aspectOverrides?.[0]?.basis).toBe(`Next ${DRAFT} scope.`)
  })

  it.each([
    '/api/comparisons?depth=0',
    '/api/comparisons?depth=2',
    '/api/comparisons?depth=2&draft=true',
    '/api/articles?depth=2',
    '/api/articles?depth=2&draft=true',
    '/api/standards?depth=2',
    '/api/standards?depth=2&draft=true',
  ])('gives visitors no draft text: REST %s', async (path) => {
    const response = await http.request('GET', path)
    expect(response.status).toBe(200)
    expect((response.body as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
    expect(JSON.stringify(response.body)).not.toContain(DRAFT)
  })

  it.each([
    '{ Comparisons(draft: true) { docs { id title summary verdict verdictBasis pairKey aspectOverrides { value basis } standardA { shortName tagline } standardB { shortName tagline } } } }',
    '{ Articles(draft: true) { docs { title standards { shortName tagline aspectValues { value } } } } }',
    '{ Standards(draft: true) { docs { shortName tagline aspectValues { value } } } }',
  ])('gives visitors no draft text: GraphQL %s', async (query) => {
    const response = await http.graphql(query)
    expect(response.errors).toEqual([])
    const docs = Object.values(response.data ?? {}).flatMap((list) => (list as { docs: unknown[] }).docs)
    expect(docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(response.data)).not.toContain(DRAFT)
  })

  it('answers visitors’ queries about draft text as if it did not exist', async () => {
    for (const query of [
      `where[title][like]=${DRAFT}`,
      `where[verdictBasis][like]=${DRAFT}`,
      `where[aspectOverrides.basis][like]=${DRAFT}`,
      `where[standardB.shortName][like]=${DRAFT}`,
      'where[standardB._status][equals]=draft',
    ]) {
      const response = await http.request('GET', `/api/comparisons?${query}`)
      // Refused (a field visitors may not read: "cannot be queried") or nothing found: either way, no answer.
      if (response.status === 200) expect((response.body as { totalDocs: number }).totalDocs, query).toBe(0)
      else expect(response.status, query).toBe(400)
    }
  })

  it('lets an editor edit their own profile but never their role', async () => {
    const rest = await http.request('PATCH', `/api/users/${editor.id}`, { token: editorToken, body: { name: 'Ed', role: 'admin' } })
    expect(rest.status).toBe(200)
    const graphql = await http.graphql(
      `mutation { updateUser(id: ${editor.id}, data: { name: "Eddie", role: admin }) { name role } }`,
      {},
      { token: editorToken },
    )
    expect(graphql.data?.updateUser).toEqual({ name: 'Eddie', role: 'editor' })
    expect(await payload.findByID({ collection: 'users', id: editor.id })).toMatchObject({ name: 'Eddie', role: 'editor' })
    // Still an editor to the access rules too (the role is in the token).
    const create = await http.request('POST', '/api/users', {
      token: editorToken,
      body: { email: 'promoted@example.test', password: 'a-password-123', role: 'admin' },
    })
    expect(create.status).toBe(403)
  })

  it('never sends password hashes, reset tokens or lockout counters', async () => {
    // Give the editor's account a reset token and a failed attempt, so there is something to leak.
    await http.request('POST', '/api/users/forgot-password', { body: { email: editor.email } })
    await http.request('POST', '/api/users/login', { body: { email: editor.email, password: 'wrong-password-1' } })
    const stored = await payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    const secrets = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts'] as const
    for (const secret of secrets) expect(stored[secret], secret).toBeTruthy()

    const responses = [
      await http.request('GET', '/api/users?limit=100', { token: adminToken }),
      await http.request('GET', `/api/users/${editor.id}`, { token: adminToken }),
      await http.request('GET', '/api/users/me', { token: editorToken }),
      await http.request('POST', '/api/users/login', { body: { email: editor.email, password: 'editor-password-1' } }),
    ]
    for (const response of responses) {
      expect(response.status).toBe(200)
      const text = JSON.stringify(response.body)
      for (const secret of secrets) {
        expect(text).not.toContain(`"${secret}":`)
      }
      for (const secret of ['hash', 'salt', 'resetPasswordToken'] as const) expect(text).not.toContain(stored[secret])
    }
    const graphql = await http.graphql(`{ Users { docs { id ${secrets.join(' ')} } } }`, {}, { token: adminToken })
    const docs = (graphql.data?.Users as { docs: Record<string, unknown>[] }).docs
    expect(docs.map((doc) => String(doc.id))).toContain(String(editor.id))
    for (const doc of docs) for (const secret of secrets) expect(doc[secret], secret).toBeNull()
  })

  it('tells visitors nothing about accounts', async () => {
    expect((await http.request('GET', '/api/users/me')).body).toMatchObject({ user: null })
    expect((await http.graphql('{ meUser { user { email } } }')).data).toEqual({ meUser: { user: null } })
    expect((await http.request('GET', '/api/users?where[email][like]=admin')).status).toBe(403)
    expect((await http.graphql('{ countUsers { totalDocs } }')).errors[0]?.extensions?.statusCode).toBe(403)
    // create-first-user is closed once a user exists.
    const register = await http.request('POST', '/api/users/first-register', {
      body: { email: 'intruder@example.test', password: 'intruder-password-1', confirmPassword: 'intruder-password-1' },
    })
    expect(register.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'intruder@example.test' } } })).totalDocs).toBe(0)
    // The same answer whether or not an account exists.
    const unknown = await http.request('POST', '/api/users/login', { body: { email: 'nobody@example.test', password: 'wrong-password-1' } })
    const known = await http.request('POST', '/api/users/login', { body: { email: admin.email, password: 'wrong-password-1' } })
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    const forgotUnknown = await http.request('POST', '/api/users/forgot-password', { body: { email: 'nobody@example.test' } })
    const forgotKnown = await http.request('POST', '/api/users/forgot-password', { body: { email: editor.email } })
    expect([forgotUnknown.status, forgotUnknown.body]).toEqual([forgotKnown.status, forgotKnown.body])
  })
})
