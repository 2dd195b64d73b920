import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href'

describe('safeHref', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['  http://a.example ', 'http://a.example'],
    ['MAILTO:x@y.z', 'MAILTO:x@y.z'],
    ['/compare', '/compare'],
    ['../up', '../up'],
    ['#top', '#top'],
    ['docs/a:b', 'docs/a:b'],
  ])('keeps %j', (input, out) => expect(safeHref(input)).toBe(out))

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://x', '//evil.example', '\\\\evil', 'java\tscript:x', '', 42, null])(
    'rejects %j',
    (input) => expect(safeHref(input)).toBeNull(),
  )
})
