/** A Set-Cookie header's name and attributes (attribute names lower-cased; flags map to ''). */
export function cookieAttributes(setCookie: string): { name: string; attributes: Record<string, string> } {
  const [pair = '', ...rest] = setCookie.split(';').map((part) => part.trim())
  const attributes: Record<string, string> = {}
  for (const part of rest) {
    const at = part.indexOf('=')
    const key = (at === -1 ? part : part.slice(0, at)).toLowerCase()
    attributes[key] = at === -1 ? '' : part.slice(at + 1)
  }
  return { name: pair.slice(0, pair.indexOf('=')), attributes }
}
