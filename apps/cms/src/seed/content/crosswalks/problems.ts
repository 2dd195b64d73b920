/**
 * What is wrong with a list of crosswalk bundles read as one body of content:
 * dangling references, duplicate ids, text a licence does not allow, values
 * outside the shared unions, and editorial sets missing their provenance.
 * Returns one line per problem (empty when the content is sound), so a test
 * can show all of them at once and fixtures can prove each check fires.
 */
import type { CrosswalkBundle, EditionEntry, EditionStatus, MappingSetEntry, TextLicence } from '@versus/content'
import type { MappingMethod, MappingRationale, MappingRelationship, MappingSetStatus } from '@versus/engine'
import { requirementSegment } from '@versus/content'

// Records keyed by every member of each union: a new member breaks type-checking here.
const EDITION_STATUSES: Record<EditionStatus, true> = { current: true, superseded: true, withdrawn: true, draft: true }
const LICENCES: Record<TextLicence, true> = { 'full-text': true, 'titles-and-ids': true, 'ids-only': true }
const METHODS: Record<MappingMethod, true> = {
  'set-theory': true,
  crosswalk: true,
  supportive: true,
  'edition-transition': true,
}
const SET_STATUSES: Record<MappingSetStatus, true> = {
  draft: true,
  complete: true,
  'not-complete': true,
  deprecated: true,
  superseded: true,
}
const RELATIONSHIPS: Record<MappingRelationship, true> = {
  equal: true,
  subset: true,
  superset: true,
  intersect: true,
  'not-related': true,
  related: true,
}
const RATIONALES: Record<MappingRationale, true> = { syntactic: true, semantic: true, functional: true }

const EDITION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const SET_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export const EDITORIAL_PUBLISHER = 'Versus editorial'

const has = <T extends string>(record: Record<T, true>, value: unknown): value is T =>
  typeof value === 'string' && Object.hasOwn(record, value)

function isRealDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
}

