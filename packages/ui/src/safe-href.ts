/**
 * Returns the href if it is safe to put in an <a>: http(s), mailto, or a relative
 * reference. Anything else (javascript:, data:, vbscript:, protocol-relative
 * "//host", or a value with control characters or whitespace, which browsers
 * strip before reading the scheme) gives null.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const href = url.trim()
  if (href === '') return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(href)) return null
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href
  if (href.startsWith('//')) return null
  // A scheme is letters/digits/+.- before the first colon, and only counts when
  // that colon comes before any / ? #.
  const firstDelimiter = href.search(/[/?#]/)
  const colon = href.indexOf(':')
  if (colon !== -1 && (firstDelimiter === -1 || colon < firstDelimiter)) return null
  return href
}

/** True for links that leave the site (http(s) to another origin, or mailto). */
export function isExternalHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href)
}
