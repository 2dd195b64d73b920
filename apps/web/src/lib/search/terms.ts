/**
 * How words are compared in the site's search (search-index.ts): one
 * normalisation for documents and queries, the compact forms of short names
 * ("ISO 27001" is found as "iso27001" too), a few stop words, and the genuine
 * synonyms of the field. Pure.
 */

/** Longest query looked at; the rest is ignored. */
export const MAX_SEARCH_QUERY = 100

/** Lower case, accents dropped. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** Words that say nothing (not "a": it is a requirement id's first word, "A.5.1") about what is looked for ("GDPR vs NIS2", "Digital Operational Resilience Act"). */
const STOP_WORDS = new Set(['an', 'and', 'act', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'versus', 'with'])

/** MiniSearch's processTerm: folded, letters and digits only, stop words dropped. */
export function processSearchTerm(term: string): string | null {
  const folded = foldTerm(term).replace(/[^a-z0-9]+/g, '')
  return folded === '' || STOP_WORDS.has(folded) ? null : folded
}

/** "A.5.1" → "a51", "ISO 27001:2022" → "iso270012022": the whole of it as one word ("" when nothing is left). */
export function wholeForm(value: string): string {
  return foldTerm(value).replace(/[^a-z0-9]+/g, '')
}

/**
 * "ISO 27001" → "iso27001", "NIST SP 800-53" → "nistsp80053 sp80053": the whole name and every
 * run of two or more adjacent words written as one, so a name typed without its spaces matches.
 */
export function compactForms(name: string): string[] {
  const words = foldTerm(name).split(/[^a-z0-9]+/).filter(Boolean)
  const out = new Set<string>()
  if (words.length > 0) out.add(words.join(''))
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) out.add(words.slice(start, end).join(''))
  }
  return [...out]
}

/**
 * Genuine synonyms: each group's phrases mean the same thing to someone searching.
 * Not per-standard: which standard is about privacy comes from its category and text.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['privacy', 'data protection', 'personal data'],
  ['cybersecurity', 'cyber security', 'cyber'],
  ['information security', 'infosec', 'isms'],
  ['artificial intelligence', 'ai'],
  ['payment', 'card data', 'cardholder'],
  ['resilience', 'continuity'],
]

/** The query's other phrasings: each synonym phrase the folded query contains, swapped for the others in its group. */
export function synonymPhrases(query: string): string[] {
  const folded = ` ${foldTerm(query).replace(/[^a-z0-9]+/g, ' ').trim()} `
  const out: string[] = []
  for (const group of SYNONYMS) {
    for (const phrase of group) {
      if (!folded.includes(` ${phrase} `)) continue
      for (const other of group) if (other !== phrase) out.push(folded.replace(` ${phrase} `, ` ${other} `).trim())
    }
  }
  return [...new Set(out)]
}
