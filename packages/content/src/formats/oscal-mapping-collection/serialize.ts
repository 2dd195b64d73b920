import type { MappingRationale } from '@versus/engine'

import type { CrosswalkBundle, EditionEntry, MappingSetEntry } from '../../crosswalk-bundle'
import { OSCAL_RELATIONSHIP } from '../relationships'
import { uuidV5 } from '../uuid'
import { OSCAL_VERSION, PROP, VERSUS_NS } from './vocabulary'

export interface OscalExportOptions {
  /** `metadata.last-modified`; default the set's `reviewedAt` (at midnight UTC), else 1970-01-01, so exports are stable. */
  lastModified?: string
  /** `metadata.version`; default "1". */
  version?: string
}

interface Prop {
  name: string
  ns: string
  value: string
}

function prop(name: string, value: string): Prop {
  return { name, ns: VERSUS_NS, value }
}

function setProps(set: MappingSetEntry): Prop[] {
  const props = [
    prop(PROP.setId, set.id),
    prop(PROP.publisher, set.publisher),
    prop(PROP.method, set.method),
    prop(PROP.comprehensive, set.comprehensive ? 'yes' : 'no'),
  ]
  if (set.author) props.push(prop(PROP.author, set.author))
  if (set.licence) props.push(prop(PROP.licence, set.licence))
  if (set.sourceUrl) props.push(prop(PROP.sourceUrl, set.sourceUrl))
  if (set.reviewedAt) props.push(prop(PROP.reviewedAt, set.reviewedAt))
  for (const refId of set.coveredTargets ?? []) props.push(prop(PROP.coveredTarget, refId))
  for (const refId of set.coveredSources ?? []) props.push(prop(PROP.coveredSource, refId))
  return props
}

function lastModifiedOf(set: MappingSetEntry, option: string | undefined): string {
  if (option) return option
  if (set.reviewedAt && /^\d{4}-\d{2}-\d{2}$/.test(set.reviewedAt)) return `${set.reviewedAt}T00:00:00Z`
  if (set.reviewedAt && !Number.isNaN(Date.parse(set.reviewedAt))) return set.reviewedAt
  return '1970-01-01T00:00:00Z'
}

/** The provenance rationale OSCAL requires: the one most rows give, else semantic. */
function commonRationale(rationales: (MappingRationale | null | undefined)[]): MappingRationale {
  const counts = new Map<MappingRationale, number>()
  for (const r of rationales) if (r) counts.set(r, (counts.get(r) ?? 0) + 1)
  let best: MappingRationale = 'semantic'
  let most = 0
  for (const r of ['syntactic', 'semantic', 'functional'] as const) {
    const n = counts.get(r) ?? 0
    if (n > most) [best, most] = [r, n]
  }
  return best
}

/**
 * One mapping set of a bundle as an OSCAL 1.2 `mapping-collection` (JSON
 * object; `JSON.stringify` it). UUIDs are name-based (v5) on the set id and
 * the row's content, so exporting an unchanged set gives the same file.
 * What OSCAL has no field for (our publisher, method, comprehensiveness,
 * licence, row strength, edition ids) goes in `props` of our namespace; a row's
 * gap note is a target `has-requirement` qualifier; `related` (an untyped
 * link, no OSCAL word) is written in our namespace.
 *
 * A set without rows is written with an empty `maps` list (OSCAL asks for
 * one at least; our import reads it back with a warning).
 *
 * @throws RangeError when the bundle has no set with that id.
 */
export function toOscalMappingCollection(
  bundle: CrosswalkBundle,
  setId: string,
  options: OscalExportOptions = {},
): Record<string, unknown> {
  const set = bundle.sets.find((s) => s.id === setId)
  if (!set) throw new RangeError(`no mapping set "${setId}" in the bundle`)
  const rows = bundle.mappings.filter((m) => m.set === setId)
  const editions = new Map<string, EditionEntry>(bundle.editions.map((e) => [e.id, e]))
  const publisherUuid = uuidV5(`party:${set.publisher}`)
  const resource = (editionId: string) => ({
    uuid: uuidV5(`edition:${editionId}`),
    title: editions.get(editionId)?.label ?? editionId,
    props: [prop(PROP.edition, editionId)],
  })
  const source = resource(set.sourceEdition)
  const target = resource(set.targetEdition)
  const seen = new Map<string, number>()
  const maps = rows.map((row) => {
    const key = JSON.stringify([row.sources, row.targets, row.relationship])
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    const map: Record<string, unknown> = { uuid: uuidV5(`map:${set.id}:${key}:${occurrence}`) }
    if (row.relationship === 'related') map.ns = VERSUS_NS
    if (row.rationale) map['matching-rationale'] = row.rationale
    map.relationship = row.relationship === 'related' ? 'related' : OSCAL_RELATIONSHIP[row.relationship]
    map.sources = row.sources.map((refId) => ({ type: 'control', 'id-ref': refId }))
    map.targets = row.targets.map((refId) => ({ type: 'control', 'id-ref': refId }))
    if (row.gapNote) {
      map.qualifiers = [
        { subject: 'target', predicate: 'has-requirement', category: 'addressable', description: row.gapNote },
      ]
    }
    if (row.strength !== null && row.strength !== undefined) map.props = [prop(PROP.strength, String(row.strength))]
    return map
  })
  return {
    'mapping-collection': {
      uuid: uuidV5(`mapping-collection:${set.id}`),
      metadata: {
        title: set.title ?? set.id,
        'last-modified': lastModifiedOf(set, options.lastModified),
        version: options.version ?? '1',
        'oscal-version': OSCAL_VERSION,
        props: setProps(set),
        roles: [{ id: 'creator', title: 'Document Creator' }],
        parties: [{ uuid: publisherUuid, type: 'organization', name: set.publisher }],
        'responsible-parties': [{ 'role-id': 'creator', 'party-uuids': [publisherUuid] }],
      },
      provenance: {
        // OSCAL's method says who made the rows; a bundle does not record it, so human. Our method is a prop.
        method: 'human',
        'matching-rationale': commonRationale(rows.map((r) => r.rationale)),
        status: set.status,
        'mapping-description': `${set.title ?? set.id}: ${rows.length} row(s) from ${set.sourceEdition} to ${set.targetEdition}, published by ${set.publisher} (method ${set.method}).`,
      },
      mappings: [
        {
          uuid: uuidV5(`mapping:${set.id}`),
          'source-resource': { type: 'catalog', href: `#${source.uuid}`, props: source.props },
          'target-resource': { type: 'catalog', href: `#${target.uuid}`, props: target.props },
          maps,
        },
      ],
      'back-matter': { resources: set.sourceEdition === set.targetEdition ? [source] : [source, target] },
    },
  }
}
