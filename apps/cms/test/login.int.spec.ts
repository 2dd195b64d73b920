/**
 * Sign-in hardening over the real REST handlers: throttling per client (no lockout anyone can
 * trigger), the same answer for unknown and known accounts, the session
 * cookie's attributes, sessions that expire and end at logout. login-https.int.spec.ts covers the
 * same cookie when the CMS is served over HTTPS.
 */
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCK_MS, MAX_LOGIN_ATTEMPTS, SESSION_SECONDS } from '../src/collections/Users/auth'
import { FORGOT_PASSWORD_FLOOR_MS } from '../src/collections/Users/hooks/throttleLogin'
import { LOGIN_LIMITS } from '../src/lib/login-throttle'
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

  const loginFrom = (client: string, email: string, password: string): Promise<HttpResponse> =>
    http.request('POST', '/api/users/login', { body: { email, password }, headers: { 'x-forwarded-for': client } })
  const message = (response: HttpResponse) => (response.body as { errors?: { message?: string }[] }).errors?.[0]?.message

  it(`throttles a guessing client after ${LOGIN_LIMITS.perClientAndAccount} wrong passwords, never the account's owner elsewhere`, async () => {
    const victim = await account('victim@example.test', 'admin')
    for (let i = 1; i <= LOGIN_LIMITS.perClientAndAccount; i++) {
      expect((await loginFrom('203.0.113.9', victim.email, `wrong-${i}`)).status).toBe(401)
    }
    const refused = await loginFrom('203.0.113.9', victim.email, PASSWORD)
    expect(refused.status).toBe(429)
    expect(message(refused)).toMatch(/Too many attempts/)
    expect(refused.headers.getSetCookie()).toEqual([])
    // Nothing is locked: the owner, elsewhere, signs in (five wrong passwords locked any account before).
    expect(await lockedUntil(victim)).toBeNull()
    const owner = await loginFrom('198.51.100.7', victim.email, PASSWORD)
    expect(owner.status).toBe(200)
    expect(await me(tokenOf(owner))).toMatchObject({ email: victim.email })
    // A spoofed first X-Forwarded-For entry does not buy a fresh count: the nearest proxy's entry counts.
    expect((await loginFrom('10.9.9.9, 203.0.113.9', victim.email, PASSWORD)).status).toBe(429)
  })

  it('answers an unknown email and a wrong password alike, in message and in time', async () => {
    const known = await account('known@example.test')
    const time = async (email: string) => {
      const start = performance.now()
      const response = await loginFrom(`192.0.2.${Math.floor(Math.random() * 200)}`, email, 'not-the-password-1')
      return { ms: performance.now() - start, status: response.status, message: message(response) }
    }
    const unknownRuns: number[] = []
    const knownRuns: number[] = []
    let unknown = await time('nobody@example.test')
    let wrong = await time(known.email)
    for (let i = 0; i < 3; i++) {
      unknown = await time(`nobody${i}@example.test`)
      wrong = await time(known.email)
      unknownRuns.push(unknown.ms)
      knownRuns.push(wrong.ms)
    }
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.message).toBe(wrong.message)
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!
    // Before: ~20 ms for an unknown email, ~135 ms for a wrong password (a PBKDF2 hash).
    expect(median(unknownRuns)).toBeGreaterThan(median(knownRuns) * 0.6)
  })

  it('answers a password-reset request alike for known and unknown accounts', async () => {
    const known = await account('forgetful@example.test')
    const ask = async (email: string) => {
      const start = performance.now()
      const response = await http.request('POST', '/api/users/forgot-password', { body: { email }, headers: { 'x-forwarded-for': '192.0.2.250' } })
      return { ms: performance.now() - start, status: response.status, body: JSON.stringify(response.body) }
    }
    const unknown = await ask('nobody-here@example.test')
    const real = await ask(known.email)
    expect(unknown.status).toBe(real.status)
    expect(unknown.body).toBe(real.body)
    expect(unknown.ms).toBeGreaterThanOrEqual(FORGOT_PASSWORD_FLOOR_MS - 5)
    expect(real.ms).toBeGreaterThanOrEqual(FORGOT_PASSWORD_FLOOR_MS - 5)
  })

  it('lets only admins lift a (last-stop) lock early', async () => {
    const locked = await account('locked@example.test')
    const editor = await account('unlocker@example.test')
    const editorToken = tokenOf(await login(editor.email, PASSWORD))
    const adminToken = tokenOf(await login(admin.email, PASSWORD))
    await payload.db.updateOne({ collection: 'users', id: locked.id, data: { lockUntil: new Date(Date.now() + LOCK_MS).toISOString(), loginAttempts: MAX_LOGIN_ATTEMPTS } })
    expect(await lockedUntil(locked)).not.toBeNull()

    const byEditor = await http.request('POST', '/api/users/unlock', { token: editorToken, body: { email: locked.email } })
    expect(byEditor.status).toBe(403)
    const byEditorGraphQL = await http.graphql(`mutation { unlockUser(email: "${locked.email}") }`, {}, { token: editorToken })
    expect(byEditorGraphQL.errors[0]?.extensions?.statusCode).toBe(403)
    expect((await loginFrom('192.0.2.251', locked.email, PASSWORD)).status).toBe(401)

    const byAdmin = await http.request('POST', '/api/users/unlock', { token: adminToken, body: { email: locked.email } })
    expect(byAdmin.status).toBe(200)
    expect((await loginFrom('192.0.2.251', locked.email, PASSWORD)).status).toBe(200)
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
