/**
 * What changed between two editions of a standard, from their transition set:
 * requirements added (no old requirement leads to them), removed (lead
 * nowhere, or a gap row says so), changed (merged, split, narrowed, widened)
 * and unchanged (one to one, equal); and what bridgeEdition makes of the
 * old edition's published crosswalks (links carried, dropped).
 */
import type { MappingEntry } from '@versus/content'
import { bridgeEdition, invertRelationship } from '@versus/engine'
import type { EditionDiffEntryView, EditionDiffView } from '@versus/ui'
import type { CrosswalkIndex } from './crosswalk-index'
import { byOrder, editionBadge, requirementLink, sourceView, standardName, transitionSet } from './crosswalk-index'
import { dateLabel, relationshipWords } from './words'

/** "iso-27001-2013--iso-27001-2022" → the two edition ids. */
export function parseDiffParam(param: string): [string, string] | null {
  const parts = param.split('--')
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0] === parts[1]) return null
  return [parts[0], parts[1]]
}

export function buildEditionDiff(index: CrosswalkIndex, standard: string, param: string): EditionDiffView | null {
  const ids = parseDiffParam(param)
  if (!ids) return null
  const [fromId, toId] = ids
  const from = index.editions.get(fromId)
  const to = index.editions.get(toId)
  if (!from || !to || from.standard !== standard || to.standard !== standard) return null
  const set = transitionSet(index, fromId, toId)
  if (!set) return null
  const forward = set.sourceEdition === fromId
  // Rows read old → new.
  const rows: MappingEntry[] = index.bundle.mappings
    .filter((m) => m.set === set.id)
    .map((m) => (forward ? m : { ...m, sources: m.targets, targets: m.sources, relationship: invertRelationship(m.relationship) }))

  const oldReqs = [...(index.requirements.get(fromId)?.values() ?? [])].filter((r) => r.assessable).sort(byOrder)
  const newReqs = [...(index.requirements.get(toId)?.values() ?? [])].filter((r) => r.assessable).sort(byOrder)
  const linked = rows.filter((r) => r.sources.length > 0 && r.targets.length > 0 && r.relationship !== 'not-related')
  const reachedNew = new Set(linked.flatMap((r) => r.targets))
  const leftOld = new Set(linked.flatMap((r) => r.sources))

  const entry = (row: MappingEntry): EditionDiffEntryView => ({
    from: row.sources.map((id) => requirementLink(index, fromId, id)),
    to: row.targets.map((id) => requirementLink(index, toId, id)),
    relationship: relationshipWords(row.relationship, true),
    note: row.gapNote ?? null,
  })
  const same = (row: MappingEntry) => row.relationship === 'equal' && row.sources.length === 1 && row.targets.length === 1

  // Published crosswalks of the old edition, carried to the new one through the transition (derived, never counted).
  const records = index.records
  const transition = records.sets.find((r) => r.id === set.id)
  const carried = transition
    ? records.sets
        .filter((r) => r.method !== 'edition-transition' && (r.sourceEdition === fromId || r.targetEdition === fromId))
        .map((r) => {
          const bridge = bridgeEdition({
            set: r,
            mappings: records.mappings.filter((m) => m.setId === r.id),
            transition,
            transitionMappings: records.mappings.filter((m) => m.setId === set.id),
            catalogs: [...records.catalogs.values()],
          })
          const other = index.editions.get(r.sourceEdition === fromId ? r.targetEdition : r.sourceEdition)
          return { title: index.sets.get(r.id)?.title ?? r.id, other: other?.label ?? '', carried: bridge.carried, dropped: bridge.dropped, untransitioned: bridge.untransitioned.length }
        })
    : []

  return {
    standard: { label: standardName(index, standard), path: `/standards/${standard}` },
    from: editionBadge(from),
    to: editionBadge(to),
    deadline: dateLabel(from.transitionDeadline ?? to.transitionDeadline),
    deadlineIso: dateLabel(from.transitionDeadline ?? to.transitionDeadline) ? (from.transitionDeadline ?? to.transitionDeadline ?? '').slice(0, 10) : null,
    added: newReqs.filter((r) => !reachedNew.has(r.refId)).map((r) => requirementLink(index, toId, r.refId)),
    changed: linked.filter((r) => !same(r)).map(entry),
    removed: oldReqs.filter((r) => !leftOld.has(r.refId)).map((r) => requirementLink(index, fromId, r.refId)),
    unchanged: linked.filter(same).map(entry),
    source: sourceView(set),
    carried,
  }
}
