/**
 * A crosswalk bundle indexed for the site's pages: editions by id and by
 * standard, requirements by edition and by URL segment, the engine records
 * (toCrosswalkRecords), and the links between them. Pure: built once per
 * page from the bundle the CMS sent.
 */
import type { CrosswalkBundle, CrosswalkRecords, EditionEntry, MappingSetEntry, RequirementEntry } from '@versus/content'
import { requirementSegment, toCrosswalkRecords } from '@versus/content'
import { compareSlugs } from '@versus/engine'
import type { CrosswalkSourceView, EditionBadgeView, RequirementLinkView, SupersededNoticeView } from '@versus/ui'
import { EDITION_STATUS_LABELS, METHOD_LABELS, dateLabel } from './words'

export interface CrosswalkIndex {
  bundle: CrosswalkBundle
  records: CrosswalkRecords
  editions: Map<string, EditionEntry>
  /** Edition id → refId → requirement. */
  requirements: Map<string, Map<string, RequirementEntry>>
  /** Edition id → URL segment → requirement (the first in catalog order when two refIds give the same segment). */
  segments: Map<string, Map<string, RequirementEntry>>
  sets: Map<string, MappingSetEntry>
  /** Standard slug → display name ("ISO 27001"); falls back to the edition label. */
  names: Map<string, string>
}

/** Sets a visitor may see: never drafts (the CMS leaves them out; this is the second lock). */
const visible = (set: MappingSetEntry) => set.status !== 'draft'

export interface IndexOptions {
  /**
   * An editor's preview (app/draft, inside asDraft): keep draft editions and sets, which the CMS sends only
   * to a request carrying the site's draft-read token. Visitors' pages never set it.
   */
  drafts?: boolean
}

export function indexCrosswalk(bundle: CrosswalkBundle, names: Map<string, string> = new Map(), options: IndexOptions = {}): CrosswalkIndex {
  const drafts = options.drafts === true
  const clean: CrosswalkBundle = {
    editions: bundle.editions.filter((e) => drafts || e.status !== 'draft'),
    requirements: bundle.requirements,
    sets: bundle.sets.filter((set) => drafts || visible(set)),
    mappings: [],
  }
  const setIds = new Set(clean.sets.map((s) => s.id))
  clean.mappings = bundle.mappings.filter((m) => setIds.has(m.set))
  const editions = new Map(clean.editions.map((e) => [e.id, e]))
  clean.requirements = bundle.requirements.filter((r) => editions.has(r.edition))
  const requirements = new Map<string, Map<string, RequirementEntry>>()
  const segments = new Map<string, Map<string, RequirementEntry>>()
  for (const r of [...clean.requirements].sort(byOrder)) {
    const byRef = requirements.get(r.edition) ?? new Map<string, RequirementEntry>()
    if (!byRef.has(r.refId)) byRef.set(r.refId, r)
    requirements.set(r.edition, byRef)
    const bySegment = segments.get(r.edition) ?? new Map<string, RequirementEntry>()
    const segment = requirementSegment(r.refId)
    if (segment && !bySegment.has(segment)) bySegment.set(segment, r)
    segments.set(r.edition, bySegment)
  }
  return {
    bundle: clean,
    records: toCrosswalkRecords(clean),
    editions,
    requirements,
    segments,
    sets: new Map(clean.sets.map((s) => [s.id, s])),
    names,
  }
}

/** Siblings by `order`, then natural refId. */
export function byOrder(a: RequirementEntry, b: RequirementEntry): number {
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || compareSlugs(requirementSegment(a.refId), requirementSegment(b.refId)) || a.refId.localeCompare(b.refId)
}

/** Editions of a standard, current first, then newest. */
export function editionsOf(index: CrosswalkIndex, standard: string): EditionEntry[] {
  const rank = (e: EditionEntry) => (e.status === 'current' ? 0 : e.status === 'superseded' ? 1 : 2)
  return [...index.editions.values()].filter((e) => e.standard === standard).sort((a, b) => rank(a) - rank(b) || b.year - a.year || a.id.localeCompare(b.id))
}

export const standardName = (index: CrosswalkIndex, slug: string): string =>
  index.names.get(slug) ?? index.bundle.editions.find((e) => e.standard === slug)?.label ?? slug

/** /standards/<standard>/requirements/<requirementSegment(refId)> */
export const requirementPath = (standard: string, refId: string) => `/standards/${standard}/requirements/${requirementSegment(refId)}`

