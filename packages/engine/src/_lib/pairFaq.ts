import type { FaqItem, StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { monthsLabel } from '../monthsLabel/index'
import { routeOf } from './assessment'
import type { Named } from './claims'
import { certificationClaim, complexityOrder, durationOrder, effortClaim, obligationClaim } from './claims'
import { normalizeMonths } from './normalize'
import { foldForCompare, upperFirst } from './text'

function monthsText(standard: StandardRecord): string {
  const m = normalizeMonths(standard.implementationMonths?.min, standard.implementationMonths?.max)
  return monthsLabel(m.min, m.max)
}

function obligationAnswer(a: Named, b: Named): string {
  const claim = obligationClaim(a, b)
  if (claim) return `${upperFirst(claim)}.`
  return a.standard.obligation === 'mandatory'
    ? `Both are mandatory where they apply.`
    : `Neither is required by law: both ${a.name} and ${b.name} are voluntary.`
}

function certificationAnswer(a: Named, b: Named): string {
  const claim = certificationClaim(a, b)
  if (claim) return `${upperFirst(claim)}.`
  switch (routeOf(a.standard)) {
    case 'certification':
      return `Yes, both: each has its own certification by an independent auditor, in separate audits (often combined by one certification body).`
    case 'accreditation':
      return `Neither is certified: bodies such as laboratories are accredited against ${a.name} and ${b.name} by an accreditation body.`
    default:
      return `No: neither ${a.name} nor ${b.name} has a certification of its own.`
  }
}

function effortAnswer(a: Named, b: Named): string {
  const claim = effortClaim(a, b)
  if (claim) return `${upperFirst(claim)}.`
  const sameComplexity = complexityOrder(a.standard, b.standard) === 0 && a.standard.complexity === b.standard.complexity
  const sameMonths = monthsText(a.standard) === monthsText(b.standard)
  const complexity = `${complexityLabel(a.standard.complexity).toLowerCase()} complexity`
  if (sameComplexity && sameMonths) return `Neither is heavier: both are rated ${complexity} and typically take ${monthsText(a.standard)} to implement.`
  const durations = durationOrder(a.standard, b.standard) === 0 && !sameMonths
  return `Neither is clearly heavier: ${a.name} typically takes ${monthsText(a.standard)} and ${b.name} ${monthsText(b.standard)}${
    durations ? ', ranges that overlap' : ''
  }${sameComplexity ? `, both at ${complexity}` : ''}.`
}

/**
 * Questions every pair page answers from the two records' facts (obligation,
 * certification, effort), worded by the same claims as the verdict; the
 * editor's own questions come first and a generated question they already
 * ask is left out.
 */
export function pairFaq(a: Named, b: Named, clauses: [string, string], editorItems: readonly FaqItem[]): FaqItem[] {
  const generated: FaqItem[] = [
    { question: `What is the difference between ${a.name} and ${b.name}?`, answer: `${clauses[0]}, while ${clauses[1]}.` },
    { question: `Are ${a.name} and ${b.name} mandatory?`, answer: obligationAnswer(a, b) },
    { question: `Can an organisation be certified against ${a.name} or ${b.name}?`, answer: certificationAnswer(a, b) },
    { question: `Which takes more effort to implement, ${a.name} or ${b.name}?`, answer: effortAnswer(a, b) },
  ]
  const asked = new Set(editorItems.map((item) => foldForCompare(item.question)))
  return [...editorItems, ...generated.filter((item) => !asked.has(foldForCompare(item.question)))]
}
