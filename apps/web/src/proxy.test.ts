import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from './proxy'

describe('proxy', () => {
  it('sends a path with broken percent-encoding to the not-found page', () => {
    const res = proxy(new NextRequest('http://localhost:3000/compare/%E0%A4%A'))
    expect(res.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/_malformed-url')
  })

  it('lets a well-formed path through', () => {
    const res = proxy(new NextRequest('http://localhost:3000/compare/iso%2D27032-vs-iso-27701'))
    expect(res.headers.get('x-middleware-rewrite')).toBeNull()
    expect(res.headers.get('x-middleware-next')).toBe('1')
  })
})
