/**
 * Sign-in hardening over the real REST handlers: lockout after repeated wrong passwords, the session
 * cookie's attributes, sessions that expire and end at logout. login-https.int.spec.ts covers the
 * same cookie when the CMS is served over HTTPS.
 */
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCK_MS, MAX_LOGIN_ATTEMPTS, SESSION_SECONDS } from '../src/collections/Users/auth'
import { createConfig } from '../src/config'
import type { User } from '../src/payload-types'
import { adapters, incomplete } from './helpers'
import { httpClient } from './http'
import type { HttpClient, HttpResponse } from './http'
import { cookieAttributes } from './cookies'

const PASSWORD = 'the-right-password-1'

describe('signing in (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('login') })
  let payload: Payload
  let http: HttpClient
  let admin: User

  const login = (email: string, password: string): Promise<HttpResponse> =>
    http.request('POST', '/api/users/login', { body: { email, password } })
  const tokenOf = (response: HttpResponse) => (response.body as { token: string }).token
  const me = async (token: string) => ((await http.request('GET', '/api/users/me', { token })).body as { user: User | null }).user

  async function account(email: string, role: 'admin' | 'editor' = 'editor'): Promise<User> {
    return payload.create({ collection: 'users', data: incomplete({ email, password: PASSWORD, role }) })
  }

  async function lockedUntil(user: User): Promise<number | null> {
    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    return stored.lockUntil ? new Date(stored.lockUntil).getTime() : null
  }

  beforeAll(async () => {
    payload = await getPayload({ config })
    payload.logger.level = 'fatal'
    http = httpClient(config)
    admin = await account('login-admin@example.test', 'admin')
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it(`locks an account after ${MAX_LOGIN_ATTEMPTS} wrong passwords, refusing even the right one until the lock ends`, async () => {
    const victim = await account('victim@example.test')
    const bystander = await account('bystander@example.test')
    for (let i = 1; i < MAX_LOGIN_ATTEMPTS; i++) expect((await login(victim.email, `wrong-${i}`)).status).toBe(401)
    expect(await lockedUntil(victim)).toBeNull()

    const before = Date.now()
    expect((await login(victim.email, 'wrong-last')).status).toBe(401)
    const until = await lockedUntil(victim)
    expect(until).toBeGreaterThanOrEqual(before + LOCK_MS - 1_000)
    expect(until).toBeLessThanOrEqual(Date.now() + LOCK_MS + 1_000)

    const refused = await login(victim.email, PASSWORD)
    expect(refused.status).toBe(401)
    expect(JSON.stringify(refused.body)).toMatch(/locked/i)
    expect(refused.headers.getSetCookie()).toEqual([])
    // The lock is the victim's alone.
    expect((await login(bystander.email, PASSWORD)).status).toBe(200)

    // Ten minutes later (the clock moved by rewriting the lock's end).
    await payload.db.updateOne({ collection: 'users', id: victim.id, data: { lockUntil: new Date(Date.now() - 1_000).toISOString() } })
    const after = await login(victim.email, PASSWORD)
    expect(after.status).toBe(200)
    expect(await me(tokenOf(after))).toMatchObject({ email: victim.email })
  })

  it('lets only admins lift a lock early', async () => {
    const locked = await account('locked@example.test')
    const editor = await account('unlocker@example.test')
    const editorToken = tokenOf(await login(editor.email, PASSWORD))
    const adminToken = tokenOf(await login(admin.email, PASSWORD))
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++) await login(locked.email, 'wrong-password')
    expect(await lockedUntil(locked)).not.toBeNull()

    const byEditor = await http.request('POST', '/api/users/unlock', { token: editorToken, body: { email: locked.email } })
    expect(byEditor.status).toBe(403)
    const byEditorGraphQL = await http.graphql(`mutation { unlockUser(email: "${locked.email}") }`, {}, { token: editorToken })
    expect(byEditorGraphQL.errors[0]?.extensions?.statusCode).toBe(403)
    expect((await login(locked.email, PASSWORD)).status).toBe(401)

    const byAdmin = await http.request('POST', '/api/users/unlock', { token: adminToken, body: { email: locked.email } })
    expect(byAdmin.status).toBe(200)
    expect((await login(locked.email, PASSWORD)).status).toBe(200)
  })

  it('sets an HttpOnly, SameSite=Lax session cookie that lives as long as the token (not Secure over http)', async () => {
    const before = Math.floor(Date.now() / 1000)
    const response = await login(admin.email, PASSWORD)
    expect(response.status).toBe(200)
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(1)
    const { name, attributes } = cookieAttributes(cookies[0]!)
    expect(name).toBe('payload-token')
    expect(attributes).toHaveProperty('httponly')
    expect(attributes.samesite?.toLowerCase()).toBe('lax')
    expect(attributes.path).toBe('/')
    expect(attributes).not.toHaveProperty('secure')

    const { iat, exp } = decodeJwt(tokenOf(response))
    expect(exp! - iat!).toBe(SESSION_SECONDS)
    expect(iat).toBeGreaterThanOrEqual(before)
    const expires = Date.parse(attributes.expires!) / 1000
    expect(Math.abs(expires - exp!)).toBeLessThanOrEqual(1)
  })

  it('refuses a token once it has expired, and any token after logout', async () => {
    const token = tokenOf(await login(admin.email, PASSWORD))
    expect(await me(token)).toMatchObject({ email: admin.email })

    // The same session and signature, only later: valid just before its expiry, refused just after.
    const claims = decodeJwt(token)
    const header = decodeProtectedHeader(token)
    const key = new TextEncoder().encode(payload.secret)
    const now = Math.floor(Date.now() / 1000)
    const resign = (iat: number) =>
      new SignJWT({ ...claims, iat, exp: iat + SESSION_SECONDS }).setProtectedHeader(header as { alg: string }).sign(key)
    expect(await me(await resign(now - SESSION_SECONDS + 60))).toMatchObject({ email: admin.email })
    expect(await me(await resign(now - SESSION_SECONDS - 1))).toBeNull()

    const logout = await http.request('POST', '/api/users/logout', { token })
    expect(logout.status).toBe(200)
    expect(await me(token)).toBeNull()
  })
})
