import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DIRECTION } from './crosswalk-fixtures.test-data'
import { WhatBAdds } from './what-b-adds'

describe('WhatBAdds', () => {
  const html = renderToStaticMarkup(<WhatBAdds direction={DIRECTION} />)

  it('groups by the hierarchy, open requirements first, covered ones collapsed without script', () => {
    expect(html).toContain('Already comply with ISO 27001? What NIS2 adds')
    const details = html.slice(html.indexOf('<details'))
    expect(details).toContain('1 already covered')
    expect(details).toContain('Art. 21(2)(b)')
    expect(details).not.toContain('Art. 21(2)(a)')
    expect(html.indexOf('Art. 21(2)(a)')).toBeLessThan(html.indexOf('<details'))
    expect(html).not.toContain('<script')
  })

  it('shows the gap note and the evidence of a partial requirement, escaped', () => {
    expect(html).toContain('Gap: Risk analysis approved by the &lt;b&gt;management body&lt;/b&gt;.')
    expect(html).toContain('Risk analysis &lt;policies&gt;')
    expect(html).toContain('(narrower than, Versus editorial)')
    expect(html).toContain('href="/standards/iso-27001/requirements/a-5-1"')
  })

  it('links the checklist download, and renders nothing with no group', () => {
    expect(html).toContain('href="/compare/iso-27001-vs-nis2/checklist/nis2.csv"')
    expect(renderToStaticMarkup(<WhatBAdds direction={{ ...DIRECTION, groups: [] }} />)).toBe('')
  })
})
