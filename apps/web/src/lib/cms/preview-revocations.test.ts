import { afterEach, describe, expect, it, vi } from 'vitest'
import { signDraftSession } from './draft-session'
import { endPreviewSession, isPreviewEnded } from './preview-revocations'

const SECRET = 'preview-secret-0123456789abcdef'
const NOW = 1_900_000_000

describe('ended previews', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('an ended session stays ended until it would have expired; other sessions are untouched', async () => {
    const left = signDraftSession(SECRET, '7', NOW + 600, NOW).session
    const other = signDraftSession(SECRET, '7', NOW + 600, NOW).session
    expect(await isPreviewEnded(left, NOW)).toBe(false)
    await endPreviewSession(left, NOW)
    expect(await isPreviewEnded(left, NOW)).toBe(true)
    expect(await isPreviewEnded(left, NOW + 599)).toBe(true)
    expect(await isPreviewEnded(other, NOW)).toBe(false)
    // Past its expiry the session is refused anyway (verifyDraftSession); its entry is no longer needed.
    expect(await isPreviewEnded(left, NOW + 600)).toBe(false)
  })

  it('the proxy and the route handlers share the list (Next bundles them apart): it lives on globalThis', async () => {
    const session = signDraftSession(SECRET, '8', NOW + 600, NOW).session
    await endPreviewSession(session, NOW)
    vi.resetModules()
    const fresh = await import('./preview-revocations')
    expect(await fresh.isPreviewEnded(session, NOW)).toBe(true)
  })

  it('records nothing for a session already expired, and drops expired entries as new ones come', async () => {
    const old = signDraftSession(SECRET, '9', NOW + 10, NOW).session
    await endPreviewSession(old, NOW + 20)
    expect(await isPreviewEnded(old, NOW)).toBe(false)
  })

  it('with Redis unreachable, still knows the exits this instance served', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1')
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.resetModules()
    const withRedis = await import('./preview-revocations')
    const session = signDraftSession(SECRET, '10', NOW + 600, NOW).session
    await withRedis.endPreviewSession(session, NOW)
    expect(await withRedis.isPreviewEnded(session, NOW)).toBe(true)
    const stranger = signDraftSession(SECRET, '11', NOW + 600, NOW).session
    expect(await withRedis.isPreviewEnded(stranger, NOW)).toBe(false)
  })
})
