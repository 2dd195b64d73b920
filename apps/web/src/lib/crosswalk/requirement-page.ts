/**
 * A requirement's own page: where it sits in its edition, and every row of
 * every visible set that names it, read from its side (a row naming it as a
 * target is read through invertRelationship).
 */
import type { EditionEntry, MappingEntry, RequirementEntry } from '@versus/content'
import { invertRelationship } from '@versus/engine'
import type { RequirementLinkView, RequirementMappingView, RequirementPageView } from '@versus/ui'
import type { CrosswalkIndex } from './crosswalk-index'
import { byOrder, editionBadge, findBySegment, findInEdition, requirementLink, standardName, supersededNotice } from './crosswalk-index'
import { isTypedMethod, relationshipWords } from './words'

function ancestorsOf(index: CrosswalkIndex, requirement: RequirementEntry): RequirementLinkView[] {
  const byRef = index.requirements.get(requirement.edition)
  const out: RequirementLinkView[] = []
  const seen = new Set([requirement.refId])
  let parent = requirement.parent ? byRef?.get(requirement.parent) : undefined
  while (parent && !seen.has(parent.refId)) {
    seen.add(parent.refId)
    out.unshift(requirementLink(index, parent.edition, parent.refId))
    parent = parent.parent ? byRef?.get(parent.parent) : undefined
  }
  return out
}

function childrenOf(index: CrosswalkIndex, requirement: RequirementEntry): RequirementLinkView[] {
  return [...(index.requirements.get(requirement.edition)?.values() ?? [])]
    .filter((r) => r.parent === requirement.refId && r.refId !== requirement.refId)
    .sort(byOrder)
    .map((r) => requirementLink(index, r.edition, r.refId))
}

function mappingView(index: CrosswalkIndex, requirement: RequirementEntry, row: MappingEntry): RequirementMappingView | null {
  const set = index.sets.get(row.set)
  if (!set) return null
  const asSource = set.sourceEdition === requirement.edition && row.sources.includes(requirement.refId)
  const asTarget = set.targetEdition === requirement.edition && row.targets.includes(requirement.refId)
  if (!asSource && !asTarget) return null
  const otherEdition = asSource ? set.targetEdition : set.sourceEdition
  const others = asSource ? row.targets : row.sources
  const edition = index.editions.get(otherEdition)
  const typed = isTypedMethod(set.method)
  const relationship = asSource ? row.relationship : invertRelationship(row.relationship)
  return {
    standardName: edition ? standardName(index, edition.standard) : otherEdition,
    edition: edition?.label ?? otherEdition,
    requirements: others.map((refId) => requirementLink(index, otherEdition, refId)),
    relationship: others.length === 0 ? `nothing in ${edition?.label ?? otherEdition} maps to it` : relationshipWords(relationship, typed),
    strength: typed ? (row.strength ?? null) : null,
    rationale: typed ? (row.rationale ?? null) : null,
    gapNote: row.gapNote ?? null,
    // The note says what the row's targets ask beyond its sources: this requirement's extra when it is
    // a target, the other side's when it is a source (or why nothing maps, on a gap row).
    gapNoteLabel: !row.gapNote ? null : others.length === 0 ? 'No counterpart' : asTarget ? `${requirement.refId} also asks` : `${others.join(' + ')} also ask${others.length > 1 ? '' : 's'}`,
    source: { title: set.title ?? set.id, publisher: set.publisher, licence: set.licence ?? null },
  }
}

/**
 * The page of the requirement at `segment` of `standard` (its current edition first, then older
 * ones), or of `edition` alone when named; null when unknown (a 404).
 */
export function buildRequirementPage(index: CrosswalkIndex, standard: string, segment: string, edition?: string): RequirementPageView | null {
  const requirement = edition === undefined ? findBySegment(index, standard, segment) : findInEdition(index, standard, edition, segment)
  const found = requirement ? index.editions.get(requirement.edition) : undefined
  if (!requirement || !found) return null
  return requirementView(index, standard, requirement, found)
}

function requirementView(index: CrosswalkIndex, standard: string, requirement: RequirementEntry, edition: EditionEntry): RequirementPageView {
  const mappings = index.bundle.mappings
    .map((row) => mappingView(index, requirement, row))
    .filter((m): m is RequirementMappingView => m !== null)
  return {
    standard: { label: standardName(index, standard), path: `/standards/${standard}` },
    edition: editionBadge(edition),
    notice: supersededNotice(index, edition),
    refId: requirement.refId,
    title: edition.textLicence === 'ids-only' ? null : (requirement.title ?? null),
    kind: requirement.kind ?? null,
    assessable: requirement.assessable,
    summary: requirement.summary ?? null,
    text: edition.textLicence === 'full-text' ? (requirement.text ?? null) : null,
    ancestors: ancestorsOf(index, requirement),
    children: childrenOf(index, requirement),
    mappings,
  }
}
