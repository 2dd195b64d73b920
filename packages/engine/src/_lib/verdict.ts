import type { StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { legalNatureLabel } from '../legalNatureLabel/index'
import { monthsLabel } from '../monthsLabel/index'
import { obligationLabel } from '../obligationLabel/index'
import { complexityRank, displayName, normalizeMonths } from './normalize'
import { lowerFirst, meaningfulText, stripTrailingPunctuation, withArticle } from './text'

const GENERIC_JURISDICTIONS = new Set(['international', 'global', 'worldwide', 'multinational', 'regional'])
const LAWS = new Set(['regulation', 'directive', 'law'])

/** A head noun phrase followed by "for …" within the first few words: "Guidelines for X" → "for X". */
const FOR_PHRASE = /^(?:\S+ ){0,5}?for (\S.*)$/i

function jurisdictionWord(jurisdiction: string): string {
  return GENERIC_JURISDICTIONS.has(jurisdiction.toLowerCase()) ? jurisdiction.toLowerCase() : jurisdiction
}

/** Multi-word bodies take "the" ("the European Parliament and Council"); acronyms do not ("ISO/IEC"). */
function publisherPhrase(publisher: string): string {
  return publisher.includes(' ') && !/^the /i.test(publisher) ? `the ${publisher}` : publisher
}

/** The tagline as a phrase that can follow "… from ISO/IEC". */
function taglinePhrase(tagline: string): string {
  const text = meaningfulText(stripTrailingPunctuation(meaningfulText(tagline).replace(/^[\s.,;:!?…\-–—]+/u, '')))
  if (!text) return ''
  const match = FOR_PHRASE.exec(text)
  if (match?.[1]) return `for ${lowerFirst(match[1])}`
  return `covering ${lowerFirst(text)}`
}

/** "ISO 27701 is a voluntary international certifiable standard from ISO/IEC for …" */
export function whatItIs(standard: StandardRecord): string {
  const descriptor = [
    obligationLabel(standard.obligation).toLowerCase(),
    jurisdictionWord(meaningfulText(standard.jurisdiction)),
    legalNatureLabel(standard.legalNature).toLowerCase(),
  ]
    .filter(Boolean)
    .join(' ')
  const publisher = meaningfulText(standard.publisher)
  return [displayName(standard), 'is', withArticle(descriptor), publisher && `from ${publisherPhrase(publisher)}`, taglinePhrase(standard.tagline)]
    .filter(Boolean)
    .join(' ')
}

/** Why organizations take a standard up; `both` words it for two standards at once. */
function adoptionReason(standard: StandardRecord, both = false): string {
  if (standard.obligation === 'mandatory') {
    const where = both ? 'where they apply' : 'where it applies'
    return LAWS.has(standard.legalNature)
      ? `because the law requires ${both ? 'them' : 'it'} ${where}`
      : `because compliance is required ${where}`
  }
  switch (standard.legalNature) {
    case 'certifiable-standard':
      return 'to earn independent certification'
    case 'guidance-standard':
      return 'for best-practice guidance'
    case 'framework':
      return 'to structure their programme around a recognised framework'
    case 'industry-scheme':
      return 'to meet industry and customer expectations'
    default:
      return 'to demonstrate good practice'
  }
}

function monthsOf(standard: StandardRecord): { min: number; max: number } {
  return normalizeMonths(standard.implementationMonths?.min, standard.implementationMonths?.max)
}

function monthsMidpoint(standard: StandardRecord): number {
  const range = monthsOf(standard)
  return range.min + range.max
}

function monthsText(standard: StandardRecord): string {
  const range = monthsOf(standard)
  return monthsLabel(range.min, range.max)
}

/** How the effort differs: complexity first, then typical duration. */
function effortClause(a: StandardRecord, b: StandardRecord, nameA: string, nameB: string): string {
  const rankA = complexityRank(a.complexity)
  const rankB = complexityRank(b.complexity)
  if (rankA !== rankB && rankA > 0 && rankB > 0) {
    const [heavy, light, heavyName, lightName] = rankA > rankB ? [a, b, nameA, nameB] : [b, a, nameB, nameA]
    return `${heavyName} is the heavier lift (${complexityLabel(heavy.complexity).toLowerCase()} complexity, typically ${monthsText(heavy)}, against ${monthsText(light)} for ${lightName})`
  }
  const midA = monthsMidpoint(a)
  const midB = monthsMidpoint(b)
  if (midA !== midB) {
    const [long, short, longName] = midA > midB ? [a, b, nameA] : [b, a, nameB]
    return `${longName} typically takes longer to implement (${monthsText(long)} against ${monthsText(short)})`
  }
  return `both typically take ${monthsText(a)} to implement`
}

/**
 * Two sentences from the facts: what each standard is, then why organizations
 * adopt each and how the effort differs. Arguments in canonical order; the
 * `whatItIs` clauses may be passed in when already known.
 */
export function generateVerdict(
  a: StandardRecord,
  b: StandardRecord,
  clauseA: string = whatItIs(a),
  clauseB: string = whatItIs(b),
): string {
  const nameA = displayName(a)
  const nameB = displayName(b)
  const first = `${clauseA}, while ${clauseB}.`
  const reasonA = adoptionReason(a)
  const reasonB = adoptionReason(b)
  const why =
    reasonA === reasonB
      ? `Organizations adopt both ${nameA} and ${nameB} ${adoptionReason(a, true)}`
      : `Organizations adopt ${nameA} ${reasonA}, and ${nameB} ${reasonB}`
  const second = `${why}; ${effortClause(a, b, nameA, nameB)}.`
  return `${first} ${second}`.replace(/\s+/g, ' ').trim()
}
