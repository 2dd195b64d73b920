import type { StandardRecord } from '../types'
import { legalNatureLabel } from '../legalNatureLabel/index'
import { obligationLabel } from '../obligationLabel/index'
import { costClaim, effortClaim } from './claims'
import { categoryName, displayName, slugOf } from './normalize'
import { buildRelations } from './relations'
import { foldForCompare, lowerFirst, meaningfulText, stripTrailingPunctuation, withArticle } from './text'

const GENERIC_JURISDICTIONS = new Set(['international', 'global', 'worldwide', 'multinational', 'regional'])
const LAWS = new Set(['regulation', 'directive', 'law'])

/** A head noun phrase followed by "for …" within the first few words: "Guidelines for X" → "for X". */
const FOR_PHRASE = /^(?:\S+ ){0,5}?for (\S.*)$/i

function jurisdictionWord(jurisdiction: string): string {
  return GENERIC_JURISDICTIONS.has(jurisdiction.toLowerCase()) ? jurisdiction.toLowerCase() : jurisdiction
}

/** Words that make a publisher's name a description of a body, which takes "the". */
const BODY_NOUN =
  /\b(?:Council|Parliament|Commission|Institute|Organi[sz]ation|Board|Committee|Agency|Alliance|Association|Authority|Office|Department|Ministry|Bureau|Forum|Foundation|Federation|Cent(?:re|er)|Consortium|Union|Society|Regulator|Assembly|Government|Congress|Secretariat)s?\b/i

/**
 * Bodies named by what they are take "the" ("the European Parliament and Council", "the PCI Security
 * Standards Council"); acronyms and brand names do not ("ISO/IEC", "UL Standards & Engagement").
 */
function publisherPhrase(publisher: string): string {
  return BODY_NOUN.test(publisher) && !/^the /i.test(publisher) ? `the ${publisher}` : publisher
}

/** The tagline as a phrase that can follow "… from ISO/IEC". */
function taglinePhrase(tagline: string, names: readonly string[] = []): string {
  const text = meaningfulText(stripTrailingPunctuation(meaningfulText(tagline).replace(/^[\s.,;:!?…\-–—]+/u, '')))
  if (!text) return ''
  const match = FOR_PHRASE.exec(text)
  if (match?.[1]) return `for ${lowerFirst(match[1], names)}`
  return `covering ${lowerFirst(text, names)}`
}

/** Places that read well before a noun ("a European Union regulation"); others follow it ("a law of South Africa"). */
const ATTRIBUTIVE_PLACES = new Set(['european union', 'eu', 'united states', 'us', 'united kingdom', 'uk'])

/** The jurisdiction before the noun, or after it: "of South Africa" for a law, "used in …" for a standard. */
function placeOf(jurisdiction: string, legalNature: string): { before: string; after: string } {
  if (!jurisdiction || GENERIC_JURISDICTIONS.has(jurisdiction.toLowerCase()) || ATTRIBUTIVE_PLACES.has(jurisdiction.toLowerCase())) {
    return { before: jurisdictionWord(jurisdiction), after: '' }
  }
  const place = /^(?:United|Netherlands|Philippines)\b|\b(?:Union|Kingdom|Republic|Emirates|States)\b/.test(jurisdiction) && !/^the /i.test(jurisdiction) ? `the ${jurisdiction}` : jurisdiction
  return { before: '', after: LAWS.has(legalNature) ? `of ${place}` : `used in ${place}` }
}

/** "ISO 27701 is a voluntary international certifiable standard from ISO/IEC for …" */
export function whatItIs(standard: StandardRecord): string {
  const place = placeOf(meaningfulText(standard.jurisdiction), standard.legalNature)
  const descriptor = [obligationLabel(standard.obligation).toLowerCase(), place.before, legalNatureLabel(standard.legalNature).toLowerCase(), place.after]
    .filter(Boolean)
    .join(' ')
  const publisher = meaningfulText(standard.publisher)
  return [displayName(standard), 'is', withArticle(descriptor), publisher && `from ${publisherPhrase(publisher)}`, taglinePhrase(standard.tagline, [standard.jurisdiction, standard.publisher, standard.shortName].map(meaningfulText))]
    .filter(Boolean)
    .join(' ')
}

/** Why organisations take a standard up; `both` words it for two standards at once. */
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
    case 'accreditation-standard':
      return both ? 'to be accredited by an accreditation body' : 'to be accredited by a national accreditation body'
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

