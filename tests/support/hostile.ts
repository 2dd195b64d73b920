// Hostile text for the browser tests: markup and script that must stay text, links that must not
// run, Unicode that must not break layout, and words as long as a field allows.

export const SCRIPT = '<script>window.__pwned=1</script>'
export const IMG = '<img src=x onerror="window.__pwned=1">'
export const SVG = '"><svg onload=window.__pwned=1>'
export const JS_URL = 'javascript:window.__pwned=1'
export const MARKDOWN = '**bold** [x](javascript:alert(1))'
/** Right-to-left override, left open: everything after it renders reversed unless isolated. */
export const RTL = '\u202eevil.exe'
export const ZERO_WIDTH = 'zero\u200dwidth\u200cjoin\u200bers\ufeff'
export const COMBINING = `Z${'\u0336\u0337\u0338\u0335\u0334\u0321\u0322\u0327\u0328\u0361'.repeat(8)}`
export const EMOJI = '👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍💻'
export const NUL = 'nul\u0000byte'

export const MARKUP = [SCRIPT, IMG, SVG] as const
export const ALL = [SCRIPT, IMG, SVG, JS_URL, MARKDOWN, RTL, ZERO_WIDTH, COMBINING, EMOJI, NUL] as const

/** `text`, then one word of W's with no break opportunity filling the value to `max` characters. */
export function fill(max: number, text: string): string {
  const room = max - text.length - 1
  return room > 0 ? `${text} ${'W'.repeat(room)}` : text.slice(0, max)
}

/** A word of `length` characters with no break opportunity. */
export const longWord = (length: number) => 'W'.repeat(length)

// Lexical JSON, the shape Payload stores rich text in.
type Node = Record<string, unknown>
const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const paragraph = (...children: Node[]) => element('paragraph', children, { textFormat: 0 })
const link = (url: string, label: string) => element('link', [text(label)], { fields: { url, newTab: true, linkType: 'custom' }, version: 3 })

export function richText(...children: Node[]) {
  return { root: element('root', children) }
}

/**
 * Every hostile string as rich text: in plain, bold and italic text, a heading, list items, a
 * quote, link labels; links whose addresses are valid but odd (markup in the path, an anchor);
 * and a 5,000-character word.
 */
export function hostileRichText() {
  return richText(
    paragraph(text(SCRIPT), text(IMG, 1), text(SVG, 2)),
    element('heading', [text(fill(120, `${SVG} ${MARKDOWN}`))], { tag: 'h1' }),
    element(
      'list',
      ALL.map((value, i) => element('listitem', [text(value)], { value: i + 1 })),
      { listType: 'bullet', tag: 'ul', start: 1 },
    ),
    element('quote', [text(`${RTL} ${COMBINING} ${EMOJI} ${ZERO_WIDTH}`)]),
    paragraph(
      link(`https://example.org/${encodeURIComponent(SCRIPT)}?q="><svg/onload=window.__pwned=1>`, IMG),
      text(' '),
      link('#"><script>window.__pwned=1</script>', SVG),
      text(' '),
      element('autolink', [text('https://example.org/autolink')], { fields: { url: 'https://example.org/autolink', linkType: 'custom' } }),
    ),
    paragraph(text(MARKDOWN)),
    paragraph(text(longWord(5000))),
  )
}

/** Rich text whose only link runs script: the CMS must refuse to store it. */
export function scriptLinkRichText(url = JS_URL) {
  return richText(paragraph(link(url, 'click')))
}
