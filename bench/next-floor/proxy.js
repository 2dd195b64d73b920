import { NextResponse } from 'next/server'

// Does nothing but let the request through: what running any proxy (middleware) costs Next.
export function proxy() {
  return NextResponse.next()
}

export const config = { matcher: ['/proxied'] }