/** "data protection" from a category name, keeping names' capitals. */
function subjectOf(standard: StandardRecord): string {
  const name = stripTrailingPunctuation(meaningfulText(categoryName(standard.category) ?? '').replace(/^[^\p{L}\p{N}]+/u, ''))
  return /\p{L}/u.test(name) ? lowerFirst(name) : ''
}

/** Links between the two that change how they are taken up (one extends, builds on or replaces the other). */
const STRUCTURAL = new Set(['extends', 'builds-on', 'replaces'])

/**
 * What matters first for this pair: one law takes precedence over the other, one builds on the other, both are laws
 * of the same jurisdiction, they govern different things, or they cover the
 * same subject. Every branch reads only the records' own facts.
 */
function framing(a: StandardRecord, b: StandardRecord, nameA: string, nameB: string): string {
  // One law gives way to the other where both apply: said first, since it decides which duties hold.
  const precedence = buildRelations(a, b).find((r) => r.relation === 'takes-precedence')
  if (precedence) {
    const [specific, general] = precedence.from === slugOf(a) ? [nameA, nameB] : [nameB, nameA]
    return (
      `${precedence.sentence} where both apply, as the more specific law: an organisation subject to both ` +
      `meets the duties of ${specific} where the two overlap and the remaining duties of ${general}.`
    )
  }
  const relation = buildRelations(a, b).find((r) => STRUCTURAL.has(String(r.relation)))
  if (relation) {
    const base = relation.from === slugOf(a) ? nameB : nameA
    return `${relation.sentence}, so organisations usually meet ${base} first and take the other on top of it.`
  }
  const jurisdictionA = meaningfulText(a.jurisdiction)
  const jurisdictionB = meaningfulText(b.jurisdiction)
  const sameJurisdiction =
    jurisdictionA !== '' &&
    foldForCompare(jurisdictionA) === foldForCompare(jurisdictionB) &&
    !GENERIC_JURISDICTIONS.has(jurisdictionA.toLowerCase())
  const subjectA = subjectOf(a)
  const subjectB = subjectOf(b)
  const differentSubjects = subjectA !== '' && subjectB !== '' && foldForCompare(subjectA) !== foldForCompare(subjectB)
  const about = differentSubjects ? `${nameA} is about ${subjectA}, ${nameB} about ${subjectB}` : subjectA ? `both address ${subjectA}` : ''
  const bound = a.obligation === 'mandatory' || b.obligation === 'mandatory' ? 'subject to' : 'taking up'
  if (LAWS.has(a.legalNature) && LAWS.has(b.legalNature) && sameJurisdiction) {
    return `${nameA} and ${nameB} are both part of ${jurisdictionA} law${about ? `: ${about}` : ''}; an organisation subject to both has to meet the duties of each.`
  }
  // A recorded link (complements, maps to) says the two overlap: work done for one helps with the other.
  const link = buildRelations(a, b)[0]
  if (link) {
    // Said in the link's order: "NIS2 complements ISO 27001: NIS2 is about …, ISO 27001 about …".
    const linkAbout =
      differentSubjects && link.from !== slugOf(a) ? `${nameB} is about ${subjectB}, ${nameA} about ${subjectA}` : about
    return `${link.sentence}${linkAbout ? `: ${linkAbout}` : ''}; an organisation ${bound} both can reuse work done for one in the other.`
  }
  if (differentSubjects) {
    return `${nameA} and ${nameB} govern different things: ${about}; an organisation ${bound} both treats them as separate programmes.`
  }
  if (subjectA !== '') return `${nameA} and ${nameB} both address ${subjectA}.`
  return ''
}

/**
 * The verdict from the facts: what matters for the pair (see `framing`), what
 * each standard is, why organisations adopt each, then the comparative claims
 * of `claims.ts` that hold (effort, cost) — none when the facts tie.
 * Arguments in canonical order; the `whatItIs` clauses may be passed in when
 * already known.
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
      ? `Organisations adopt both ${nameA} and ${nameB} ${adoptionReason(a, true)}`
      : `Organisations adopt ${nameA} ${reasonA}, and ${nameB} ${reasonB}`
  const named = [
    { standard: a, name: nameA },
    { standard: b, name: nameB },
  ] as const
  // The effort claim when there is one, else the cost claim: one comparative claim keeps the verdict short.
  const claim = effortClaim(named[0], named[1]) ?? costClaim(named[0], named[1])
  const second = claim ? `${why}; ${claim}.` : `${why}.`
  return [framing(a, b, nameA, nameB), first, second].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()
}
