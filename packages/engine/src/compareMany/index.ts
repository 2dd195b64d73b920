import type { CompareManyInput, MatrixModel, MatrixPair, MatrixRow } from '../model'
import type { StandardRecord } from '../types'
import { compareSlugs } from '../compareSlugs/index'
import type { StandardDescription } from '../describeStandard/index'
import { describeStandard } from '../describeStandard/index'
import { pairSlug } from '../pairSlug/index'
import { MISSING_VALUE, sortAspects, valuesOf } from '../_lib/differences'
import { arrayOr, slugOf } from '../_lib/normalize'
import { displayPair, pairOrders } from '../displayPair/index'
import { buildSeo, latestDate } from '../_lib/seo'
import { makeSelectionRef } from '../_lib/selectionRef'
import { assessmentLabel, routeOf } from '../_lib/assessment'
import { cleanText, compareCodeUnits, foldForCompare, stringOr } from '../_lib/text'

/** The facts every standard has, in the order the matrix shows them. */
const FACTS: readonly { key: string; label: string; value: (d: StandardDescription, s: StandardRecord) => string }[] = [
  { key: 'category', label: 'Category', value: (d) => d.card.categoryName ?? '' },
  { key: 'legal-nature', label: 'Legal nature', value: (d) => d.header.legalNatureLabel },
  { key: 'obligation', label: 'Obligation', value: (d) => d.header.obligationLabel },
  { key: 'jurisdiction', label: 'Jurisdiction', value: (d) => d.header.jurisdiction },
  { key: 'publisher', label: 'Publisher', value: (d) => d.header.publisher },
  { key: 'edition-year', label: 'Current edition', value: (d) => (d.header.editionYear > 0 ? String(d.header.editionYear) : '') },
  { key: 'cost', label: 'Typical cost', value: (d) => `${d.card.cost.label} (${d.card.cost.description})` },
  { key: 'complexity', label: 'Complexity', value: (d) => d.card.complexity.label },
  { key: 'implementation', label: 'Implementation time', value: (d) => d.card.implementation.label },
  {
    key: 'certification',
    label: 'Certification',
    value: (_d, s) => assessmentLabel(routeOf(s)),
  },
]

/**
 * The records in canonical order, one per slug. Equal slugs fall back to the
 * serialized record, so which duplicate is kept does not depend on input order.
 */
function canonicalColumns(standards: readonly StandardRecord[]): StandardRecord[] {
  const sorted = arrayOr(standards)
    .filter((s): s is StandardRecord => Boolean(s) && typeof s === 'object')
    .slice()
    .sort((x, y) => compareSlugs(slugOf(x), slugOf(y)) || compareCodeUnits(JSON.stringify(x) ?? '', JSON.stringify(y) ?? ''))
  const seen = new Set<string>()
  return sorted.filter((s) => (seen.has(slugOf(s)) ? false : (seen.add(slugOf(s)), true)))
}

/** Same, differs or incomplete (see MatrixRow.status): only recorded values are compared. */
function rowStatus(values: readonly string[]): MatrixRow['status'] {
  const recorded = new Set(values.filter((v) => v !== MISSING_VALUE).map(foldForCompare))
  if (recorded.size > 1) return 'differs'
  return values.some((v) => v === MISSING_VALUE) ? 'incomplete' : 'same'
}

/** A row's comparison fields. */
function rowMarks(values: readonly string[]): Pick<MatrixRow, 'same' | 'status'> {
  const status = rowStatus(values)
  return { same: status === 'same', status }
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function describeMatrix(names: readonly string[], rows: readonly MatrixRow[]): string {
  const differing = rows.filter((r) => r.status === 'differs')
  const subject = `Compare ${listNames(names)} side by side`
  if (rows.length === 0) return `${subject}.`
  if (differing.length === 0) {
    return rows.every((r) => r.status === 'same') ? `${subject}: all ${rows.length} facts and aspects match.` : `${subject}: no recorded fact or aspect differs.`
  }
  const examples = listNames(differing.slice(0, 3).map((r) => r.label.toLowerCase()))
  return `${subject}: ${differing.length} of ${rows.length} facts and aspects differ, including ${examples}.`
}

/**
 * @name compareMany
 * @summary Build the comparison matrix of three or four standards.
 *
 * @description
 * The same facts a pair page shows, one column per standard in canonical
 * (`compareSlugs`) order and one row per fact (category, legal nature,
 * obligation, jurisdiction, publisher, edition, cost, complexity,
 * implementation time, certification) and per aspect (by aspect order), each
 * row marked same or different; plus every pair among the standards, with
 * whether a published comparison exists for it, and SEO data. Any
 * permutation of the standards gives a deep-equal model. Pure and total: a
 * repeated slug keeps one column, and any number of standards is accepted
 * (the site asks for three or four).
 *
 * @param input - The standards, aspects, published pairs and site
 * @returns The matrix model
 *
 * @example
 * const matrix = compareMany({ standards: [nis2, gdpr, iso27701], aspects, publishedPairs: [['gdpr', 'nis2']] })
 * matrix.title //=> 'GDPR vs ISO 27701 vs NIS2'
 * matrix.selection.path //=> '/compare/gdpr-vs-iso-27701-vs-nis2'
 * matrix.pairs.map((p) => [p.pair.slug, p.published]) //=> [['gdpr-vs-iso-27701', false], ['gdpr-vs-nis2', true], ['iso-27701-vs-nis2', false]]
 */
export function compareMany(input: CompareManyInput): MatrixModel {
  const records = canonicalColumns(input.standards)
  const described = records.map((s) => describeStandard(s))
  const columns = described.map((d) => d.header)
  const names = columns.map((c) => c.shortName)
  const selection = makeSelectionRef(records.map(slugOf))
  const title = names.join(' vs ')

  const factRows: MatrixRow[] = FACTS.map((fact) => {
    const values = described.map((d, i) => cleanText(fact.value(d, records[i] as StandardRecord)) || MISSING_VALUE)
    return { key: `fact:${fact.key}`, kind: 'fact', label: fact.label, values, ...rowMarks(values) }
  })
  const valueMaps = records.map(valuesOf)
  const aspectRows: MatrixRow[] = sortAspects(input.aspects).map((aspect) => {
    const slug = stringOr(aspect.slug)
    const values = valueMaps.map((m) => m.get(slug) ?? MISSING_VALUE)
    return {
      key: `aspect:${slug}`,
      kind: 'aspect',
      label: cleanText(aspect.name) || slug,
      values,
      ...rowMarks(values),
      aspect,
    }
  })
  const rows = [...factRows, ...aspectRows]

  // A published pair is reviewed: linked and titled in the order its editor chose.
  const published = pairOrders(arrayOr(input.publishedPairs))
  const pairs: MatrixPair[] = []
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const a = columns[i]
      const b = columns[j]
      if (!a || !b) continue
      const pair = displayPair(a.slug, b.slug, published)
      const swapped = pair.standards[0] !== a.slug
      const title = swapped ? `${names[j]} vs ${names[i]}` : `${names[i]} vs ${names[j]}`
      pairs.push({ pair, title, published: published.has(pairSlug(a.slug, b.slug)) })
    }
  }

  return {
    selection,
    title,
    columns,
    rows,
    differing: rows.filter((r) => r.status === 'differs').length,
    pairs,
    seo: buildSeo({
      title,
      verdict: describeMatrix(names, rows),
      pair: selection,
      faq: [],
      siteUrl: input.site?.url,
      siteName: input.site?.name,
      dates: { modified: latestDate(records.map((s) => s.updatedAt)) },
    }),
  }
}
