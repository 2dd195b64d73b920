import { describe, expect, it } from 'vitest'

import { uuidV5 } from './uuid'

describe('uuidV5', () => {
  it('matches the RFC 4122 v5 reference value', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('is stable and tells names apart', () => {
    expect(uuidV5('set:a')).toBe(uuidV5('set:a'))
    expect(uuidV5('set:a')).not.toBe(uuidV5('set:b'))
    expect(uuidV5('set:a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
