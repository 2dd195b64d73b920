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
