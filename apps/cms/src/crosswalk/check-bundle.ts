import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry, TextLicence } from '@versus/content'
import { isValidSlug } from '@versus/engine'
import { requirementSegment } from '@versus/content'

import { isWebAddress } from '../lib/validators'
import { requirementKey, requirementLabel, type BundleProblem } from './bundle-problems'
import { licenceProblems } from './licence'

/** What the database already holds that a bundle may refer to, by string id. */
export interface KnownRecords {
  /** Standard slug → database id. */
  standards: Map<string, string>
  /** Edition id → its standard's database id and licence. */
  editions: Map<string, { standard: string; textLicence: TextLicence }>
  /** requirementKey(edition, refId) → URL segment. */
  requirements: Map<string, { slug: string }>
}

const EDITION_STATUSES = ['current', 'superseded', 'withdrawn', 'draft']
const LICENCES = ['full-text', 'titles-and-ids', 'ids-only']
const METHODS = ['set-theory', 'crosswalk', 'supportive', 'edition-transition']
const SET_STATUSES = ['draft', 'complete', 'not-complete', 'deprecated', 'superseded']
const RELATIONSHIPS = ['equal', 'subset', 'superset', 'intersect', 'not-related', 'related']
const RATIONALES = ['syntactic', 'semantic', 'functional']

type Problem = Omit<BundleProblem, 'kind' | 'record'>

export const GAP_ROW_MESSAGE = 'Name at least one requirement; one side may be empty only in a "not-related" gap row.'

const isDate = (value: unknown): boolean => typeof value === 'string' && Number.isFinite(Date.parse(value))

function text(problems: Problem[], field: string, value: unknown, max: number, required = false): void {
  if (value === undefined || value === null || value === '') {
    if (required) problems.push({ field, message: 'Required.' })
    return
  }
  if (typeof value !== 'string') problems.push({ field, message: 'Must be text.' })
  else if (value.length > max) problems.push({ field, message: `At most ${max} characters (this has ${value.length}).` })
}

function oneOf(problems: Problem[], field: string, value: unknown, allowed: readonly string[], required = true): void {
  if ((value === undefined || value === null) && !required) return
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push({ field, message: `Must be one of ${allowed.join(', ')} (got ${JSON.stringify(value ?? null)}).` })
  }
}

function checkEdition(edition: EditionEntry, bundle: CrosswalkBundle, known: KnownRecords): Problem[] {
  const problems: Problem[] = []
  if (typeof edition.id !== 'string' || !isValidSlug(edition.id) || edition.id.length > 80) {
    problems.push({ field: 'id', message: 'An edition id is lowercase letters and digits separated by single hyphens ("iso-27001-2022").' })
  }
  if (!known.standards.has(edition.standard)) {
    problems.push({ field: 'standard', message: `There is no standard with slug ${JSON.stringify(edition.standard)}.` })
  }
  text(problems, 'label', edition.label, 120, true)
  if (!Number.isInteger(edition.year) || edition.year < 1900 || edition.year > 2100) {
    problems.push({ field: 'year', message: 'A whole year between 1900 and 2100.' })
  }
  oneOf(problems, 'status', edition.status, EDITION_STATUSES)
  oneOf(problems, 'textLicence', edition.textLicence, LICENCES)
  if (edition.supersedes) {
    const previous = bundle.editions.find((e) => e.id === edition.supersedes)
    const standardOfPrevious = previous ? known.standards.get(previous.standard) : known.editions.get(edition.supersedes)?.standard
    if (edition.supersedes === edition.id) problems.push({ field: 'supersedes', message: 'An edition cannot supersede itself.' })
    else if (!previous && !known.editions.has(edition.supersedes)) {
      problems.push({ field: 'supersedes', message: `There is no edition ${JSON.stringify(edition.supersedes)}.` })
    } else if (standardOfPrevious !== known.standards.get(edition.standard)) {
      problems.push({ field: 'supersedes', message: `${edition.supersedes} is an edition of another standard.` })
    }
  }
  if (edition.transitionDeadline && !isDate(edition.transitionDeadline)) {
    problems.push({ field: 'transitionDeadline', message: 'An ISO 8601 date ("2025-10-31").' })
  }
  const amendments = edition.amendments ?? []
  if (!Array.isArray(amendments) || amendments.length > 20 || amendments.some((a) => typeof a !== 'string' || a.length > 200)) {
    problems.push({ field: 'amendments', message: 'At most 20 short labels of at most 200 characters.' })
  }
  return problems
}

