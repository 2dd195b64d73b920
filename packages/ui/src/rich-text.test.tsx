import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { RichText as RichTextValue, RichTextNode } from '@versus/engine'
import { RichText } from './rich-text'

function doc(...children: RichTextNode[]): RichTextValue {
  return { root: { type: 'root', children } }
}
const text = (t: string, format = 0): RichTextNode => ({ type: 'text', text: t, format })
const paragraph = (...children: RichTextNode[]): RichTextNode => ({ type: 'paragraph', children })
const link = (url: string, label = 'click'): RichTextNode => ({ type: 'link', fields: { url }, children: [text(label)] })

describe('RichText', () => {
  it('escapes markup in text', () => {
    const html = renderToStaticMarkup(<RichText value={doc(paragraph(text('<script>alert(1)</script>')))} />)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('applies the format bitmask', () => {
    const html = renderToStaticMarkup(<RichText value={doc(paragraph(text('b', 1), text('i', 2), text('u', 8), text('c', 16), text('bi', 3)))} />)
    expect(html).toContain('<strong>b</strong>')
    expect(html).toContain('<em>i</em>')
    expect(html).toContain('<u>u</u>')
    expect(html).toContain('<code>c</code>')
    expect(html).toContain('<strong><em>bi</em></strong>')
  })

  it('drops javascript: and other unsafe links but keeps their text', () => {
    const bad = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.example']
    for (const url of bad) {
      const html = renderToStaticMarkup(<RichText value={doc(paragraph(link(url)))} />)
      expect(html, url).not.toContain('<a')
      expect(html, url).toContain('click')
    }
  })

  it('keeps http(s), mailto and relative links', () => {
    for (const url of ['https://www.iso.org/standard/76070.html', 'http://example.com', 'mailto:a@b.c', '/standards/iso-27001', '#faq', 'page?x=1']) {
      const html = renderToStaticMarkup(<RichText value={doc(paragraph(link(url)))} />)
      expect(html, url).toContain('<a href="')
    }
    const external = renderToStaticMarkup(<RichText value={doc(paragraph(link('https://example.com')))} />)
    expect(external).toContain('rel="noopener noreferrer"')
  })

  it('renders bullet and numbered lists', () => {
    const list = (listType: 'bullet' | 'number', items: string[]): RichTextNode => ({
      type: 'list',
      listType,
      children: items.map((t) => ({ type: 'listitem', children: [text(t)] })),
    })
    const html = renderToStaticMarkup(<RichText value={doc(list('bullet', ['one', 'two']), list('number', ['first']))} />)
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>')
    expect(html).toContain('<ol><li>first</li></ol>')
  })

  it('renders headings below the page heading, quotes, line breaks, and children of unknown nodes', () => {
    const html = renderToStaticMarkup(
      <RichText
        headingLevel={3}
        value={doc(
          { type: 'heading', tag: 'h2', children: [text('Sub')] },
          { type: 'heading', tag: 'h1', children: [text('Top')] },
          { type: 'quote', children: [text('q')] },
          paragraph(text('a'), { type: 'linebreak' }, text('b')),
          { type: 'mystery-block', children: [paragraph(text('inside'))] },
        )}
      />,
    )
    expect(html).toContain('<h3>Sub</h3>')
    expect(html).not.toContain('<h1>')
    expect(html).toContain('<blockquote>q</blockquote>')
    expect(html).toContain('<p>a<br/>b</p>')
    expect(html).toContain('<p>inside</p>')
  })

  it('renders nothing for empty or missing values', () => {
    expect(renderToStaticMarkup(<RichText value={null} />)).toBe('')
    expect(renderToStaticMarkup(<RichText value={doc(paragraph())} />)).toBe('')
  })
})
