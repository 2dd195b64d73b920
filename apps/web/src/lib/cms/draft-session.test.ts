import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DRAFT_SESSION_MAX_TTL_SECONDS, draftSessionCookie, signDraftSession, verifyDraftSession } from './draft-session'

const SECRET = 'preview-secret-0123456789abcdef'
const NOW = 1_800_000_000

describe('draft sessions', () => {
  it("round-trips the editor, their CMS session, a random id and the expiry", () => {
    const { token, session } = signDraftSession(SECRET, '42', NOW + 600, NOW, 'cms-session-1')
    expect(session).toEqual({ sub: '42', sid: 'cms-session-1', jti: expect.stringMatching(/^[0-9a-f-]{36}$/), exp: NOW + 600 })
    expect(verifyDraftSession(token, SECRET, NOW)).toEqual(session)
    // A session signed before sessions named the CMS one reads as naming none.
    const older = Buffer.from(JSON.stringify({ sub: '42', jti: 'x', exp: NOW + 600 })).toString('base64url')
    const sig = createHmac('sha256', SECRET).update(`versus-draft-session\n${older}`).digest('hex')
    expect(verifyDraftSession(`${older}.${sig}`, SECRET, NOW)).toEqual({ sub: '42', sid: '', jti: 'x', exp: NOW + 600 })
    expect(signDraftSession(SECRET, '42', NOW + 600, NOW).session.jti).not.toBe(session.jti)
  })

  it('never lives longer than an hour, whatever the link claimed', () => {
    const { session } = signDraftSession(SECRET, '', NOW + 5 * 3600, NOW)
    expect(session.exp).toBe(NOW + DRAFT_SESSION_MAX_TTL_SECONDS)
  })

  it('is refused once expired, and when it claims more than an hour', () => {
    const { token } = signDraftSession(SECRET, '42', NOW + 600, NOW)
    expect(verifyDraftSession(token, SECRET, NOW + 599)).not.toBeNull()
    expect(verifyDraftSession(token, SECRET, NOW + 600)).toBeNull()
    // Signed correctly by someone holding the secret, but claiming a day.
    const payload = Buffer.from(JSON.stringify({ sub: '', jti: 'x', exp: NOW + 86_400 })).toString('base64url')
    const sig = createHmac('sha256', SECRET).update(`versus-draft-session\n${payload}`).digest('hex')
    expect(verifyDraftSession(`${payload}.${sig}`, SECRET, NOW)).toBeNull()
    expect(verifyDraftSession(`${payload}.${sig}`, SECRET, NOW + 86_400 - 60)).not.toBeNull()
  })

  it.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ["Next's preview id", 'a'.repeat(32)],
    ['no signature', 'eyJzdWIiOiIifQ'],
    ['an upper-case signature', (t: string) => t.replace(/\.([0-9a-f]+)$/, (_m, s: string) => `.${s.toUpperCase()}`)],
    ['a changed payload', (t: string) => `${Buffer.from(JSON.stringify({ sub: '1', jti: 'x', exp: NOW + 600 })).toString('base64url')}.${t.split('.')[1]}`],
    ['a payload that is not JSON', () => { const p = Buffer.from('nope').toString('base64url'); return `${p}.${createHmac('sha256', SECRET).update(`versus-draft-session\n${p}`).digest('hex')}` }],
    ['a payload of the wrong shape', () => { const p = Buffer.from(JSON.stringify({ sub: 1, jti: 'x', exp: NOW + 60 })).toString('base64url'); return `${p}.${createHmac('sha256', SECRET).update(`versus-draft-session\n${p}`).digest('hex')}` }],
    ['a very long value', 'a'.repeat(5000)],
  ])('is refused for %s', (_label, make) => {
    const { token } = signDraftSession(SECRET, '42', NOW + 600, NOW)
    const value = typeof make === 'function' ? make(token) : make
    expect(verifyDraftSession(value, SECRET, NOW)).toBeNull()
  })

  it('is refused under another secret, or with none configured', () => {
    const { token } = signDraftSession(SECRET, '42', NOW + 600, NOW)
    expect(verifyDraftSession(token, 'another-secret-0123456789abcdef', NOW)).toBeNull()
    expect(verifyDraftSession(token, null, NOW)).toBeNull()
  })

  it('is an HttpOnly, SameSite=Lax cookie for the whole site, Secure over https', () => {
    expect(draftSessionCookie(true, 600)).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 600 })
    expect(draftSessionCookie(false, -5)).toMatchObject({ secure: false, maxAge: 0 })
  })
})