export function findBundleProblems(bundles: CrosswalkBundle[], standardSlugs: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const editions = new Map<string, EditionEntry>()
  const refs = new Map<string, Set<string>>()
  const sets = new Map<string, MappingSetEntry>()

  for (const bundle of bundles)
    for (const edition of bundle.editions) {
      const at = `edition ${edition.id}`
      if (editions.has(edition.id)) problems.push(`${at}: listed twice`)
      editions.set(edition.id, edition)
      if (!EDITION_ID.test(edition.id)) problems.push(`${at}: id is not a lowercase slug`)
      if (!standardSlugs.has(edition.standard)) problems.push(`${at}: unknown standard ${edition.standard}`)
      if (!has(EDITION_STATUSES, edition.status)) problems.push(`${at}: status ${edition.status}`)
      if (!has(LICENCES, edition.textLicence)) problems.push(`${at}: text licence ${edition.textLicence}`)
      if (!Number.isInteger(edition.year) || edition.year < 1900 || edition.year > 2100) problems.push(`${at}: year ${edition.year}`)
      if (edition.label.trim() === '') problems.push(`${at}: empty label`)
      if (edition.transitionDeadline && !isRealDate(edition.transitionDeadline))
        problems.push(`${at}: transition deadline ${edition.transitionDeadline} is not a date`)
    }
  for (const edition of editions.values()) {
    if (!edition.supersedes) continue
    const older = editions.get(edition.supersedes)
    if (!older) problems.push(`edition ${edition.id}: supersedes unknown edition ${edition.supersedes}`)
    else {
      if (older.standard !== edition.standard) problems.push(`edition ${edition.id}: supersedes another standard's edition`)
      if (older.status !== 'superseded') problems.push(`edition ${edition.id}: supersedes ${older.id}, which is not marked superseded`)
    }
  }

  for (const bundle of bundles)
    for (const r of bundle.requirements) {
      const at = `requirement ${r.edition} ${r.refId}`
      const edition = editions.get(r.edition)
      if (!edition) {
        problems.push(`${at}: unknown edition`)
        continue
      }
      const ids = refs.get(r.edition) ?? new Set<string>()
      refs.set(r.edition, ids)
      if (ids.has(r.refId)) problems.push(`${at}: refId twice in the edition`)
      ids.add(r.refId)
      if (r.refId.trim() !== r.refId || r.refId === '') problems.push(`${at}: refId has stray whitespace`)
      if (edition.textLicence !== 'full-text' && r.text) problems.push(`${at}: text under licence ${edition.textLicence}`)
      if (edition.textLicence === 'ids-only' && r.title) problems.push(`${at}: title under licence ids-only`)
      if (r.summary != null) {
        if (r.title && r.summary.trim().toLowerCase().replace(/\.$/, '') === r.title.trim().toLowerCase())
          problems.push(`${at}: summary repeats the title`)
        if (r.summary.trim() !== r.summary || /\n/.test(r.summary) || r.summary.length > 200)
          problems.push(`${at}: summary is not one clean line of at most 200 characters`)
        if (!/[.?]$/.test(r.summary)) problems.push(`${at}: summary is not a sentence`)
      }
    }

  // Parents, and one URL segment per requirement within its edition.
  for (const bundle of bundles)
    for (const r of bundle.requirements) {
      if (r.parent != null && !refs.get(r.edition)?.has(r.parent))
        problems.push(`requirement ${r.edition} ${r.refId}: parent ${r.parent} is not in the edition`)
      if (r.parent === r.refId) problems.push(`requirement ${r.edition} ${r.refId}: is its own parent`)
    }
  const segments = new Map<string, string>()
  for (const bundle of bundles)
    for (const r of bundle.requirements) {
      const key = `${r.edition}/${requirementSegment(r.refId)}`
      const other = segments.get(key)
      if (other !== undefined && other !== r.refId)
        problems.push(`requirement ${r.edition} ${r.refId}: same URL segment as ${other}`)
      segments.set(key, r.refId)
      if (requirementSegment(r.refId) === '') problems.push(`requirement ${r.edition} ${r.refId}: empty URL segment`)
    }

  for (const bundle of bundles)
    for (const set of bundle.sets) {
      const at = `set ${set.id}`
      if (sets.has(set.id)) problems.push(`${at}: listed twice`)
      sets.set(set.id, set)
      if (!SET_ID.test(set.id) || set.id !== `${set.sourceEdition}--${set.targetEdition}`)
        problems.push(`${at}: id is not <source edition>--<target edition>`)
      for (const side of [set.sourceEdition, set.targetEdition])
        if (!editions.has(side)) problems.push(`${at}: unknown edition ${side}`)
      if (!has(METHODS, set.method)) problems.push(`${at}: method ${set.method}`)
      if (!has(SET_STATUSES, set.status)) problems.push(`${at}: status ${set.status}`)
      if (set.reviewedAt != null && !isRealDate(set.reviewedAt)) problems.push(`${at}: reviewedAt ${set.reviewedAt} is not a date`)
      if (set.sourceUrl != null && !/^https:\/\/\S+$/.test(set.sourceUrl)) problems.push(`${at}: source URL is not https`)
      if (set.publisher === EDITORIAL_PUBLISHER) {
        if (!set.reviewedAt) problems.push(`${at}: editorial set without a review date`)
        if (set.method === 'crosswalk' || set.method === 'supportive') problems.push(`${at}: editorial set is untyped`)
      } else if (!set.sourceUrl) problems.push(`${at}: published set without a source URL`)
      for (const id of set.coveredTargets ?? [])
        if (!refs.get(set.targetEdition)?.has(id)) problems.push(`${at}: covered target ${id} is not in ${set.targetEdition}`)
      for (const id of set.coveredSources ?? [])
        if (!refs.get(set.sourceEdition)?.has(id)) problems.push(`${at}: covered source ${id} is not in ${set.sourceEdition}`)
    }

  for (const bundle of bundles)
    bundle.mappings.forEach((row, index) => {
      const at = `row ${index + 1} of ${row.set}`
      const set = sets.get(row.set)
      if (!set) {
        problems.push(`${at}: unknown set`)
        return
      }
      if (!has(RELATIONSHIPS, row.relationship)) problems.push(`${at}: relationship ${row.relationship}`)
      if (row.rationale != null && !has(RATIONALES, row.rationale)) problems.push(`${at}: rationale ${row.rationale}`)
      if (row.strength != null && (!Number.isInteger(row.strength) || row.strength < 0 || row.strength > 10))
        problems.push(`${at}: strength ${row.strength} is not an integer 0–10`)
      const gapRow = row.relationship === 'not-related'
      if (row.sources.length === 0 && row.targets.length === 0) problems.push(`${at}: no sources and no targets`)
      else if ((row.sources.length === 0 || row.targets.length === 0) && !gapRow)
        problems.push(`${at}: only a not-related gap row may leave one side empty`)
      for (const id of row.sources)
        if (!refs.get(set.sourceEdition)?.has(id)) problems.push(`${at}: source ${id} is not in ${set.sourceEdition}`)
      for (const id of row.targets)
        if (!refs.get(set.targetEdition)?.has(id)) problems.push(`${at}: target ${id} is not in ${set.targetEdition}`)
      if ((set.method === 'crosswalk' || set.method === 'supportive') && row.relationship !== 'related' && !gapRow)
        problems.push(`${at}: untyped set with a ${row.relationship} row (write related)`)
      if (set.publisher === EDITORIAL_PUBLISHER) {
        if (!gapRow && (row.rationale == null || row.strength == null))
          problems.push(`${at}: editorial row without rationale and strength`)
        if ((row.relationship === 'subset' || row.relationship === 'intersect') && !row.gapNote?.trim())
          problems.push(`${at}: partial link without a gap note`)
        if (row.relationship === 'equal' && row.strength != null && row.strength !== 10)
          problems.push(`${at}: equal link with strength ${row.strength}`)
      }
    })

  return problems
}
