/**
 * Plain-text helpers. Every function accepts `unknown` so that records coming
 * from a CMS with missing or odd fields still yield a string, never "undefined".
 */

/** Trims and collapses every run of whitespace to a single space. Non-strings give "". */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return ''
  // fast path: most stored text is already clean, and this runs per catalog entry per comparison
  if (isClean(value)) return value
  return value.replace(/\s+/g, ' ').trim()
}

/** Whether a character code is JavaScript whitespace (what `\s` matches). */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** No leading, trailing or repeated whitespace, and none but plain spaces: a loop, cheaper than a regex. */
function isClean(value: string): boolean {
  const last = value.length - 1
  let previousSpace = true
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i)
    if (code > 32 && code < 0xa0) {
      previousSpace = false
      continue
    }
    if (!isSpace(code)) {
      previousSpace = false
      continue
    }
    if (code !== 32 || previousSpace || i === last) return false
    previousSpace = true
  }
  return true
}

/** The string itself, or "" for anything that is not a string. */
export function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * Multi-paragraph plain text: line endings normalised, spaces collapsed within
 * lines, at most one blank line between paragraphs.
 */
export function cleanParagraphs(value: unknown): string {
  if (typeof value !== 'string') return ''
  if (isClean(value)) return value
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** For "same value" checks: cleaned and lower-cased (locale-independent). */
export function foldForCompare(value: string): string {
  return cleanText(value).toLowerCase()
}

/** Drops trailing sentence punctuation and spaces ("Foo bar." → "Foo bar"). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s.!?;:,…]+$/u, '')
}

/** Words that start a sentence without being names, even when a name follows ("The EU's …"). */
const SENTENCE_WORDS = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'its', 'our', 'their', 'every', 'each', 'all', 'any'])

/**
 * Lower-cases the first letter unless the first word looks like an acronym or
 * a proper name with inner capitals ("EU", "NIS2", "iPhone", "ISO/IEC"), a
 * possessive name ("South Africa's …" keeps "South" through the next rule,
 * "Europe's …" through this one) or the first of a capitalised name ("South
 * Africa", "European Union"); `names` lists further words to keep as written.
 */
export function lowerFirst(text: string, names: readonly string[] = []): string {
  const [firstWord = '', nextWord = ''] = text.split(' ', 2)
  if (firstWord.length === 0) return text
  if (/[\p{Lu}\p{N}]/u.test(firstWord.slice(1))) return text
  if (!/^\p{Lu}/u.test(firstWord)) return text
  const bare = firstWord.replace(/[’']s$/u, '').replace(/[^\p{L}\p{N}]+$/u, '')
  if (bare !== firstWord.replace(/[^\p{L}\p{N}]+$/u, '')) return text
  if (!SENTENCE_WORDS.has(bare.toLowerCase()) && /^\p{Lu}/u.test(nextWord)) return text
  if (names.some((name) => name.split(/\s+/).includes(bare))) return text
  return firstWord.charAt(0).toLowerCase() + text.slice(1)
}

/** Upper-cases the first character. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const ACRONYM_AN = /^[AEFHILMNORSX]/
const VOWEL_SOUND_A = /^(uni|use|usu|eu|one|once)/i

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (word.length === 0) return 'a'
  const acronym = word.length > 1 && /^[\p{Lu}\p{N}]+$/u.test(word.replace(/[^\p{L}\p{N}]/gu, ''))
  if (acronym) return ACRONYM_AN.test(word) ? 'an' : 'a'
  if (VOWEL_SOUND_A.test(word)) return 'a'
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

/** Prefixes "a"/"an" to a phrase. */
export function withArticle(phrase: string): string {
  if (phrase.length === 0) return ''
  return `${indefiniteArticle(phrase.split(' ', 1)[0] ?? '')} ${phrase}`
}

/**
 * Shortens to at most `max` characters on a word boundary, ending in "…".
 * Falls back to a hard cut when the text has no usable boundary.
 */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 1) return max === 1 ? '…' : ''
  let cut = text.slice(0, max - 1)
  // never leave half a surrogate pair behind
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  const space = cut.lastIndexOf(' ')
  if (space >= Math.floor(max / 2)) cut = cut.slice(0, space)
  cut = cut.replace(/[\s.,;:!?\-–—(]+$/u, '')
  return `${cut}…`
}

/** Code-unit order: locale-independent and total. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Turns "some-value" into "Some value": the fallback label for unknown enum values. */
export function humanize(value: unknown): string {
  const text = cleanText(typeof value === 'string' ? value.replace(/[-_]+/g, ' ') : '')
  return upperFirst(text)
}

/** The cleaned text when it holds at least one letter or digit, else "" (bare punctuation reads as nothing). */
export function meaningfulText(value: unknown): string {
  const text = cleanText(value)
  return /[\p{L}\p{N}]/u.test(text) ? text : ''
}

/** Explicit bidirectional formatting: embeddings, overrides, isolates and their terminators. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, NKo, … and their presentation forms) and the RTL mark. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u
const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

/**
 * The text without explicit bidi formatting: an override in a name would reverse everything after
 * it on the line ("A vs B" read backwards). Non-strings give "".
 * @example
 * withoutBidiControls('\u202EGDPR') //=> 'GDPR'
 */
export function withoutBidiControls(value: unknown): string {
  return typeof value === 'string' ? value.replace(BIDI_CONTROLS, '') : ''
}

/**
 * A name with right-to-left letters wrapped in an isolate (FSI…PDI), so inside other text
 * ("A vs B", "What is A?") it reads in its own direction without reordering the words around it.
 * Other names come back unchanged. Expects text already without bidi controls.
 * @example
 * isolateRightToLeft('ISO 27001') //=> 'ISO 27001'
 * isolateRightToLeft('\u05EA\u05E7\u05DF 1') //=> '\u2068\u05EA\u05E7\u05DF 1\u2069'
 */
export function isolateRightToLeft(name: string): string {
  return RIGHT_TO_LEFT.test(name) ? `${FIRST_STRONG_ISOLATE}${name}${POP_DIRECTIONAL_ISOLATE}` : name
}
