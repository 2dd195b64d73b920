import type { AspectRecord, RichText, StandardRecord } from '../types'
import { richTextToPlainText } from '../richTextToPlainText/index'
import { sortAspects } from '../_lib/differences'
import { arrayOr, categoryKey, cleanList, displayName, richTextOrNull, slugOf } from '../_lib/normalize'
import { cleanParagraphs, cleanText, stringOr } from '../_lib/text'

/** The parts of a comparison page a standard's fields feed. */
export type ComparisonSection =
  | 'quick-verdict'
  | 'cards'
  | 'detailed-analysis'
  | 'key-differences'
  | 'faq'
  | 'seo'
  | 'related'

export const SECTION_LABELS: Readonly<Record<ComparisonSection, string>> = {
  'quick-verdict': 'Quick verdict',
  cards: 'Cards',
  'detailed-analysis': 'Detailed analysis',
  'key-differences': 'Key differences',
  faq: 'FAQ',
  seo: 'SEO',
  related: 'Related comparisons',
}

const SECTION_ORDER = Object.keys(SECTION_LABELS) as ComparisonSection[]

/** Thresholds below which a filled field still reads thin. */
export const MIN_KEY_FEATURES = 3
export const MIN_WHAT_IT_IS_WORDS = 40
export const MIN_PROSE_WORDS = 25
export const MIN_FAQ = 2

export type CompletenessField =
  | 'tagline'
  | 'officialTitle'
  | 'publisher'
  | 'jurisdiction'
  | 'category'
  | 'keyFeatures'
  | 'whatItIs'
  | 'keyComponents'
  | 'whyOrganizationsUseIt'
  | 'implementationOverview'
  | 'aspectValues'
  | 'faq'
  | 'sources'
  | 'related'

/** How much of the score (out of 100) each field carries, and the sections it feeds. */
const FIELDS: Readonly<Record<CompletenessField, { weight: number; sections: ComparisonSection[] }>> = {
  tagline: { weight: 5, sections: ['quick-verdict', 'cards'] },
  officialTitle: { weight: 3, sections: ['cards'] },
  publisher: { weight: 3, sections: ['quick-verdict', 'cards'] },
  jurisdiction: { weight: 3, sections: ['quick-verdict', 'cards'] },
  category: { weight: 3, sections: ['cards', 'related'] },
  keyFeatures: { weight: 10, sections: ['cards'] },
  whatItIs: { weight: 15, sections: ['detailed-analysis'] },
  keyComponents: { weight: 5, sections: ['detailed-analysis'] },
  whyOrganizationsUseIt: { weight: 8, sections: ['detailed-analysis'] },
  implementationOverview: { weight: 8, sections: ['detailed-analysis'] },
  aspectValues: { weight: 17, sections: ['key-differences'] },
  faq: { weight: 10, sections: ['faq', 'seo'] },
  sources: { weight: 5, sections: ['detailed-analysis'] },
  related: { weight: 5, sections: ['related'] },
}

export interface CompletenessIssue {
  field: CompletenessField
  /** `missing`: empty; `thin`: filled, but below the threshold. */
  severity: 'missing' | 'thin'
  /** Plain-language description, e.g. "Only 2 key features (aim for at least 3)". */
  message: string
  /** Points lost, out of 100. */
  penalty: number
  sections: ComparisonSection[]
  /** For `aspectValues`: slugs of the aspects without a value, in row order. */
  aspects?: string[]
}

export interface DegradedSection {
  section: ComparisonSection
  label: string
  /** The fields that degrade it, in issue order. */
  fields: CompletenessField[]
}

export interface CompletenessReport {
  slug: string
  name: string
  /** 0–100, an integer: 100 means nothing is empty or thin. */
  score: number
  issues: CompletenessIssue[]
  /** The comparison sections degraded by the issues, in page order. */
  sections: DegradedSection[]
}

function words(text: string): number {
  const clean = cleanText(text)
  return clean ? clean.split(' ').length : 0
}

