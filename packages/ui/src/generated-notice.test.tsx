import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { GeneratedNotice } from './generated-notice'

describe('GeneratedNotice', () => {
  it('says the page is generated and not reviewed, distinct from the draft banner', () => {
    const html = renderToStaticMarkup(<GeneratedNotice />)
    expect(html).toMatch(/^<aside class="v-generated-notice" aria-label="Not reviewed"/)
    expect(html).toContain('Generated from the standards’ records — not yet reviewed by an editor.')
    expect(html).not.toContain('v-draft-banner')
    expect(html).not.toContain('<a ')
  })

  it('links the methodology when given, escaping the address', () => {
    const html = renderToStaticMarkup(<GeneratedNotice methodologyHref={'/methodology?x="1"'} />)
    expect(html).toContain('<a href="/methodology?x=&quot;1&quot;">How pages are generated</a>')
  })
})
