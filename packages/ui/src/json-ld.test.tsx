import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { JsonLd, serializeJsonLd } from './json-ld'

describe('JsonLd', () => {
  it('cannot be closed early by </script> in the data', () => {
    const data = { '@type': 'Thing', name: '</script><script>alert(1)</script><!--' }
    const html = renderToStaticMarkup(<JsonLd data={data} />)
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.indexOf('</script>')).toBe(html.length - '</script>'.length)
    expect(html).toContain('\\u003c/script\\u003e')
    expect(html).not.toContain('<!--')
  })

  it('round-trips through JSON.parse', () => {
    const data = { name: 'A & B <x> \u2028', n: 1 }
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data)
  })
})
