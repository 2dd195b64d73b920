import { requirementSegment } from '../../requirement-segment'

import type { CrosswalkBundle, EditionEntry, RequirementEntry } from '../../crosswalk-bundle'
import { uuidV5 } from '../uuid'
import { EDITION_PROP, OSCAL_CATALOG_VERSION, REQUIREMENT_PROP, SUMMARY_PART, VERSUS_NS } from './vocabulary'

export interface OscalCatalogExportOptions {
  /** `metadata.last-modified`; default 1970-01-01, so exports of an unchanged edition are byte-identical. */
  lastModified?: string
  /** `metadata.version`; default "1". */
  version?: string
}

interface Prop {
  name: string
  value: string
  ns?: string
  class?: string
}

const ours = (name: string, value: string): Prop => ({ name, ns: VERSUS_NS, value })

function editionProps(edition: EditionEntry): Prop[] {
  const props = [
    ours(EDITION_PROP.edition, edition.id),
    ours(EDITION_PROP.standard, edition.standard),
    ours(EDITION_PROP.year, String(edition.year)),
    ours(EDITION_PROP.status, edition.status),
    ours(EDITION_PROP.textLicence, edition.textLicence),
  ]
  if (edition.supersedes) props.push(ours(EDITION_PROP.supersedes, edition.supersedes))
  if (edition.transitionDeadline) props.push(ours(EDITION_PROP.transitionDeadline, edition.transitionDeadline))
  for (const amendment of edition.amendments ?? []) props.push(ours(EDITION_PROP.amendment, amendment))
  return props
}

/** An OSCAL token (`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`) from a refId, unique in the catalog: "A.5.1" → "a-5-1", "4.1" → "req-4-1". */
function tokenFor(refId: string, taken: Set<string>): string {
  const slug = requirementSegment(refId)
  const base = /^[a-z]/.test(slug) ? slug : slug ? `req-${slug}` : 'req'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** Siblings in catalog order: `order`, then refId. */
function bySiblingOrder(a: RequirementEntry, b: RequirementEntry): number {
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.refId.localeCompare(b.refId)
}

/**
 * One edition of a bundle as an OSCAL 1.1 `catalog` (JSON object;
 * `JSON.stringify` it), which parseOscalCatalog reads back:
 * - a requirement that is not assessable becomes a `group` (a heading), an
 *   assessable one a `control`; under a control only controls can sit, so a
 *   heading there (or one with official text) is a control marked
 *   `assessable: no` in our namespace;
 * - the refId is the `label` prop as printed; the OSCAL `id` is derived from
 *   it (slugified, `req-` before a leading digit, `-2`… when two collide);
 * - title as the OSCAL title (none when the licence is `ids-only`: the id
 *   stands in), our one-line summary as a `summary` part of our namespace,
 *   the official text as the `statement` part only when the licence is
 *   `full-text`;
 * - kind and position as props of our namespace, the edition (id, standard,
 *   year, status, licence, succession) as props of the catalog's metadata.
 * A requirement whose parent is not in the edition is written at the top.
 * UUIDs are name-based (v5) on the edition id, so the same edition gives the same file.
 *
 * @throws RangeError when the bundle has no edition with that id.
 */
export function toOscalCatalog(bundle: CrosswalkBundle, editionId: string, options: OscalCatalogExportOptions = {}): Record<string, unknown> {
  const edition = bundle.editions.find((e) => e.id === editionId)
  if (!edition) throw new RangeError(`no edition "${editionId}" in the bundle`)
  const requirements = bundle.requirements.filter((r) => r.edition === editionId)
  const refIds = new Set(requirements.map((r) => r.refId))
  const children = new Map<string | null, RequirementEntry[]>()
  const seen = new Set<string>()
  for (const r of requirements) {
    if (seen.has(r.refId)) continue // a refId is unique within an edition; keep the first
    seen.add(r.refId)
    const parent = r.parent && r.parent !== r.refId && refIds.has(r.parent) ? r.parent : null
    children.set(parent, [...(children.get(parent) ?? []), r])
  }
  const taken = new Set<string>()
  const fullText = edition.textLicence === 'full-text'
  const placed = new Set<string>()

  const common = (r: RequirementEntry, id: string, asHeadingControl: boolean) => {
    const props: Prop[] = [{ name: 'label', value: r.refId }]
    if (r.kind) props.push(ours(REQUIREMENT_PROP.kind, r.kind))
    if (asHeadingControl) props.push(ours(REQUIREMENT_PROP.assessable, 'no'))
    if (r.order !== null && r.order !== undefined) props.push(ours(REQUIREMENT_PROP.order, String(r.order)))
    const titled = edition.textLicence !== 'ids-only' && Boolean(r.title)
    // OSCAL wants a title: without one (or under an ids-only licence) the refId stands in, marked so.
    if (!titled) props.push(ours(REQUIREMENT_PROP.untitled, 'yes'))
    const node: Record<string, unknown> = { id, title: titled ? r.title : r.refId, props }
    const parts: Record<string, unknown>[] = []
    if (fullText && r.text) parts.push({ id: `${id}_smt`, name: 'statement', prose: r.text })
    if (r.summary) parts.push({ id: `${id}_summary`, name: SUMMARY_PART, ns: VERSUS_NS, prose: r.summary })
    if (parts.length > 0) node.parts = parts
    return node
  }

  // `placed` guards against a parent cycle (A's parent B, B's parent A): each requirement is written once.
  const kids = (refId: string | null) => (children.get(refId) ?? []).filter((r) => !placed.has(r.refId)).sort(bySiblingOrder)

  const control = (r: RequirementEntry): Record<string, unknown> => {
    placed.add(r.refId)
    const node = common(r, tokenFor(r.refId, taken), !r.assessable)
    const nested = kids(r.refId).map(control)
    if (nested.length > 0) node.controls = nested
    return node
  }

  const isGroup = (r: RequirementEntry) => !r.assessable && !(fullText && r.text)

  const group = (r: RequirementEntry): Record<string, unknown> => {
    placed.add(r.refId)
    const node = common(r, tokenFor(r.refId, taken), false)
    const under = kids(r.refId)
    const groups = under.filter(isGroup).map(group)
    const controls = under.filter((c) => !isGroup(c) && !placed.has(c.refId)).map(control)
    if (groups.length > 0) node.groups = groups
    if (controls.length > 0) node.controls = controls
    return node
  }

  const top = kids(null)
  const groups = top.filter(isGroup).map(group)
  const controls = top.filter((r) => !isGroup(r) && !placed.has(r.refId)).map(control)
  // Requirements only reachable through a parent cycle: at the top, as controls, so none is lost.
  const stranded = [...seen].filter((refId) => !placed.has(refId))
  for (const refId of stranded) {
    const r = requirements.find((x) => x.refId === refId)!
    if (!placed.has(refId)) controls.push(control({ ...r, parent: null }))
  }

  const catalog: Record<string, unknown> = {
    uuid: uuidV5(`catalog:${edition.id}`),
    metadata: {
      title: edition.label,
      'last-modified': options.lastModified ?? '1970-01-01T00:00:00Z',
      version: options.version ?? '1',
      'oscal-version': OSCAL_CATALOG_VERSION,
      props: editionProps(edition),
    },
  }
  if (groups.length > 0) catalog.groups = groups
  if (controls.length > 0 || groups.length === 0) catalog.controls = controls
  return { catalog }
}