/**
 * /standards/<standard>/editions/<edition>/requirements/<requirementSegment(refId)>: a requirement of
 * any edition, also one whose short address belongs to another edition's requirement.
 */
export const editionRequirementPath = (standard: string, edition: string, refId: string) =>
  `/standards/${standard}/editions/${edition}/requirements/${requirementSegment(refId)}`

/** /standards/<standard>/editions/<from>--<to> */
export const editionDiffPath = (standard: string, from: string, to: string) => `/standards/${standard}/editions/${from}--${to}`

/**
 * The requirement at a URL segment of a standard: in its current edition
 * first, then older ones. Null when no edition has it.
 */
export function findBySegment(index: CrosswalkIndex, standard: string, segment: string): RequirementEntry | null {
  for (const edition of editionsOf(index, standard)) {
    const found = index.segments.get(edition.id)?.get(segment)
    if (found) return found
  }
  return null
}

/**
 * The requirement at a URL segment of one edition of a standard; null when the edition is unknown,
 * a draft, of another standard, or has no requirement there.
 */
export function findInEdition(index: CrosswalkIndex, standard: string, edition: string, segment: string): RequirementEntry | null {
  if (index.editions.get(edition)?.standard !== standard) return null
  return index.segments.get(edition)?.get(segment) ?? null
}

/**
 * The address of a requirement: the short one (/standards/<s>/requirements/<segment>) when it
 * reaches this requirement, else the edition's own (/standards/<s>/editions/<e>/requirements/<segment>);
 * null when neither does (unknown, or two refIds of one edition giving the same segment).
 */
export function requirementHref(index: CrosswalkIndex, edition: string, refId: string): string | null {
  const standard = index.editions.get(edition)?.standard
  if (!standard) return null
  const segment = requirementSegment(refId)
  const reachable = findBySegment(index, standard, segment)
  if (reachable && reachable.edition === edition && reachable.refId === refId) return requirementPath(standard, refId)
  const own = findInEdition(index, standard, edition, segment)
  return own && own.refId === refId ? editionRequirementPath(standard, edition, refId) : null
}

/**
 * A requirement as a link, labelled by its title (or our summary when it has none or the licence
 * allows ids only); its path from requirementHref.
 */
export function requirementLink(index: CrosswalkIndex, edition: string, refId: string): RequirementLinkView {
  const entry = index.requirements.get(edition)?.get(refId)
  const path = requirementHref(index, edition, refId)
  // The official short title where the licence allows it, else our own one-line summary.
  const title = index.editions.get(edition)?.textLicence === 'ids-only' ? null : (entry?.title ?? null)
  return { refId, title: title ?? entry?.summary ?? null, path }
}

export function editionBadge(edition: EditionEntry): EditionBadgeView {
  return { id: edition.id, label: edition.label, status: edition.status, statusLabel: EDITION_STATUS_LABELS[edition.status] }
}

/** The transition set between two editions of one standard, stored either way. */
export function transitionSet(index: CrosswalkIndex, a: string, b: string): MappingSetEntry | null {
  return (
    [...index.sets.values()].find(
      (s) => s.method === 'edition-transition' && ((s.sourceEdition === a && s.targetEdition === b) || (s.sourceEdition === b && s.targetEdition === a)),
    ) ?? null
  )
}

/** "A newer edition exists", when `edition` is superseded by an edition the bundle knows. */
export function supersededNotice(index: CrosswalkIndex, edition: EditionEntry): SupersededNoticeView | null {
  if (edition.status !== 'superseded') return null
  const successor = [...index.editions.values()].find((e) => e.supersedes === edition.id)
  if (!successor) return null
  const deadline = edition.transitionDeadline ?? successor.transitionDeadline ?? null
  return {
    edition: edition.label,
    successor: successor.label,
    deadline: dateLabel(deadline),
    deadlineIso: dateLabel(deadline) ? (deadline ?? '').slice(0, 10) : null,
    diffPath: transitionSet(index, edition.id, successor.id) ? editionDiffPath(edition.standard, edition.id, successor.id) : null,
  }
}

export function sourceView(set: MappingSetEntry): CrosswalkSourceView {
  return {
    id: set.id,
    title: set.title ?? set.id,
    publisher: set.publisher,
    methodLabel: METHOD_LABELS[set.method],
    licence: set.licence ?? null,
    url: set.sourceUrl ?? null,
    reviewedAt: dateLabel(set.reviewedAt),
    comprehensive: set.comprehensive,
  }
}