function checkRequirement(
  requirement: RequirementEntry,
  licenceOf: (edition: string) => TextLicence | undefined,
  refIdKnown: (edition: string, refId: string) => boolean,
): Problem[] {
  const problems: Problem[] = []
  const licence = licenceOf(requirement.edition)
  if (licence === undefined) problems.push({ field: 'edition', message: `There is no edition ${JSON.stringify(requirement.edition)}.` })
  text(problems, 'refId', requirement.refId, 100, true)
  if (typeof requirement.refId === 'string' && requirement.refId !== '' && requirementSegment(requirement.refId) === '') {
    problems.push({ field: 'refId', message: 'Has no letters or digits to build a URL from.' })
  }
  if (requirement.parent) {
    if (requirement.parent === requirement.refId) problems.push({ field: 'parent', message: 'A requirement cannot be its own parent.' })
    else if (!refIdKnown(requirement.edition, requirement.parent)) {
      problems.push({ field: 'parent', message: `There is no requirement ${JSON.stringify(requirement.parent)} in ${requirement.edition}.` })
    }
  }
  text(problems, 'kind', requirement.kind, 40)
  text(problems, 'title', requirement.title, 300)
  text(problems, 'summary', requirement.summary, 600)
  text(problems, 'text', requirement.text, 20_000)
  if (typeof requirement.assessable !== 'boolean') problems.push({ field: 'assessable', message: 'true or false.' })
  if (requirement.order !== undefined && requirement.order !== null && !Number.isInteger(requirement.order)) {
    problems.push({ field: 'order', message: 'A whole number.' })
  }
  if (licence !== undefined) problems.push(...licenceProblems(licence, requirement))
  return problems
}

function checkSet(set: MappingSetEntry, editionKnown: (id: string) => boolean): Problem[] {
  const problems: Problem[] = []
  if (typeof set.id !== 'string' || !isValidSlug(set.id.replace(/--/g, '-')) || set.id.length > 160) {
    problems.push({ field: 'id', message: 'A set id is lowercase letters, digits and hyphens ("nist-csf-2-0--iso-27001-2022").' })
  }
  for (const field of ['sourceEdition', 'targetEdition'] as const) {
    if (!editionKnown(set[field])) problems.push({ field, message: `There is no edition ${JSON.stringify(set[field])}.` })
  }
  if (set.sourceEdition === set.targetEdition) problems.push({ field: 'targetEdition', message: 'A mapping set links two different editions.' })
  text(problems, 'title', set.title, 200)
  text(problems, 'publisher', set.publisher, 150, true)
  text(problems, 'author', set.author, 150)
  text(problems, 'licence', set.licence, 200)
  oneOf(problems, 'method', set.method, METHODS)
  oneOf(problems, 'status', set.status, SET_STATUSES)
  if (typeof set.comprehensive !== 'boolean') problems.push({ field: 'comprehensive', message: 'true or false.' })
  if (set.sourceUrl && (typeof set.sourceUrl !== 'string' || set.sourceUrl.length > 2000 || !isWebAddress(set.sourceUrl))) {
    problems.push({ field: 'sourceUrl', message: 'A full web address starting with http:// or https://.' })
  }
  if (set.reviewedAt && !isDate(set.reviewedAt)) problems.push({ field: 'reviewedAt', message: 'An ISO 8601 date.' })
  if (set.fileHash && !/^[0-9a-f]{64}$/.test(set.fileHash)) problems.push({ field: 'fileHash', message: 'A sha256 in lowercase hex.' })
  for (const field of ['coveredTargets', 'coveredSources'] as const) {
    const list = set[field]
    if (list !== undefined && list !== null && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      problems.push({ field, message: 'A list of refIds.' })
    }
  }
  return problems
}

