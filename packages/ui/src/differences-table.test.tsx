import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { DifferenceRow } from '@versus/engine'
import { DifferencesTable } from './differences-table'

const rows: DifferenceRow[] = [
  { aspect: { slug: 'scope', name: 'Scope', order: 1 }, values: ['Internet security', 'Privacy'], same: false, overridden: [false, true] },
  { aspect: { slug: 'penalties', name: 'Penalties', order: 2 }, values: ['None', 'None'], same: true, overridden: [false, false] },
]

describe('DifferencesTable', () => {
  const html = renderToStaticMarkup(<DifferencesTable rows={rows} names={['ISO 27032', 'ISO 27701']} />)

  it('is a real table with a caption and scoped headers', () => {
    expect(html).toContain('<table')
    expect(html).toMatch(/<caption[^>]*>Key differences between ISO 27032 and ISO 27701<\/caption>/)
    expect(html).toMatch(/<th scope="col"[^>]*>ISO 27032<\/th>/)
    expect(html.match(/<th scope="row"/g)).toHaveLength(2)
    expect(html.match(/<td [^>]*data-label="ISO 27701"/g)).toHaveLength(2)
  })

  it('marks each row Same or Different in words', () => {
    const scopeRow = html.slice(html.indexOf('Scope'), html.indexOf('Penalties'))
    expect(scopeRow).toContain('Different')
    expect(scopeRow).not.toContain('>Same<')
    const penaltiesRow = html.slice(html.indexOf('Penalties'))
    expect(penaltiesRow).toContain('>Same<')
    expect(html).toContain('specific to this comparison')
  })

  it('says "Not recorded", never "Different", on a row empty on both sides', () => {
    const empty: DifferenceRow = { aspect: { slug: 'fines', name: 'Fines', order: 3 }, values: ['—', '—'], same: false, recorded: false, overridden: [false, false] }
    const withEmpty = renderToStaticMarkup(<DifferencesTable rows={[...rows, empty]} names={['ISO 27032', 'ISO 27701']} />)
    const finesRow = withEmpty.slice(withEmpty.indexOf('Fines'))
    expect(finesRow).toContain('>Not recorded<')
    expect(finesRow).not.toContain('Different')
    // A hand-built row without `recorded` reads two blanks the same way.
    const legacy = renderToStaticMarkup(<DifferencesTable rows={[{ ...empty, recorded: undefined }, rows[0]!]} names={['A', 'B']} />)
    expect(legacy.slice(legacy.indexOf('Fines'), legacy.indexOf('Scope'))).toContain('>Not recorded<')
  })

  it('renders nothing when no row has a value', () => {
    const empty: DifferenceRow = { aspect: { slug: 'fines', name: 'Fines', order: 3 }, values: ['—', '—'], same: false, recorded: false, overridden: [false, false] }
    expect(renderToStaticMarkup(<DifferencesTable rows={[empty]} names={['A', 'B']} />)).toBe('')
  })

  it('scrolls inside its own focusable region', () => {
    expect(html).toMatch(/<div class="v-table-wrap" role="region" aria-labelledby="differences-caption" tabindex="0">/)
  })
})
