/** Latin letters that NFKD leaves whole, folded the way people write them in ASCII. */
const FOLDS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

/**
 * @name slugify
 * @summary Turn a name into a URL slug.
 *
 * @description
 * Lower-cases, folds accents (NFKD, combining marks removed; also ø → o,
 * ß → ss, æ → ae and the like), drops `/`, `:`
 * and `.`, turns every other run of characters outside `[a-z0-9]` into a
 * single `-`, and trims `-` from both ends. The result may be empty (for a name
 * with no letters or digits); check it with `isValidSlug`.
 *
 * @param text - The name, e.g. a standard's short name
 * @returns The slug
 *
 * @example
 * slugify('ISO/IEC 27032') //=> 'isoiec-27032'
 * slugify('PCI DSS v4.0.1') //=> 'pci-dss-v401'
 * slugify('Loi Informatique et Libertés') //=> 'loi-informatique-et-libertes'
 */
export function slugify(text: string): string {
  if (typeof text !== 'string') return ''
  return isPrintableAscii(text) ? slugifyAscii(text) : slugifyUnicode(text)
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 32 || code > 126) return false
  }
  return true
}

/** The common case in one pass, with the same result as `slugifyUnicode` (which needs no folding here). */
function slugifyAscii(text: string): string {
  let out = ''
  let pendingDash = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code === 47 || code === 58 || code === 46) continue // "/", ":", "." are dropped, not separators
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (pendingDash && out.length > 0) out += '-'
      pendingDash = false
      out += String.fromCharCode(code)
    } else {
      pendingDash = true
    }
  }
  return out
}

function slugifyUnicode(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æœøßđðłþı]/g, (letter) => FOLDS[letter] ?? letter)
    .replace(/[/:.]+/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