function checkMapping(row: MappingEntry, set: MappingSetEntry | undefined, refIdKnown: (edition: string, refId: string) => boolean): Problem[] {
  const problems: Problem[] = []
  if (!set) return [{ field: 'set', message: `There is no set ${JSON.stringify(row.set)} in this bundle.` }]
  for (const [field, edition] of [
    ['sources', set.sourceEdition],
    ['targets', set.targetEdition],
  ] as const) {
    const refIds = row[field]
    if (!Array.isArray(refIds)) {
      problems.push({ field, message: 'A list of refIds.' })
      continue
    }
    if (refIds.length === 0) {
      // A gap row: this requirement has no counterpart on the other side.
      const other = row[field === 'sources' ? 'targets' : 'sources']
      const gap = row.relationship === 'not-related' && Array.isArray(other) && other.length > 0
      if (!gap) problems.push({ field, message: GAP_ROW_MESSAGE })
      continue
    }
    if (refIds.length > 50) problems.push({ field, message: 'At most 50 requirements.' })
    const missing = refIds.filter((refId) => !refIdKnown(edition, refId))
    if (missing.length > 0) problems.push({ field, message: `Not in ${edition}: ${missing.join(', ')}.` })
  }
  oneOf(problems, 'relationship', row.relationship, RELATIONSHIPS)
  oneOf(problems, 'rationale', row.rationale, RATIONALES, false)
  if (row.strength !== undefined && row.strength !== null && !(Number.isInteger(row.strength) && row.strength >= 0 && row.strength <= 10)) {
    problems.push({ field: 'strength', message: 'A whole number from 0 to 10.' })
  }
  text(problems, 'gapNote', row.gapNote, 1000)
  return problems
}

/**
 * Every problem that would stop the bundle from being written, each with its record and field:
 * unknown standards, editions and refIds, parents missing, licence violations, URL segments
 * clashing within an edition, values out of range. Takes a merged bundle (merge-bundle.ts).
 */
export function checkBundle(
  bundle: CrosswalkBundle,
  known: KnownRecords,
  rowNumbers: ReadonlyMap<MappingEntry, number> = new Map(),
): BundleProblem[] {
  const problems: BundleProblem[] = []
  const editionsById = new Map(bundle.editions.map((edition) => [edition.id, edition]))
  const licenceOf = (edition: string) => editionsById.get(edition)?.textLicence ?? known.editions.get(edition)?.textLicence
  const editionKnown = (edition: string) => licenceOf(edition) !== undefined
  const inBundle = new Set(bundle.requirements.map((r) => requirementKey(r.edition, r.refId)))
  const refIdKnown = (edition: string, refId: string) =>
    inBundle.has(requirementKey(edition, refId)) || known.requirements.has(requirementKey(edition, refId))

  for (const edition of bundle.editions) {
    for (const problem of checkEdition(edition, bundle, known)) problems.push({ kind: 'edition', record: String(edition.id), ...problem })
  }

  // URL segments: the bundle's requirements and the stored ones it does not replace, per edition.
  const segments = new Map<string, string[]>()
  const addSegment = (edition: string, refId: string) => {
    const key = `${edition}\u0000${requirementSegment(refId)}`
    segments.set(key, [...(segments.get(key) ?? []), refId])
  }
  for (const key of known.requirements.keys()) {
    const [edition = '', refId = ''] = key.split('\u0000')
    if (!inBundle.has(key)) addSegment(edition, refId)
  }
  for (const requirement of bundle.requirements) if (typeof requirement.refId === 'string') addSegment(requirement.edition, requirement.refId)

  for (const requirement of bundle.requirements) {
    const record = requirementLabel(requirement.edition, requirement.refId)
    for (const problem of checkRequirement(requirement, licenceOf, refIdKnown)) problems.push({ kind: 'requirement', record, ...problem })
    if (typeof requirement.refId !== 'string') continue
    const sharing = segments.get(`${requirement.edition}\u0000${requirementSegment(requirement.refId)}`) ?? []
    if (sharing.length > 1) {
      problems.push({
        kind: 'requirement',
        record,
        field: 'refId',
        message: `Gives the same URL segment "${requirementSegment(requirement.refId)}" as ${sharing.filter((r) => r !== requirement.refId).join(', ')}.`,
      })
    }
  }

  const setsById = new Map(bundle.sets.map((set) => [set.id, set]))
  for (const set of bundle.sets) {
    for (const problem of checkSet(set, editionKnown)) problems.push({ kind: 'set', record: String(set.id), ...problem })
  }
  bundle.mappings.forEach((row, index) => {
    const record = `${row.set} row ${rowNumbers.get(row) ?? index + 1} (${(row.sources ?? []).join(', ')} → ${(row.targets ?? []).join(', ')})`
    for (const problem of checkMapping(row, setsById.get(row.set), refIdKnown)) problems.push({ kind: 'mapping', record, ...problem })
  })
  return problems
}
