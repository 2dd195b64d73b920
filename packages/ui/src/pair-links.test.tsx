import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PairLinks } from './pair-links'

const pair = (a: string, b: string, published: boolean) => ({
  pair: { slug: `${a}-vs-${b}`, path: `/compare/${a}-vs-${b}`, standards: [a, b] as [string, string] },
  title: `${a.toUpperCase()} vs ${b.toUpperCase()}`,
  published,
})

describe('PairLinks', () => {
  it('links a reviewed pair plainly and a generated one nofollow, marked as not reviewed', () => {
    const html = renderToStaticMarkup(<PairLinks pairs={[pair('gdpr', 'nis2', true), pair('gdpr', 'popia', false)]} />)
    expect(html).toContain('<a href="/compare/gdpr-vs-nis2">GDPR vs NIS2</a>')
    expect(html).toContain('<a href="/compare/gdpr-vs-popia" rel="nofollow">GDPR vs POPIA</a>')
    expect(html.match(/not yet reviewed/g)).toHaveLength(1)
  })

  it('renders nothing without pairs', () => {
    expect(renderToStaticMarkup(<PairLinks pairs={[]} />)).toBe('')
  })
})
