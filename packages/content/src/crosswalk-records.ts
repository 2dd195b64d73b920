/**
 * A crosswalk bundle → the engine's records (catalogs, sets, rows), so the CMS
 * (comparison edit view, suggestions) and the site (pair pages, requirement
 * pages, API) feed computeCoverage, inferMappings and bridgeEdition the same
 * way. A requirement's engine id is its refId; a row naming a requirement the
 * bundle lacks is passed on as is, and the engine reports it as an issue.
 */
import type { CatalogRecord, MappingRecord, MappingSetRecord } from '@versus/engine'

import type { CrosswalkBundle, MappingSetEntry } from './crosswalk-bundle'

export interface CrosswalkRecords {
  /** Edition id → its catalog. */
  catalogs: Map<string, CatalogRecord>
  sets: MappingSetRecord[]
  mappings: MappingRecord[]
}

export function toSetRecord(set: MappingSetEntry): MappingSetRecord {
  return {
    id: set.id,
    sourceEdition: set.sourceEdition,
    targetEdition: set.targetEdition,
    publisher: set.publisher,
    author: set.author ?? null,
    method: set.method,
    comprehensive: set.comprehensive,
    licence: set.licence ?? null,
    sourceUrl: set.sourceUrl ?? null,
    reviewedAt: set.reviewedAt ?? null,
    status: set.status,
    coveredTargets: set.coveredTargets ?? null,
    coveredSources: set.coveredSources ?? null,
  }
}

export function toCrosswalkRecords(bundle: CrosswalkBundle): CrosswalkRecords {
  const catalogs = new Map<string, CatalogRecord>()
  for (const edition of bundle.editions) {
    catalogs.set(edition.id, { editionId: edition.id, standardSlug: edition.standard, requirements: [] })
  }
  for (const requirement of bundle.requirements) {
    const catalog = catalogs.get(requirement.edition)
    if (!catalog) continue
    catalog.requirements.push({
      id: requirement.refId,
      refId: requirement.refId,
      parent: requirement.parent ?? null,
      kind: requirement.kind ?? null,
      assessable: requirement.assessable,
      title: requirement.title ?? null,
      order: requirement.order ?? null,
    })
  }
  return {
    catalogs,
    sets: bundle.sets.map(toSetRecord),
    mappings: bundle.mappings.map((row, index) => ({
      setId: row.set,
      id: `${row.set}#${index + 1}`,
      sources: [...row.sources],
      targets: [...row.targets],
      relationship: row.relationship,
      rationale: row.rationale ?? null,
      strength: row.strength ?? null,
      gapNote: row.gapNote ?? null,
    })),
  }
}
