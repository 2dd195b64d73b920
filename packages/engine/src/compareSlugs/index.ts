function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Natural comparison without allocation: digit runs compare by numeric value
 * (any length, leading zeros ignored), a digit sorts before a non-digit, other
 * characters by code unit, and a string that runs out first sorts first. This
 * is lexicographic order on the string's (text | number) token sequence, so it
 * is a total preorder; strings it calls equal ("a01", "a1") differ only in
 * leading zeros.
 */
function compareNatural(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    const da = isDigit(ca)
    const db = isDigit(cb)
    if (da && db) {
      let si = i
      while (si < a.length && a.charCodeAt(si) === 48) si++
      let sj = j
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++
      let ei = si
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      let ej = sj
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      const la = ei - si
      const lb = ej - sj
      if (la !== lb) return la < lb ? -1 : 1
      for (let k = 0; k < la; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k)
        if (d !== 0) return d < 0 ? -1 : 1
      }
      i = ei
      j = ej
      continue
    }
    if (da !== db) return da ? -1 : 1
    if (ca !== cb) return ca < cb ? -1 : 1
    i++
    j++
  }
  const restA = a.length - i
  const restB = b.length - j
  return restA === restB ? 0 : restA < restB ? -1 : 1
}

/**
 * @name compareSlugs
 * @summary The canonical order of slugs.
 *
 * @description
 * Natural order (runs of digits compare as numbers, so "iso-9001" comes before
 * "iso-27001"), then plain code-unit order to break ties ("a01" before "a1").
 * A total order, independent of locale: use it as an `Array.prototype.sort`
 * comparator.
 *
 * @param a - The first slug
 * @param b - The second slug
 * @returns A negative number if `a` comes first, positive if `b` does, 0 if equal
 *
 * @example
 * ['iso-27001', 'iso-9001', 'gdpr'].sort(compareSlugs) //=> ['gdpr', 'iso-9001', 'iso-27001']
 */
export function compareSlugs(a: string, b: string): number {
  const sa = typeof a === 'string' ? a : ''
  const sb = typeof b === 'string' ? b : ''
  const natural = compareNatural(sa, sb)
  if (natural !== 0) return natural
  return sa < sb ? -1 : sa > sb ? 1 : 0
}
