/**
 * The session cookie of a CMS served over HTTPS: Secure, besides HttpOnly and SameSite=Lax. Its own
 * file because the CMS reads its public URL when the config loads.
 */
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { usersAuth } from '../src/collections/Users/auth'
import { cookieAttributes } from './cookies'
import { adapters, incomplete } from './helpers'
import { httpClient } from './http'

const CMS_URL = 'https://cms.example.test'
vi.hoisted(() => {
  process.env.CMS_URL = 'https://cms.example.test'
})

describe('signing in to a CMS served over HTTPS (sqlite)', () => {
  let payload: Payload

  afterAll(async () => {
    await payload?.destroy()
  })

  it('marks cookies Secure exactly when the CMS URL is https', () => {
    expect(usersAuth('https://cms.example.test').cookies).toMatchObject({ secure: true, sameSite: 'Lax' })
    expect(usersAuth('https://cms.example.test:8443/').cookies).toMatchObject({ secure: true })
    expect(usersAuth('http://localhost:3001').cookies).toMatchObject({ secure: false, sameSite: 'Lax' })
    expect(usersAuth('http://https.example.test').cookies).toMatchObject({ secure: false })
  })

  describe('over the REST handler', () => {
    let http: ReturnType<typeof httpClient>

    beforeAll(async () => {
      const { createConfig } = await import('../src/config')
      const config = createConfig({ databaseURI: adapters()[0]!.databaseURI('login-https') })
      payload = await getPayload({ config })
      http = httpClient(config, CMS_URL)
      await payload.create({ collection: 'users', data: incomplete({ email: 'tls@example.test', password: 'tls-password-1' }) })
    })

    it('sets a Secure, HttpOnly, SameSite=Lax session cookie', async () => {
      expect(payload.config.serverURL).toBe(CMS_URL)
      const response = await http.request('POST', '/api/users/login', { body: { email: 'tls@example.test', password: 'tls-password-1' } })
      expect(response.status).toBe(200)
      const { name, attributes } = cookieAttributes(response.headers.getSetCookie()[0] ?? '')
      expect(name).toBe('payload-token')
      expect(attributes).toHaveProperty('secure')
      expect(attributes).toHaveProperty('httponly')
      expect(attributes.samesite?.toLowerCase()).toBe('lax')
    })
  })
})
