import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DraftBanner } from './draft-banner'

describe('DraftBanner', () => {
  it('says the page is a draft preview and links out of it', () => {
    const html = renderToStaticMarkup(<DraftBanner exitHref="/api/exit-preview" />)
    expect(html).toMatch(/^<aside [^>]*aria-label="Preview"/)
    expect(html).toContain('<strong>Preview — draft content.</strong>')
    expect(html).toMatch(/<a class="v-draft-banner__exit" href="\/api\/exit-preview">Exit preview<\/a>/)
  })
})
