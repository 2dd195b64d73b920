import { describe, expect, it } from 'vitest'
import { SUGGESTION_LIMITS, clientAddress, createSuggestionThrottle } from './rate-limit'

describe('suggestion throttle', () => {
  it('lets one client file a few, then asks it to wait, and counts clients apart', async () => {
    const throttle = createSuggestionThrottle(undefined)
    for (let i = 0; i < SUGGESTION_LIMITS.perClient; i++) expect(await throttle.attempt('203.0.113.1')).toBe(0)
    const wait = await throttle.attempt('203.0.113.1')
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(SUGGESTION_LIMITS.windowSeconds)
    expect(await throttle.attempt('203.0.113.2')).toBe(0)
  })

  it('keys on the address the nearest proxy saw, not on what the client wrote before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.1.1.1, 198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.8' }))).toBe('198.51.100.8')
    expect(clientAddress(new Headers())).toBe('direct')
  })
})
