import { describe, expect, it } from 'vitest'
import { withoutSiteDraftCookies } from './site-draft-cookies'

describe('withoutSiteDraftCookies', () => {
  it('drops the site draft-mode cookies and keeps the rest in order', () => {
    expect(withoutSiteDraftCookies('payload-token=abc; __prerender_bypass=123; theme=dark; __next_preview_data=x')).toBe(
      'payload-token=abc; theme=dark',
    )
    expect(withoutSiteDraftCookies('__prerender_bypass=123')).toBe('')
  })

  it('says so when there is nothing to drop', () => {
    expect(withoutSiteDraftCookies(null)).toBeNull()
    expect(withoutSiteDraftCookies('payload-token=abc; other=__prerender_bypass')).toBeNull()
  })
})
