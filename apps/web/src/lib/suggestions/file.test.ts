import { createHmac } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SUBMISSION_HEADER, fileSuggestion, submissionToken } from './file'

const suggestion = { standardA: 'gdpr', standardB: 'nis2', message: null, email: null }

describe('fileSuggestion', () => {
  const saved = { secret: process.env.PREVIEW_SECRET, cms: process.env.CMS_URL }
  beforeEach(() => {
    process.env.PREVIEW_SECRET = 'test-secret'
    process.env.CMS_URL = 'http://cms.test'
  })
  afterEach(() => {
    process.env.PREVIEW_SECRET = saved.secret
    process.env.CMS_URL = saved.cms
  })

  it('posts the suggestion as JSON to the CMS collection with a one-minute signed token', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const fetcher = (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response('{}', { status: 201 })
    }) as unknown as typeof fetch
    expect(await fileSuggestion(suggestion, fetcher)).toBe('filed')
    expect(calls[0]?.url).toBe('http://cms.test/api/visitor-suggestions')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(suggestion)
    const token = new Headers(calls[0]?.init.headers).get(SUBMISSION_HEADER) ?? ''
    const [expires, signature] = token.split('.')
    expect(Number(expires) - Date.now() / 1000).toBeLessThanOrEqual(60)
    expect(signature).toBe(createHmac('sha256', 'test-secret').update(`versus-suggestion\n${expires}`).digest('hex'))
    expect(submissionToken('test-secret', 100)).toMatch(/^160\.[0-9a-f]{64}$/)
  })

  it('answers unavailable when the CMS refuses, is down, or no secret is configured', async () => {
    expect(await fileSuggestion(suggestion, (async () => new Response('{}', { status: 403 })) as unknown as typeof fetch)).toBe('unavailable')
    expect(await fileSuggestion(suggestion, (async () => { throw new Error('ECONNREFUSED') }) as unknown as typeof fetch)).toBe('unavailable')
    delete process.env.PREVIEW_SECRET
    expect(await fileSuggestion(suggestion, (async () => new Response('{}', { status: 201 })) as unknown as typeof fetch)).toBe('unavailable')
  })
})
