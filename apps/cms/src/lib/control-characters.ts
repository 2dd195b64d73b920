// Control characters other than tab, line feed and carriage return: NUL ends C strings (and some
// drivers' text), and none of them means anything on a page.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/** A copy of a JSON value (rich text, a list) with control characters stripped from every string in it. */
export function stripControlCharactersDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value)
  if (Array.isArray(value)) return value.map(stripControlCharactersDeep)
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlCharactersDeep(item)]))
  }
  return value
}