function richTextWords(value: RichText | null | undefined): number {
  const rich = richTextOrNull(value)
  return rich ? words(richTextToPlainText(rich)) : 0
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * @name assessCompleteness
 * @summary Which fields of a standard are empty or thin, and what that costs its comparisons.
 *
 * @description
 * Checks every field a comparison page draws on: the facts behind the quick
 * verdict and cards (tagline, title, publisher, jurisdiction, category, at
 * least 3 key features), the prose of the detailed analysis ("What it is" of
 * at least 40 words, the other rich texts of at least 25, key components,
 * sources), a value for every aspect, at least 2 FAQ entries (which also feed
 * the FAQ rich results) and related standards. Each field carries a share of
 * a 100-point score: a missing field loses all of it, a thin one half, and
 * missing aspect values lose their proportion. Pure and total.
 *
 * @param standard - The standard to assess
 * @param aspects - Every comparison aspect (each should have a value)
 * @returns The score, the issues and the degraded comparison sections
 *
 * @example
 * const report = assessCompleteness({ ...iso27032, faq: [] }, aspects)
 * report.issues[0] //=> { field: 'faq', severity: 'missing', message: 'No FAQ entries', penalty: 10, sections: ['faq', 'seo'] }
 * report.sections.map((s) => s.label) //=> ['FAQ', 'SEO']
 */
export function assessCompleteness(
  standard: StandardRecord,
  aspects: readonly AspectRecord[] | null | undefined,
): CompletenessReport {
  const issues: CompletenessIssue[] = []
  const add = (field: CompletenessField, severity: 'missing' | 'thin', message: string, extra: Partial<CompletenessIssue> = {}) => {
    const { weight, sections } = FIELDS[field]
    issues.push({ field, severity, message, penalty: severity === 'missing' ? weight : weight / 2, sections, ...extra })
  }

  if (!cleanText(standard.tagline)) add('tagline', 'missing', 'No tagline')
  if (!cleanText(standard.officialTitle)) add('officialTitle', 'missing', 'No official title')
  if (!cleanText(standard.publisher)) add('publisher', 'missing', 'No publisher')
  if (!cleanText(standard.jurisdiction)) add('jurisdiction', 'missing', 'No jurisdiction')
  if (categoryKey(standard.category) === null) add('category', 'missing', 'No category')

  const features = cleanList(standard.keyFeatures).length
  if (features === 0) add('keyFeatures', 'missing', 'No key features')
  else if (features < MIN_KEY_FEATURES) {
    add('keyFeatures', 'thin', `Only ${plural(features, 'key feature', 'key features')} (aim for at least ${MIN_KEY_FEATURES})`)
  }

  const whatItIs = richTextWords(standard.whatItIs)
  if (whatItIs === 0) add('whatItIs', 'missing', '"What it is" is empty')
  else if (whatItIs < MIN_WHAT_IT_IS_WORDS) {
    add('whatItIs', 'thin', `"What it is" has ${plural(whatItIs, 'word', 'words')} (aim for at least ${MIN_WHAT_IT_IS_WORDS})`)
  }

  if (cleanList(standard.keyComponents).length === 0) add('keyComponents', 'missing', 'No key components')

  for (const [field, label] of [
    ['whyOrganizationsUseIt', '"Why organisations use it"'],
    ['implementationOverview', '"Implementation overview"'],
  ] as const) {
    const count = richTextWords(standard[field])
    if (count === 0) add(field, 'missing', `${label} is empty`)
    else if (count < MIN_PROSE_WORDS) {
      add(field, 'thin', `${label} has ${plural(count, 'word', 'words')} (aim for at least ${MIN_PROSE_WORDS})`)
    }
  }

  const filled = new Set<string>()
  for (const entry of arrayOr(standard.aspectValues)) {
    if (entry && typeof entry === 'object' && typeof entry.aspect === 'string' && cleanParagraphs(entry.value)) {
      filled.add(entry.aspect)
    }
  }
  const ordered = sortAspects(aspects)
  const missingAspects = ordered.filter((aspect) => !filled.has(stringOr(aspect.slug)))
  if (missingAspects.length > 0) {
    const names = missingAspects.map((aspect) => cleanText(aspect.name) || stringOr(aspect.slug))
    const all = missingAspects.length === ordered.length
    const { weight, sections } = FIELDS.aspectValues
    issues.push({
      field: 'aspectValues',
      severity: all ? 'missing' : 'thin',
      message: `${all ? 'No aspect values' : 'Missing aspect values'}: ${names.join(', ')}`,
      penalty: (weight * missingAspects.length) / ordered.length,
      sections,
      aspects: missingAspects.map((aspect) => stringOr(aspect.slug)),
    })
  }

  const faq = arrayOr(standard.faq).filter(
    (item) => item && typeof item === 'object' && cleanText(item.question) && cleanParagraphs(item.answer),
  ).length
  if (faq === 0) add('faq', 'missing', 'No FAQ entries')
  else if (faq < MIN_FAQ) add('faq', 'thin', `Only ${plural(faq, 'FAQ entry', 'FAQ entries')} (aim for at least ${MIN_FAQ})`)

  const sources = arrayOr(standard.sources).filter((s) => s && typeof s === 'object' && cleanText(s.url)).length
  if (sources === 0) add('sources', 'missing', 'No sources')

  const related = arrayOr(standard.related).filter((r) => r && typeof r === 'object' && cleanText(r.standard)).length
  if (related === 0) add('related', 'missing', 'No related standards')

  const lost = issues.reduce((sum, issue) => sum + issue.penalty, 0)
  const sections: DegradedSection[] = SECTION_ORDER.flatMap((section) => {
    const fields = issues.filter((issue) => issue.sections.includes(section)).map((issue) => issue.field)
    return fields.length > 0 ? [{ section, label: SECTION_LABELS[section], fields }] : []
  })
  return {
    slug: slugOf(standard),
    name: displayName(standard),
    // Any issue keeps the score below 100, however small its share.
    score: issues.length === 0 ? 100 : Math.max(0, Math.min(99, Math.round(100 - lost))),
    issues,
    sections,
  }
}
