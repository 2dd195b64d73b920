import { describe, expect, it } from 'vitest'

import { canonicalAdminURL } from './canonical-host'

const cmsURL = 'http://localhost:3001'
const at = (url: string, method = 'GET', host: string | null = new URL(url).host) => canonicalAdminURL({ method, url, host, cmsURL })

describe('canonicalAdminURL', () => {
  it('sends the admin opened at another loopback address to the configured origin, path and query kept', () => {
    expect(at('http://127.0.0.1:3001/admin')).toBe('http://localhost:3001/admin')
    expect(at('http://127.0.0.1:3001/admin/collections/standards?page=2')).toBe('http://localhost:3001/admin/collections/standards?page=2')
    expect(at('http://[::1]:3001/admin/login', 'HEAD')).toBe('http://localhost:3001/admin/login')
  })

  it('serves the configured address itself, whatever the case of its name', () => {
    expect(at('http://localhost:3001/admin')).toBeNull()
    expect(at('http://LOCALHOST:3001/admin')).toBeNull()
  })

  it('leaves the API, writes and other paths alone (CSRF still guards them)', () => {
    expect(at('http://127.0.0.1:3001/api/users/me')).toBeNull()
    expect(at('http://127.0.0.1:3001/admin', 'POST')).toBeNull()
    expect(at('http://127.0.0.1:3001/administrator')).toBeNull()
  })

  it('leaves hosts that are not this machine alone (a proxy in front forwarding its own Host)', () => {
    expect(at('http://cms.internal:3001/admin')).toBeNull()
    expect(at('http://10.0.0.5:3001/admin')).toBeNull()
  })

  it('leaves a public CMS alone, whose proxy may forward a loopback Host', () => {
    expect(canonicalAdminURL({ method: 'GET', url: 'http://127.0.0.1:3001/admin', host: 'localhost:3001', cmsURL: 'https://cms.example.org' })).toBeNull()
  })
})
